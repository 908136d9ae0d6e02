/**
 * Accounts (issue 8). Each archive keeps its own accounts, so that a copied archive folder carries
 * who may read it. `password_hash` is a self-describing scrypt string (accounts/password.ts), never
 * the password. An archive upgraded from an earlier version has no accounts: the first
 * administrator is created by `auth.setup` (the app's setup form, or `tessera users <dir> add`).
 */
export const sql = `
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('administrator','archivist','cataloguer','commissioner','researcher')),
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at TEXT NOT NULL,
  last_sign_in_at TEXT
) STRICT;
`;
