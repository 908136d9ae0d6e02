import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiError, ArchiveInfo } from '../../../shared/api';
import { call, onWorkspaceChanged } from '../api/client';

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

export function ArchiveProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<ArchiveInfo | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [dataVersion, setDataVersion] = useState(0);
  const [tick, setTick] = useState(0);

  useEffect(() => {
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
  }, [tick]);

  const refreshInfo = useCallback(() => setTick((t) => t + 1), []);
  const reload = useCallback(() => {
    setTick((t) => t + 1);
    setDataVersion((v) => v + 1);
  }, []);

  useEffect(() => onWorkspaceChanged(reload), [reload]);

  useEffect(() => {
    document.title = info ? `${info.name} — Tessera` : 'Tessera';
  }, [info]);

  const value = useMemo(() => ({ info, error, loaded, dataVersion, reload, refreshInfo }), [info, error, loaded, dataVersion, reload, refreshInfo]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useArchive(): ArchiveState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useArchive outside ArchiveProvider');
  return v;
}
