import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BACKUP_KINDS, type BackupInfo } from '../../../shared/api/backups';

/**
 * What a backup is on disk. A backup is a folder, `backups/<archive>-<UTC stamp>.backup/`, that
 * holds everything needed to bring the archive back:
 *
 *   archive.sqlite     a copy made with SQLite's online backup API, verified with integrity_check
 *   files/ab/cd/<sha>  every stored file the copy lists (hard links to the archive's own files
 *                      when the backup is on the same drive: they are immutable, so a link costs
 *                      nothing and survives the archive's copy being deleted; copies otherwise)
 *   backup.json        what the backup holds and when it was verified (the manifest below)
 *
 * The folder is written under a hidden work name and renamed only once verified, so a folder
 * with a `.backup` name and a manifest is always a whole, verified backup.
 */

export const BACKUPS_DIR = 'backups';
export const BACKUP_EXT = '.backup';
export const MANIFEST = 'backup.json';
export const BACKUP_DB = 'archive.sqlite';
/** Scheduled backups kept per archive; older scheduled ones are removed (manual ones never). */
export const KEEP_SCHEDULED = 10;

export const manifest = z.object({
  format: z.literal('tessera-backup'),
  formatVersion: z.literal(1),
  archiveName: z.string(),
  createdAt: z.string(),
  kind: z.enum(BACKUP_KINDS),
  schemaVersion: z.number().int(),
  testimonies: z.number().int(),
  files: z.number().int(),
  bytes: z.number().int(),
  verifiedAt: z.string(),
});
export type Manifest = z.output<typeof manifest>;

/** "2026-05-01T14-32-07Z": sortable, and a legal file name on every system. */
export function stamp(iso: string): string {
  return `${iso.slice(0, 19).replace(/:/g, '-')}Z`;
}

/** A file-name-safe short form of the archive's name. */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'archive';
}

export function backupName(archiveName: string, createdAt: string): string {
  return `${slug(archiveName)}-${stamp(createdAt)}${BACKUP_EXT}`;
}

/** The manifest of the backup folder at `dir`, or null when it is not a whole backup. */
export function readManifest(dir: string): Manifest | null {
  try {
    const parsed = manifest.safeParse(JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function infoOf(dir: string, m: Manifest): BackupInfo {
  return { name: path.basename(dir), path: dir, createdAt: m.createdAt, kind: m.kind, schemaVersion: m.schemaVersion, files: m.files, bytes: m.bytes, verifiedAt: m.verifiedAt };
}

/** The whole backups in an archive's backups/ folder, newest first. Work folders and strays are skipped. */
export function listBackups(archiveDir: string): BackupInfo[] {
  const root = path.join(archiveDir, BACKUPS_DIR);
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    if (!name.endsWith(BACKUP_EXT) || name.startsWith('.')) continue;
    const dir = path.join(root, name);
    try {
      if (!statSync(dir).isDirectory()) continue;
    } catch {
      continue;
    }
    const m = readManifest(dir);
    if (m) found.push(infoOf(dir, m));
  }
  return found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.name.localeCompare(a.name)));
}

/** The newest whole backup of an archive, or null. */
export const latestBackup = (archiveDir: string): BackupInfo | null => listBackups(archiveDir)[0] ?? null;
