import { z } from 'zod';
import { ROLES } from '../model/enums';
import { id } from '../model/fields';
import { ADMINS, method, READERS } from './define';

/**
 * Accounts (issue 8). Each archive keeps its own accounts; passwords are hashed with scrypt and
 * never leave the engine. The `auth.*` methods have scope 'session': they may be called before
 * anyone signs in. The host (Electron main, the browser-mode server) keeps who is signed in
 * (electron/archive/accounts/door.ts) and locks after inactivity; the CLI signs in per command.
 */

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 1024;
export const LOCK_AFTER_MINUTES_DEFAULT = 15;

/** An account name: what a person types to sign in, shown in the audit log. */
export const accountName = z
  .string({ message: 'Give a name' })
  .trim()
  .min(1, { message: 'Give a name' })
  .max(100, { message: 'A name must be at most 100 characters' })
  // eslint-disable-next-line no-control-regex
  .refine((n) => !/[\u0000-\u001f\u007f]/.test(n), { message: 'A name may not contain control characters' });

/** A new password. Only its length is ruled: long passphrases beat composition rules. */
export const newPassword = z
  .string({ message: 'Give a password' })
  .min(PASSWORD_MIN, { message: `A password must be at least ${PASSWORD_MIN} characters` })
  .max(PASSWORD_MAX, { message: `A password must be at most ${PASSWORD_MAX} characters` });

/** A password offered at sign-in: checked, never ruled on (any wrong one gets the same answer). */
const givenPassword = z.string({ message: 'Give your password' }).max(PASSWORD_MAX, { message: 'Give your password' });

export const signedInUser = z.object({ name: z.string(), role: z.enum(ROLES) });
export type SignedInUser = z.output<typeof signedInUser>;

export const account = z.object({
  id,
  name: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
});
export type Account = z.output<typeof account>;

export const authStatus = z.object({
  /** The open archive, or null when none is open. */
  archive: z.object({ path: z.string(), name: z.string() }).nullable(),
  /** The open archive has no accounts yet: its first administrator must be created. */
  needsSetup: z.boolean(),
  /** Who is signed in, or null. */
  user: signedInUser.nullable(),
  /** The session locks after this many minutes without use. */
  lockAfterMinutes: z.number().int().positive(),
});
export type AuthStatus = z.output<typeof authStatus>;

const credentials = z.object({ name: accountName, password: givenPassword });

export const authApi = {
  'auth.status': method({ summary: 'Which archive is open, whether it needs its first administrator, and who is signed in', input: z.object({}), output: authStatus, roles: READERS, kind: 'read', scope: 'session' }),
  'auth.setup': method({ summary: 'Create the first administrator of an archive that has no accounts, and sign in as them', input: z.object({ name: accountName, password: newPassword }), output: signedInUser, roles: READERS, kind: 'write', scope: 'session' }),
  'auth.signIn': method({ summary: 'Sign in to the open archive', input: credentials, output: signedInUser, roles: READERS, kind: 'write', scope: 'session' }),
  'auth.signOut': method({ summary: 'Sign out (also what locking does)', input: z.object({}), output: z.object({}), roles: READERS, kind: 'read', scope: 'session' }),
  'auth.changePassword': method({ summary: 'Change your own password', input: z.object({ current: givenPassword, next: newPassword }), output: z.object({}), roles: READERS, kind: 'write', scope: 'archive' }),
} as const;

export const usersApi = {
  'users.list': method({ summary: 'Every account of the archive', input: z.object({}), output: z.array(account), roles: ADMINS, kind: 'read', scope: 'archive' }),
  'users.create': method({ summary: 'Create an account', input: z.object({ name: accountName, role: z.enum(ROLES), password: newPassword }), output: account, roles: ADMINS, kind: 'write', scope: 'archive' }),
  'users.update': method({
    summary: 'Change an account’s role, or disable or enable it (the last enabled administrator cannot be demoted or disabled)',
    input: z.object({ id, role: z.enum(ROLES).optional(), disabled: z.boolean().optional() }),
    output: account,
    roles: ADMINS,
    kind: 'write',
    scope: 'archive',
  }),
  'users.setPassword': method({ summary: 'Set a new password for an account (for a person who forgot theirs)', input: z.object({ id, password: newPassword }), output: z.object({}), roles: ADMINS, kind: 'write', scope: 'archive' }),
} as const;
