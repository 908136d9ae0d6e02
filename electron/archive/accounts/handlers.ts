import { LOCK_AFTER_MINUTES_DEFAULT, type SignedInUser } from '../../../shared/api/accounts';
import type { Output, ParsedInput } from '../../../shared/api';
import type { Ctx, Session } from '../context';
import type { OpenArchive } from '../db/open';
import { ArchiveError } from '../db/errors';
import type { HandlersOf } from '../handlers';
import { readSettings } from '../settings/settings';
import { createAccount, recordSignIn, setAccountPassword, updateAccount } from './mutations';
import { verifyAgainstDummy, verifyPassword } from './password';
import { accountForSignIn, countAccounts, listAccounts } from './queries';

/** Methods of scope 'session': callable before anyone signs in (the router passes a null session). */
export type SessionMethod = 'auth.status' | 'auth.setup' | 'auth.signIn' | 'auth.signOut';

/** What a 'session' handler receives: the open archive (if any), the caller (if any). */
export interface SessionCall {
  archive: (OpenArchive & { isDefault: boolean }) | null;
  session: Session | null;
  /** A context on the open archive acting as `session`: its writes are audited under that name. */
  actingAs(session: Session): Ctx;
}

export type SessionHandlers = { [M in SessionMethod]: (call: SessionCall, input: ParsedInput<M>) => Output<M> };

/** One answer for an unknown name, a wrong password and a disabled account: it tells nothing apart. */
export const SIGN_IN_REFUSED = 'That name and password do not open an account of this archive, or the account is disabled. Check them and try again, or ask an administrator of this archive.';
const NO_ACCOUNTS = 'This archive has no accounts yet. Create its first administrator to go on.';

function signIn(call: SessionCall, name: string, password: string): SignedInUser {
  const db = call.archive!.db;
  if (countAccounts(db) === 0) {
    verifyAgainstDummy(password);
    throw new ArchiveError('unauthenticated', NO_ACCOUNTS);
  }
  const account = accountForSignIn(db, name);
  const matches = account ? verifyPassword(password, account.passwordHash) : verifyAgainstDummy(password);
  if (!account || !matches || account.disabled) throw new ArchiveError('unauthenticated', SIGN_IN_REFUSED);
  const user = { name: account.name, role: account.role };
  recordSignIn(call.actingAs({ user }), account);
  return user;
}

export const sessionHandlers: SessionHandlers = {
  'auth.status': ({ archive, session }) => ({
    archive: archive ? { path: archive.dir, name: readSettings(archive.db).archiveName } : null,
    needsSetup: archive ? countAccounts(archive.db) === 0 : false,
    user: session?.user ?? null,
    lockAfterMinutes: LOCK_AFTER_MINUTES_DEFAULT,
  }),
  'auth.signOut': () => ({}),
  'auth.setup': (call, i) => {
    if (countAccounts(call.archive!.db) > 0) throw new ArchiveError('conflict', 'This archive already has accounts. Sign in instead; an administrator can add more accounts.');
    const user = { name: i.name, role: 'administrator' as const };
    const account = createAccount(call.actingAs({ user }), { ...user, password: i.password });
    return { name: account.name, role: account.role };
  },
  'auth.signIn': (call, i) => signIn(call, i.name, i.password),
};

export const accountHandlers: HandlersOf<'auth.changePassword' | 'users.list' | 'users.create' | 'users.update' | 'users.setPassword'> = {
  'auth.changePassword': (ctx, i) => {
    const account = accountForSignIn(ctx.db, ctx.session.user.name);
    if (!account) throw new ArchiveError('not_found', `There is no account called ${ctx.session.user.name} in this archive, so there is no password to change.`);
    if (!verifyPassword(i.current, account.passwordHash)) throw new ArchiveError('invalid_input', 'That is not your current password. Nothing was changed.', 'current');
    setAccountPassword(ctx, account.id, i.next, 'change_password');
    return {};
  },
  'users.list': (ctx) => listAccounts(ctx.db),
  'users.create': (ctx, i) => createAccount(ctx, i),
  'users.update': (ctx, i) => updateAccount(ctx, i.id, { role: i.role, disabled: i.disabled }),
  'users.setPassword': (ctx, i) => {
    setAccountPassword(ctx, i.id, i.password, 'set_password');
    return {};
  },
};
