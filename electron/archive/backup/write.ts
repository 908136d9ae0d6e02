import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { nativeBindingPath } from '../db/native';
import { openReadOnly } from '../db/readOnly';
import { ArchiveError } from '../db/errors';
import { DB_FILE } from '../db/open';
import { storedFilePath } from '../files/store';
import { readSettings } from '../settings/settings';
import type { JobIO } from '../jobs/protocol';
import { BACKUP_DB, BACKUPS_DIR, backupName, infoOf, KEEP_SCHEDULED, listBackups, MANIFEST, type Manifest } from './layout';
import { databaseProblem, verifyBackup } from './verify';
import type { BackupInfo } from '../../../shared/api/backups';

/** What one backup needs; it runs in a job's worker thread (jobs/worker.ts) or in the CLI. */
export interface BackupParams {
  /** The archive's folder; its database is read through a read-only connection of its own. */
  archiveDir: string;
  /** An empty folder (it is made) the backup is written into. */
  workDir: string;
  kind: Manifest['kind'];
  createdAt: string;
}

/** File systems without hard links (FAT, exFAT) and links across drives answer link() with one of these. */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

/** A stored file into the backup: a hard link when the drive allows (the content never changes), else a copy. */
function keepFile(from: string, to: string): 'linked' | 'copied' {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    linkSync(from, to);
    return 'linked';
  } catch (e) {
    if (!CANNOT_LINK.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
  }
  copyFileSync(from, to);
  const fd = openSync(to, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return 'copied';
}

function nativeOption(): { nativeBinding?: string } {
  const nativeBinding = nativeBindingPath();
  return nativeBinding ? { nativeBinding } : {};
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a backup into `workDir` and verifies it there: the database through SQLite's online
 * backup API (a consistent copy while the app goes on writing), then every stored file the copy
 * lists, then integrity_check and file fixity on the result, then the manifest. It does not move
 * the folder into place (the caller does, once this has answered), so a backup that failed half
 * way is never taken for a whole one.
 */
export async function writeBackup(p: BackupParams, io: JobIO = { progress: () => undefined }): Promise<{ summary: string; manifest: Manifest }> {
  mkdirSync(p.workDir, { recursive: true });
  const target = path.join(p.workDir, BACKUP_DB);
  const source = openReadOnly(path.join(p.archiveDir, DB_FILE));
  try {
    io.progress('Copying the database');
    await source.backup(target, {
      progress({ totalPages, remainingPages }) {
        io.progress('Copying the database', totalPages - remainingPages, totalPages);
        return 256;
      },
    });
  } finally {
    source.close();
  }
  // A backup is one self-contained file: out of WAL mode, so reading it never needs -wal or -shm
  // files beside it (openArchive puts a restored archive back into WAL mode).
  const own = new Database(target, { fileMustExist: true, ...nativeOption() });
  try {
    own.pragma('journal_mode = DELETE');
  } finally {
    own.close();
  }
  syncFile(target);
  const problem = databaseProblem(target);
  if (problem) throw new Error(`The backup copy did not verify: ${problem}. Nothing was kept; try again, and run "tessera verify" on the archive.`);

  const copy = openReadOnly(target);
  let archiveName: string;
  let testimonies: number;
  let schemaVersion: number;
  let shas: { sha256: string; bytes: number }[];
  try {
    archiveName = readSettings(copy).archiveName;
    testimonies = copy.prepare('SELECT count(*) FROM testimonies').pluck().get() as number;
    schemaVersion = copy.pragma('user_version', { simple: true }) as number;
    shas = copy.prepare('SELECT sha256, bytes FROM files ORDER BY sha256').all() as { sha256: string; bytes: number }[];
  } finally {
    copy.close();
  }
  let linked = 0;
  for (const [i, f] of shas.entries()) {
    io.progress('Keeping stored files', i, shas.length);
    const from = storedFilePath(p.archiveDir, f.sha256);
    if (!existsSync(from)) throw new Error(`Stored file ${f.sha256} is missing from the archive, so the backup would be incomplete. Run "tessera verify" to see which record uses it.`);
    if (keepFile(from, storedFilePath(p.workDir, f.sha256)) === 'linked') linked += 1;
  }
  const bytes = statSync(target).size + shas.reduce((n, f) => n + f.bytes, 0);
  const m: Manifest = { format: 'tessera-backup', formatVersion: 1, archiveName, createdAt: p.createdAt, kind: p.kind, schemaVersion, testimonies, files: shas.length, bytes, verifiedAt: '' };
  // The manifest goes last: verifyBackup needs it, so it is written, then the whole checked.
  m.verifiedAt = new Date().toISOString();
  writeFileSync(path.join(p.workDir, MANIFEST), `${JSON.stringify(m, null, 2)}\n`);
  syncFile(path.join(p.workDir, MANIFEST));
  io.progress('Verifying the backup');
  verifyBackup(p.workDir, (done, total) => io.progress('Verifying stored files', done, total));
  const files = shas.length === 0 ? 'no stored files' : `${shas.length} stored file${shas.length === 1 ? '' : 's'} (${linked} hard-linked, ${shas.length - linked} copied)`;
  return { summary: `Backup of ${archiveName}: ${testimonies} testimonies and ${files}, verified with integrity_check.`, manifest: m };
}

/** Where backups of an archive go by default, and the work folder beside it. */
export function backupTarget(archiveDir: string, archiveName: string, createdAt: string, out?: string): { finalDir: string; workDir: string } {
  const finalDir = out ? path.resolve(out) : path.join(archiveDir, BACKUPS_DIR, backupName(archiveName, createdAt));
  if (existsSync(finalDir)) throw new ArchiveError('conflict', `${finalDir} already exists. Choose another place for the backup.`, 'out');
  const workDir = path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.partial-${process.pid}`);
  return { finalDir, workDir };
}

/** Removes the oldest scheduled backups beyond `keep` (manual backups are the person's to remove). */
export function pruneScheduled(archiveDir: string, keep = KEEP_SCHEDULED): string[] {
  const old = listBackups(archiveDir)
    .filter((b) => b.kind === 'scheduled')
    .slice(keep);
  for (const b of old) rmSync(b.path, { recursive: true, force: true });
  return old.map((b) => b.name);
}

/**
 * `backupArchive(dir, out?)`: one verified backup, in this process (the CLI; the app runs the same
 * writeBackup in a job). Written under a hidden work name, verified, then renamed into place.
 */
export async function backupArchive(
  archiveDir: string,
  opts: { out?: string; kind?: Manifest['kind']; now?: string; io?: JobIO } = {},
): Promise<BackupInfo> {
  const dir = path.resolve(archiveDir);
  const createdAt = opts.now ?? new Date().toISOString();
  const name = (() => {
    const db = openReadOnly(path.join(dir, DB_FILE));
    try {
      return readSettings(db).archiveName;
    } finally {
      db.close();
    }
  })();
  const { finalDir, workDir } = backupTarget(dir, name, createdAt, opts.out);
  mkdirSync(path.dirname(finalDir), { recursive: true });
  try {
    const { manifest } = await writeBackup({ archiveDir: dir, workDir, kind: opts.kind ?? 'manual', createdAt }, opts.io);
    renameSync(workDir, finalDir);
    if ((opts.kind ?? 'manual') === 'scheduled') pruneScheduled(dir);
    return infoOf(finalDir, manifest);
  } catch (e) {
    rmSync(workDir, { recursive: true, force: true });
    throw e;
  }
}
