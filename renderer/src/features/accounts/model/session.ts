import { PASSWORD_MIN, type AuthStatus, type SignedInUser } from '../../../../../shared/api/accounts';
import type { Role } from '../../../../../shared/model/enums';

/**
 * What the window shows, from what the host says (auth.status) and whether this window locked:
 * nothing yet, the archive picker (no archive open), the first administrator's form, the sign-in
 * form, the app, or the app hidden behind the lock screen.
 */
export type Screen = 'starting' | 'no-archive' | 'setup' | 'sign-in' | 'app' | 'locked';

/** Who was signed in when this window locked, and in which archive. */
export interface Lock {
  user: SignedInUser;
  archivePath: string;
}

export function screenFor(status: AuthStatus | null, lock: Lock | null): Screen {
  if (!status) return 'starting';
  if (!status.archive) return 'no-archive';
  if (status.user) return 'app';
  if (status.needsSetup) return 'setup';
  if (lock && lock.archivePath === status.archive.path) return 'locked';
  return 'sign-in';
}

/**
 * After a successful sign-in: the same person unlocking goes back to the pages as they were
 * (drafts included); anyone else, once this window has shown someone's records, starts the app
 * afresh so nothing read under the earlier session stays in memory; otherwise the app just opens.
 */
export function afterSignIn(lock: Lock | null, shownRecords: boolean, who: SignedInUser): 'unlock' | 'restart' | 'enter' {
  if (lock && lock.user.name.toLowerCase() === who.name.toLowerCase()) return 'unlock';
  return shownRecords ? 'restart' : 'enter';
}

/**
 * How long until the window locks, given the last key or pointer activity (ms since the epoch).
 * Zero or less: lock now.
 */
export function msUntilLock(lastActivity: number, now: number, lockAfterMs: number): number {
  return lastActivity + lockAfterMs - now;
}

/** What a role may read, in words, for the header (the rule itself is the engine's: shared/model/access). */
export function scopeFor(role: Role): string {
  switch (role) {
    case 'administrator':
    case 'archivist':
    case 'commissioner':
      return 'sees every access level';
    case 'cataloguer':
      return 'sees public, restricted and confidential records';
    case 'researcher':
      return 'sees public and restricted records released for research';
  }
}

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrator',
  archivist: 'Archivist',
  cataloguer: 'Cataloguer',
  commissioner: 'Commissioner',
  researcher: 'Researcher',
};

/** What each role is for, shown where an administrator chooses one. */
export const ROLE_HINTS: Record<Role, string> = {
  administrator: 'Accounts and settings, and everything an archivist may do.',
  archivist: 'Everything with records, including access levels and full exports.',
  cataloguer: 'Creates and edits testimony and coding; cannot change access levels or export everything; never sees sealed records.',
  commissioner: 'Reads what access allows; writes findings, recommendations and reports.',
  researcher: 'Reads only public and restricted records released for research.',
};

export const PASSWORD_RULE = `At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`;

/** The client's own check of a new password and its repeat, keyed by the fields' paths. */
export function newPasswordProblems(password: string, repeat: string | null, paths: { password: string; repeat: string }): Record<string, string> | null {
  const out: Record<string, string> = {};
  if (password.length < PASSWORD_MIN) out[paths.password] = `A password must be at least ${PASSWORD_MIN} characters`;
  else if (repeat !== null && repeat !== password) out[paths.repeat] = 'The two passwords differ; type the same one twice';
  return Object.keys(out).length ? out : null;
}

/** The name field's check: the engine trims names, so one of only spaces is no name. */
export function nameProblem(name: string): string | null {
  return name.trim() === '' ? 'Give a name' : null;
}
