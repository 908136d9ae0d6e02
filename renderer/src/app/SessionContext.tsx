import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/api';
import type { AuthStatus, SignedInUser } from '../../../shared/api/accounts';
import { call, onUnauthenticated } from '../api/client';
import { afterSignIn, screenFor, type Lock, type Screen } from '../features/accounts/model/session';

interface SessionState {
  /** The host's answer to auth.status (null until the first answer). */
  status: AuthStatus | null;
  /** auth.status itself failed (the engine is unreachable). */
  error: ApiError | null;
  screen: Screen;
  /** Who was signed in when this window locked. */
  lockedAs: SignedInUser | null;
  /** Asks the host again (another archive was opened, the first administrator was created…). */
  refresh: () => void;
  /** Signs out on the host but keeps the pages mounted, hidden, for the same person to come back to. */
  lockNow: () => void;
  /** Signs out and starts the window afresh at the sign-in form. */
  signOut: () => Promise<void>;
  /** A sign-in (or the first administrator's creation) succeeded. */
  signedIn: (user: SignedInUser) => void;
}

const Ctx = createContext<SessionState | null>(null);

/**
 * Starts the app afresh at the overview: module-level caches, forms and lists read under the earlier
 * session are dropped with the page. The host keeps who is signed in, so the reload comes back
 * signed in (or at the sign-in form after Sign out).
 */
export function restartApp(): void {
  window.history.replaceState(null, '', '#/');
  window.location.reload();
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus | null>(null);
  /**
   * The latest status, for acts that answer something already in flight: an 'unauthenticated'
   * answer can arrive just after another archive was opened, and must not lock with (or restore)
   * the status it was asked under.
   */
  const statusRef = useRef<AuthStatus | null>(null);
  const update = useCallback((s: AuthStatus) => {
    statusRef.current = s;
    setStatus(s);
  }, []);
  const [error, setError] = useState<ApiError | null>(null);
  const [lock, setLock] = useState<Lock | null>(null);
  const [tick, setTick] = useState(0);
  /** Whether this window has shown anyone's records since it loaded. */
  const shownRecords = useRef(false);
  /**
   * Counts this window's own locks and sign-ins. An auth.status answer asked before one of them
   * knows nothing of it: taken as it stands it would unlock a window that just locked (or show the
   * sign-in form to someone who just signed in), so it keeps who is signed in from the newer state.
   */
  const epoch = useRef(0);
  const screen = screenFor(status, lock);

  useEffect(() => {
    let live = true;
    const asked = epoch.current;
    void call('auth.status', {}).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error);
      const now = statusRef.current;
      const stale = asked !== epoch.current && now !== null && now.archive?.path === r.value.archive?.path;
      update(stale ? { ...r.value, user: now.user, needsSetup: now.needsSetup } : r.value);
      setError(null);
    });
    return () => {
      live = false;
    };
  }, [tick, update]);

  useEffect(() => {
    if (screen === 'app' && status?.user) shownRecords.current = true;
  }, [screen, status]);

  const refresh = useCallback(() => setTick((t) => t + 1), []);

  const lockNow = useCallback(() => {
    const s = statusRef.current;
    if (!s?.archive || !s.user) return;
    epoch.current += 1;
    setLock({ user: s.user, archivePath: s.archive.path });
    update({ ...s, user: null });
    void call('auth.signOut', {});
  }, [update]);

  // The host locked on its own (inactivity counted there too) or another window signed out.
  useEffect(() => onUnauthenticated(lockNow), [lockNow]);

  const signOut = useCallback(async () => {
    const r = await call('auth.signOut', {});
    // The host may still have them signed in (it did not answer): a restart would come straight
    // back into the archive, so at least lock this window.
    if (!r.ok) return lockNow();
    restartApp();
  }, [lockNow]);

  const signedIn = useCallback(
    (user: SignedInUser) => {
      const next = afterSignIn(lock, shownRecords.current, user);
      if (next === 'restart') return restartApp();
      epoch.current += 1;
      setLock(null);
      if (statusRef.current) update({ ...statusRef.current, user, needsSetup: false });
    },
    [lock, update],
  );

  const value = useMemo(
    () => ({ status, error, screen, lockedAs: screen === 'locked' ? (lock?.user ?? null) : null, refresh, lockNow, signOut, signedIn }),
    [status, error, screen, lock, refresh, lockNow, signOut, signedIn],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): SessionState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
