import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ArchiveError } from './errors';
import { MIGRATIONS, type Migration } from './migrations';

export const SCHEMA_VERSION = MIGRATIONS.length;

export function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The recorded fingerprint of a step is its SQL. (Not the source of its data step: bundling
 * rewrites function text, so the app and the CLI would disagree about the same archive.)
 */
function fingerprint(m: Migration): string {
  return checksum(m.sql);
}

/** Refuses registries whose versions do not count up 1, 2, 3 … */
export function checkRegistry(list: readonly { version: number }[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration registry out of order at position ${i}: version ${m.version}`);
  });
}

/**
 * Brings the database to the newest schema: all pending migrations in one transaction,
 * each recorded with its checksum, `user_version` set last. A database from a newer Tessera is
 * refused; an applied migration whose text changed since is reported.
 */
export function migrate(db: Database, list: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  checkRegistry(list);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > list.length) {
    throw new ArchiveError(
      'archive_unavailable',
      `This archive was saved by a newer version of Tessera (schema ${current}; this version knows ${list.length}). Update Tessera to open it; nothing was changed.`,
    );
  }
  const run = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
    const applied = db.prepare('SELECT version, checksum FROM schema_migrations').all() as { version: number; checksum: string }[];
    for (const row of applied) {
      const m = list[row.version - 1];
      if (m && fingerprint(m) !== row.checksum) {
        throw new ArchiveError('archive_unavailable', `Schema step ${row.version} (${m.name}) differs from the one this archive was built with. This copy of Tessera is damaged; reinstall it.`);
      }
    }
    const insert = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
    for (const m of list.slice(current)) {
      db.exec(m.sql);
      m.after?.(db);
      insert.run(m.version, m.name, fingerprint(m), new Date().toISOString());
    }
    db.pragma(`user_version = ${Number(list.length)}`);
  });
  run.immediate();
  return { from: current, to: list.length };
}
