import type { Database } from 'better-sqlite3';
import type { Account } from '../../../shared/api/accounts';
import type { Role } from '../../../shared/model/enums';

/** Reads of the `users` table. The password hash is read only by `accountForSignIn`. */

interface AccountRow {
  id: string;
  name: string;
  role: Role;
  disabled: 0 | 1;
  createdAt: string;
  lastSignInAt: string | null;
}

const COLUMNS = 'id, name, role, disabled, created_at AS createdAt, last_sign_in_at AS lastSignInAt';

const toAccount = (r: AccountRow): Account => ({ ...r, disabled: r.disabled === 1 });

export function countAccounts(db: Database): number {
  return db.prepare('SELECT count(*) FROM users').pluck().get() as number;
}

export function countEnabledAdministrators(db: Database): number {
  return db.prepare("SELECT count(*) FROM users WHERE role = 'administrator' AND disabled = 0").pluck().get() as number;
}

export function listAccounts(db: Database): Account[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM users ORDER BY name COLLATE NOCASE, id`).all() as AccountRow[]).map(toAccount);
}

export function getAccount(db: Database, id: string): Account | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) as AccountRow | undefined;
  return row ? toAccount(row) : null;
}

/** Names are matched without regard to case ("Ana" and "ana" are one account). */
export function getAccountByName(db: Database, name: string): Account | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM users WHERE name = ?`).get(name) as AccountRow | undefined;
  return row ? toAccount(row) : null;
}

/** The account and its password hash, for checking a password. */
export function accountForSignIn(db: Database, name: string): (Account & { passwordHash: string }) | null {
  const row = db.prepare(`SELECT ${COLUMNS}, password_hash AS passwordHash FROM users WHERE name = ?`).get(name) as (AccountRow & { passwordHash: string }) | undefined;
  return row ? { ...toAccount(row), passwordHash: row.passwordHash } : null;
}
