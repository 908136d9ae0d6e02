import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ArchiveError } from '../db/errors';
import { SCHEMA_VERSION } from '../db/migrate';
import { nativeBindingPath } from '../db/native';
import { checkFixity } from '../files/fixity';
import { BACKUP_DB, readManifest, type Manifest } from './layout';

/**
 * Whether a database file is a whole Tessera archive this version can open: SQLite's full
 * integrity_check, links between records, and a schema that is complete (every step up to its
 * user_version recorded) and not newer than ours. Answers the first problem in words, or null.
 */
export function databaseProblem(file: string): string | null {
  if (!existsSync(file)) return `${path.basename(file)} is missing`;
  let db: Database.Database | undefined;
  try {
    const nativeBinding = nativeBindingPath();
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((m) => m !== 'ok');
    if (integrity.length) return `its database is damaged (${integrity[0] ?? ''})`;
    if ((db.pragma('foreign_key_check') as unknown[]).length) return 'its database has records that link to records that do not exist';
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1) return 'it is not a Tessera archive (it has no schema)';
    if (version > SCHEMA_VERSION) return `it was made by a newer version of Tessera (schema ${version}; this version knows ${SCHEMA_VERSION})`;
    const steps = db.prepare('SELECT count(*) FROM schema_migrations WHERE version <= ?').pluck().get(version) as number;
    if (steps !== version) return `its schema is incomplete (${steps} of ${version} steps recorded)`;
    return null;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' ? 'its database is damaged or is not a database' : `its database cannot be read (${code || (e as Error).message})`;
  } finally {
    db?.close();
  }
}

/**
 * Checks a backup folder before anything relies on it: a manifest, a whole database (above) and
 * every stored file the database lists present with its SHA-256. Throws an ArchiveError naming
 * the first problem; answers the manifest when all hold.
 */
export function verifyBackup(dir: string, onFile?: (done: number, total: number) => void): Manifest {
  const name = path.basename(dir);
  const m = readManifest(dir);
  if (!m) throw new ArchiveError('invalid_input', `${name} is not a whole Tessera backup (its backup.json is missing or unreadable). Choose another backup.`, 'backup');
  const problem = databaseProblem(path.join(dir, BACKUP_DB));
  if (problem) throw new ArchiveError('invalid_input', `The backup ${name} cannot be used: ${problem}. Nothing was changed; choose another backup.`, 'backup');
  const nativeBinding = nativeBindingPath();
  const db = new Database(path.join(dir, BACKUP_DB), { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const { problems } = checkFixity(db, dir, onFile);
    const first = problems[0];
    if (first) {
      throw new ArchiveError('invalid_input', `The backup ${name} cannot be used: its copy of stored file ${first.sha256} is ${first.problem}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}. Nothing was changed; choose another backup.`, 'backup');
    }
  } finally {
    db.close();
  }
  return m;
}
