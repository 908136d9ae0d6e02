import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { latestBackup } from '../backup/layout';
import { removeUnfinishedCopies } from '../files/store';
import { ArchiveError } from './errors';
import { migrate } from './migrate';
import { nativeBindingPath } from './native';

export const DB_FILE = 'archive.sqlite';
export const LOCK_FILE = 'archive.lock';

export interface OpenArchive {
  dir: string;
  db: Database.Database;
  close(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock file, or explains who holds it. Stale locks of dead processes are taken over. */
export function acquireLock(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder: { pid?: number; host?: string; since?: string } = {};
      try {
        holder = JSON.parse(readFileSync(file, 'utf8')) as typeof holder;
      } catch {
        /* an unreadable lock is treated as stale below */
      }
      const sameHost = holder.host === hostname();
      if (sameHost && typeof holder.pid === 'number' && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new ArchiveError('archive_unavailable', `This archive is open in another Tessera window or command (process ${holder.pid}, since ${holder.since ?? 'earlier'}). Close it there first.`);
      }
      if (!sameHost && holder.host) {
        throw new ArchiveError('archive_unavailable', `This archive is in use on another computer (${holder.host}). Close it there first; if that computer crashed, delete ${LOCK_FILE} in the archive folder.`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new ArchiveError('archive_unavailable', 'Could not lock the archive folder. Try again.');
}

function connect(file: string, fileMustExist: boolean): Database.Database {
  const nativeBinding = nativeBindingPath();
  const db = new Database(file, { fileMustExist, ...(nativeBinding ? { nativeBinding } : {}) });
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  return db;
}

/**
 * Opens (or with `create`, makes) an archive folder: lock, connect, check, migrate.
 * Every failure becomes an ArchiveError with a message a person can act on; nothing is written
 * to a folder that is not an archive.
 */
export function openArchive(dir: string, opts: { create?: boolean } = {}): OpenArchive {
  const abs = path.resolve(dir);
  const file = path.join(abs, DB_FILE);
  if (opts.create) {
    if (existsSync(abs) && !statSync(abs).isDirectory()) throw new ArchiveError('invalid_input', `${abs} is a file, not a folder.`, 'path');
    if (existsSync(file)) throw new ArchiveError('conflict', `There is already an archive in ${abs}. Open it instead.`, 'path');
    try {
      mkdirSync(path.join(abs, 'files'), { recursive: true });
      mkdirSync(path.join(abs, 'backups'), { recursive: true });
    } catch (e) {
      throw new ArchiveError('archive_unavailable', `Tessera cannot create an archive folder at ${abs} (${(e as NodeJS.ErrnoException).code ?? 'error'}). Choose a folder you may write to.`, 'path');
    }
  } else {
    if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new ArchiveError('not_found', `There is no folder at ${abs}.`, 'path');
    if (!existsSync(file)) throw new ArchiveError('invalid_input', `${abs} is not a Tessera archive (it has no ${DB_FILE}). Choose the archive folder, or create a new archive.`, 'path');
    // SQLite would take an empty file for a new database and migrate it into an empty archive.
    if (statSync(file).size === 0) throw damaged(abs, `${DB_FILE} is empty`);
  }
  const release = acquireLock(abs);
  let db: Database.Database | undefined;
  try {
    db = connect(file, !opts.create);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw damaged(abs, firstProblem(String(check)));
    migrate(db);
    removeUnfinishedCopies(abs);
  } catch (e) {
    db?.close();
    release();
    throw translateOpenError(e, abs);
  }
  const handle = db;
  return {
    dir: abs,
    db: handle,
    close() {
      if (handle.open) {
        handle.pragma('wal_checkpoint(TRUNCATE)');
        handle.close();
      }
      release();
    },
  };
}

/**
 * A second read-write connection to an archive this process already holds open, for a job's
 * worker thread that writes through its own router (imports): no lock (the app holds it), no
 * migration (the app has migrated), the same pragmas. Closing it leaves the archive open.
 */
export function openJobConnection(dir: string): OpenArchive {
  const abs = path.resolve(dir);
  const db = connect(path.join(abs, DB_FILE), true);
  return {
    dir: abs,
    db,
    close() {
      if (db.open) db.close();
    },
  };
}

function translateOpenError(e: unknown, dir: string): unknown {
  if (e instanceof ArchiveError) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return code === 'SQLITE_NOTADB' ? damaged(dir, 'SQLite does not recognise the file: truncated or overwritten', 'is damaged or is not a Tessera archive') : damaged(dir, 'SQLite found broken pages');
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new ArchiveError('archive_unavailable', 'The archive is busy in another program. Close it there and try again.');
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM') {
    return new ArchiveError('archive_unavailable', `Tessera cannot open ${dir}: check that the folder exists and that you may write to it.`);
  }
  return e;
}

/** The first line of a quick_check report that says something ("*** in database main ***" does not). */
function firstProblem(report: string): string {
  const line = report.split('\n').find((l) => l.trim() && !l.startsWith('***')) ?? report;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/**
 * A damaged database, in words that say what to do: the latest verified backup by name, which
 * the archive picker offers to restore (workspace.backupStatus, workspace.restoreBackup) and the
 * CLI restores with `tessera restore`. The damaged file is never written to.
 */
export function damaged(dir: string, detail: string, what = 'is damaged'): ArchiveError {
  const latest = latestBackup(dir);
  const offer = latest
    ? `Restore its latest verified backup, ${latest.name} (made ${latest.createdAt}); the damaged file is kept aside, never overwritten. In Tessera choose “Restore the latest verified backup”; on the command line run: tessera restore "${dir}" ${latest.name}.`
    : 'It has no verified backup in its backups folder: restore the whole archive folder from a copy kept elsewhere.';
  return new ArchiveError('archive_unavailable', `The archive database in ${dir} ${what} (${detail}). ${offer} Nothing was changed.`);
}
