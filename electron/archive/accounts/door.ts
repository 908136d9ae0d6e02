import { LOCK_AFTER_MINUTES_DEFAULT, type AuthStatus } from '../../../shared/api/accounts';
import type { ApiError, Result } from '../../../shared/api';
import type { Session } from '../context';
import type { Router } from '../router';

/**
 * The door of one host (the Electron app, the browser-mode server): it keeps who is signed in,
 * locks after a time without use, slows down guessing, and calls the router with that session
 * (or with null before anyone signs in, which the router accepts only for choosing an archive
 * and signing in). The router stays the trusted core; the door is where trust is earned.
 */

export interface Door {
  /** One call from the host's page or menu, as whoever is signed in now. */
  call(method: unknown, input: unknown): Result<unknown>;
  /** Who is signed in, or null (asking does not count as use, and does not lock). */
  current(): Session | null;
  signOut(): void;
}

export interface DoorOptions {
  lockAfterMs: number;
  /** The clock, in ms; injected by tests. */
  now?: () => number;
}

/** Failed sign-ins allowed for one name within the window before that name is refused for a while. */
export const THROTTLE_FAILURES = 5;
export const THROTTLE_WINDOW_MS = 5 * 60_000;
export const THROTTLE_PAUSE_MS = 60_000;

/** Methods that change which archive is open, or replace its database: each archive (and each backup) has its own accounts, so they sign out. */
const SWITCHES = new Set(['workspace.open', 'workspace.create', 'workspace.openDefault', 'workspace.restoreBackup']);
/** Errors a restore gives when it refused before closing the archive: the session stays good. */
const REFUSED_UNCHANGED = new Set<ApiError['code']>(['forbidden', 'invalid_input', 'not_found', 'conflict', 'unauthenticated']);

const fail = (error: ApiError): Result<never> => ({ ok: false, error });

const minutes = (ms: number) => Math.max(1, Math.round(ms / 60_000));

/** The lock time for a host from TESSERA_LOCK_MINUTES (a positive number), else the default. */
export function lockAfterMsFrom(env: NodeJS.ProcessEnv = process.env): number {
  const m = Number(env.TESSERA_LOCK_MINUTES);
  return (Number.isFinite(m) && m > 0 ? m : LOCK_AFTER_MINUTES_DEFAULT) * 60_000;
}

export function createDoor(router: Router, opts: DoorOptions): Door {
  const now = opts.now ?? Date.now;
  let session: Session | null = null;
  let lastUse = now();
  /** Failed sign-in times per lower-cased name, and until when a name is refused. */
  const failures = new Map<string, number[]>();
  const pausedUntil = new Map<string, number>();

  const lockMessage = `Tessera locked after ${minutes(opts.lockAfterMs)} minute${minutes(opts.lockAfterMs) === 1 ? '' : 's'} without use. Sign in again to go on.`;

  /** Clears the session when it has been idle too long; true when this call found it locked. */
  function lockIfIdle(t: number): boolean {
    if (session && t - lastUse >= opts.lockAfterMs) {
      session = null;
      return true;
    }
    return false;
  }

  function status(): Result<AuthStatus> {
    const r = router.call(session, 'auth.status', {});
    if (!r.ok) return r;
    return { ok: true, value: { ...r.value, lockAfterMinutes: minutes(opts.lockAfterMs) } };
  }

  function throttled(name: string, t: number): Result<never> | null {
    const until = pausedUntil.get(name) ?? 0;
    if (t < until) {
      const s = Math.ceil((until - t) / 1000);
      return fail({ code: 'unauthenticated', message: `Too many failed sign-ins for this name. Wait ${s} second${s === 1 ? '' : 's'} and try again.` });
    }
    return null;
  }

  function noteFailure(name: string, t: number): void {
    const recent = (failures.get(name) ?? []).filter((at) => t - at < THROTTLE_WINDOW_MS);
    recent.push(t);
    if (recent.length >= THROTTLE_FAILURES) {
      pausedUntil.set(name, t + THROTTLE_PAUSE_MS);
      failures.delete(name);
    } else failures.set(name, recent);
  }

  function signIn(method: 'auth.signIn' | 'auth.setup', input: unknown, t: number): Result<unknown> {
    const raw = (input as { name?: unknown } | null)?.name;
    const key = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    if (method === 'auth.signIn') {
      const refused = throttled(key, t);
      if (refused) return refused;
    }
    const r = router.call(null, method, input);
    if (r.ok) {
      session = { user: r.value };
      lastUse = t;
      failures.delete(key);
    } else if (method === 'auth.signIn' && r.error.code === 'unauthenticated') noteFailure(key, t);
    return r;
  }

  return {
    call(method, input) {
      const t = now();
      const locked = lockIfIdle(t);
      switch (method) {
        case 'auth.status':
          return status();
        case 'auth.signOut':
          session = null;
          return { ok: true, value: {} };
        case 'auth.signIn':
        case 'auth.setup':
          return signIn(method, input, t);
      }
      if (method === 'workspace.restoreBackup') {
        // Restoring the open archive needs its administrator or archivist (a damaged archive,
        // which nobody can sign in to, needs nobody), so it goes as whoever is signed in. The
        // restored database has its own accounts: sign out unless the restore was refused before
        // anything changed.
        const r = router.call(session, method, input);
        if (r.ok || !REFUSED_UNCHANGED.has(r.error.code)) session = null;
        return r;
      }
      if (typeof method === 'string' && SWITCHES.has(method)) {
        // Opening another archive signs out; a failed switch leaves the old archive open, and
        // whoever was signed in to it stays signed in.
        const r = router.call(null, method, input);
        if (r.ok) session = null;
        return r;
      }
      if (locked) return fail({ code: 'unauthenticated', message: lockMessage });
      if (session) lastUse = t;
      return router.call(session, method, input);
    },
    current() {
      lockIfIdle(now());
      return session;
    },
    signOut() {
      session = null;
    },
  };
}
