import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiError, ArchiveInfo } from '../../../shared/api';
import { call, onWorkspaceChanged } from '../api/client';
import { useSession } from './SessionContext';

interface ArchiveState {
  info: ArchiveInfo | null;
  error: ApiError | null;
  /** True once the first archive.info has answered, either way. */
  loaded: boolean;
  /** Bumped whenever the archive's content may have changed wholesale (another archive, the sample). */
  dataVersion: number;
  /** Re-reads archive.info and tells every page to re-read its data. */
  reload: () => void;
  /** Re-reads archive.info only (counts after an edit). */
  refreshInfo: () => void;
}

const Ctx = createContext<ArchiveState | null>(null);

const NO_ARCHIVE: ApiError = { code: 'no_archive', message: 'No archive is open. Open one or create one to begin.' };

/**
 * The open archive's summary (archive.info) for whoever is signed in. It asks only while someone is
 * signed in (auth.status says so); with no archive open it says that; while locked it keeps what it
 * had, for the hidden pages.
 */
export function ArchiveProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const { status } = session;
  const signedIn = status?.user?.name ?? null;
  const noArchive = status !== null && status.archive === null;
  const [info, setInfo] = useState<ArchiveInfo | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [dataVersion, setDataVersion] = useState(0);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (noArchive || signedIn === null) return;
    let live = true;
    void call('archive.info', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        setInfo(r.value);
        setError(null);
      } else {
        setInfo(null);
        setError(r.error);
      }
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [tick, status, signedIn, noArchive]);

  const refreshInfo = useCallback(() => setTick((t) => t + 1), []);
  const { refresh: refreshSession } = session;
  // Another archive may be open now, with its own accounts: ask the host who is signed in too.
  // archive.info is asked again when the host's answer comes back (the effect follows the status),
  // not at once: the host may have just signed out for the switch.
  const reload = useCallback(() => {
    refreshSession();
    setDataVersion((v) => v + 1);
  }, [refreshSession]);

  useEffect(() => onWorkspaceChanged(reload), [reload]);

  useEffect(() => {
    document.title = info && !noArchive ? `${info.name} — Tessera` : 'Tessera';
  }, [info, noArchive]);

  const value = useMemo(
    () => (noArchive ? { info: null, error: NO_ARCHIVE, loaded: true, dataVersion, reload, refreshInfo } : { info, error, loaded, dataVersion, reload, refreshInfo }),
    [noArchive, info, error, loaded, dataVersion, reload, refreshInfo],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useArchive(): ArchiveState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useArchive outside ArchiveProvider');
  return v;
}
