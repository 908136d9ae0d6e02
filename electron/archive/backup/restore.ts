import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/api/backups';
import { ArchiveError } from '../db/errors';
import { acquireLock, DB_FILE } from '../db/open';
import { nativeBindingPath } from '../db/native';
import { storedFilePath } from '../files/store';
import { BACKUP_DB, BACKUPS_DIR, infoOf, stamp } from './layout';
import { verifyBackup } from './verify';

/**
 * Restoring is one action: verify the backup, keep the current database aside (renamed, never
 * deleted, with its -wal so it still opens as it was), put a copy of the backup in its place and
 * bring back any stored file the backup lists that the archive lacks. The archive must be
 * closed (the workspace closes it, and opens it again after).
 */

export interface Restored {
  restored: BackupInfo;
  /** The name the database that was there is kept under, in the archive folder; null if there was none. */
  keptAs: string | null;
}

function fsyncPath(p: string, flags = 'r'): void {
  let fd: number | undefined;
  try {
    fd = openSync(p, flags);
    fsyncSync(fd);
  } catch {
    // Directories cannot be opened for fsync on every system (Windows); the rename still happened.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Resolves a backup given by name (in the archive's backups/ folder) or by path. */
export function backupPath(archiveDir: string, backup: string): string {
  const isName = !backup.includes('/') && !backup.includes('\\');
  // A bare name is looked for in the archive's backups/ folder only, never in the working folder.
  const candidate = isName ? path.join(archiveDir, BACKUPS_DIR, backup) : path.resolve(backup);
  if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
  throw new ArchiveError('not_found', `There is no backup called ${backup} in ${path.join(archiveDir, BACKUPS_DIR)}. Choose one from the list of backups.`, 'backup');
}

/** Stored files the backup lists and the archive lacks (lost, or the folder was emptied) come back. */
function bringBackFiles(archiveDir: string, from: string): number {
  const nativeBinding = nativeBindingPath();
  const db = new Database(path.join(from, BACKUP_DB), { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  let brought = 0;
  try {
    for (const sha of db.prepare('SELECT sha256 FROM files').pluck().all() as string[]) {
      const to = storedFilePath(archiveDir, sha);
      if (existsSync(to)) continue;
      mkdirSync(path.dirname(to), { recursive: true });
      try {
        linkSync(storedFilePath(from, sha), to);
      } catch {
        copyFileSync(storedFilePath(from, sha), to);
      }
      brought += 1;
    }
  } finally {
    db.close();
  }
  return brought;
}

export function restoreArchive(archiveDir: string, backup: string, opts: { damaged?: boolean; now?: string } = {}): Restored {
  const dir = path.resolve(archiveDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ArchiveError('not_found', `There is no archive folder at ${dir}.`, 'path');
  const from = backupPath(dir, backup);
  const manifest = verifyBackup(from);
  const release = acquireLock(dir);
  const incoming = path.join(dir, `.${DB_FILE}.restoring-${process.pid}`);
  const current = path.join(dir, DB_FILE);
  let keptAs: string | null = null;
  try {
    copyFileSync(path.join(from, BACKUP_DB), incoming);
    fsyncPath(incoming);
    if (statSync(incoming).size !== statSync(path.join(from, BACKUP_DB)).size) throw new Error('the copy of the backup is not the same size as the backup');
    bringBackFiles(dir, from);

    if (existsSync(current)) {
      keptAs = `${DB_FILE}.${opts.damaged ? 'damaged' : 'before-restore'}-${stamp(opts.now ?? new Date().toISOString())}`;
      if (existsSync(path.join(dir, keptAs))) throw new ArchiveError('conflict', `${keptAs} already exists in the archive folder. Wait a second and try again.`);
      renameSync(current, path.join(dir, keptAs));
      // The log of changes not yet folded into the file belongs to the kept database, not to the
      // backup: beside the backup it would be replayed into it.
      if (existsSync(`${current}-wal`)) renameSync(`${current}-wal`, path.join(dir, `${keptAs}-wal`));
      rmSync(`${current}-shm`, { force: true });
      rmSync(`${current}-journal`, { force: true });
    }
    renameSync(incoming, current);
    fsyncPath(dir);
    return { restored: infoOf(from, manifest), keptAs };
  } catch (e) {
    rmSync(incoming, { force: true });
    if (keptAs && !existsSync(current)) {
      // Put the database that was there back, so a failed restore changes nothing.
      renameSync(path.join(dir, keptAs), current);
      if (existsSync(path.join(dir, `${keptAs}-wal`))) renameSync(path.join(dir, `${keptAs}-wal`), `${current}-wal`);
    }
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError('archive_unavailable', `The backup could not be put in place (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). The archive folder was left as it was; check that you may write to it.`);
  } finally {
    release();
  }
}
