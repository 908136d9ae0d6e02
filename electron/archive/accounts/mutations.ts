import type { Account } from '../../../shared/api/accounts';
import type { Role } from '../../../shared/model/enums';
import type { Ctx } from '../context';
import { ArchiveError, notFound } from '../db/errors';
import { hashPassword } from './password';
import { countEnabledAdministrators, getAccount, getAccountByName } from './queries';

/**
 * Writes to the `users` table. Every change is audited under entity type 'user'; a password or
 * its hash never appears in an audit record (a password change is recorded as an event only).
 */

const NOT_LAST_ADMIN = (name: string) =>
  `${name} is the last enabled administrator of this archive, so the account cannot be demoted or disabled. Make another account an administrator first.`;

export function createAccount(ctx: Ctx, data: { name: string; role: Role; password: string }): Account {
  if (getAccountByName(ctx.db, data.name)) throw new ArchiveError('conflict', `There is already an account called ${data.name}. Choose another name.`, 'name');
  const id = crypto.randomUUID();
  ctx.db
    .prepare('INSERT INTO users (id, name, role, password_hash, disabled, created_at) VALUES (?, ?, ?, ?, 0, ?)')
    .run(id, data.name, data.role, hashPassword(data.password), ctx.now);
  ctx.audit({ action: 'create', entityType: 'user', entityId: id, changes: [{ field: 'name', old: null, new: data.name }, { field: 'role', old: null, new: data.role }] });
  return getAccount(ctx.db, id)!;
}

export function updateAccount(ctx: Ctx, id: string, change: { role?: Role; disabled?: boolean }): Account {
  const before = getAccount(ctx.db, id);
  if (!before) throw notFound('That account');
  const role = change.role ?? before.role;
  const disabled = change.disabled ?? before.disabled;
  if (disabled && !before.disabled && before.name.toLowerCase() === ctx.session.user.name.toLowerCase()) {
    throw new ArchiveError('conflict', 'You cannot disable your own account. Another administrator can, if it is needed.', 'disabled');
  }
  const losesAdmin = before.role === 'administrator' && !before.disabled && (role !== 'administrator' || disabled);
  if (losesAdmin && countEnabledAdministrators(ctx.db) <= 1) throw new ArchiveError('conflict', NOT_LAST_ADMIN(before.name), role !== 'administrator' ? 'role' : 'disabled');
  const changes = [
    ...(role !== before.role ? [{ field: 'role', old: before.role, new: role }] : []),
    ...(disabled !== before.disabled ? [{ field: 'disabled', old: before.disabled, new: disabled }] : []),
  ];
  if (changes.length === 0) {
    // Nothing changed; the router still wants every write audited, so record that it was asked.
    ctx.audit({ action: 'update', entityType: 'user', entityId: id, changes: [] });
    return before;
  }
  ctx.db.prepare('UPDATE users SET role = ?, disabled = ? WHERE id = ?').run(role, disabled ? 1 : 0, id);
  ctx.audit({ action: 'update', entityType: 'user', entityId: id, changes });
  return getAccount(ctx.db, id)!;
}

/** Sets an account's password; `action` tells an administrator's reset from a person's own change. */
export function setAccountPassword(ctx: Ctx, id: string, password: string, action: 'set_password' | 'change_password'): void {
  if (!getAccount(ctx.db, id)) throw notFound('That account');
  ctx.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hashPassword(password), id);
  ctx.audit({ action, entityType: 'user', entityId: id, changes: [] });
}

export function recordSignIn(ctx: Ctx, account: Account): void {
  ctx.db.prepare('UPDATE users SET last_sign_in_at = ? WHERE id = ?').run(ctx.now, account.id);
  ctx.audit({ action: 'sign_in', entityType: 'user', entityId: account.id, changes: [] });
}
