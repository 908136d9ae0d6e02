import type { Database } from 'better-sqlite3';
import { hashFileSync } from './hash';
import { storedFilePath } from './store';

/**
 * Fixity: every file the archive lists is still at its address with the content its SHA-256
 * names. A problem is reported with the records that use the file, so a person knows what to
 * restore from a backup.
 */

export interface FixityProblem {
  sha256: string;
  problem: 'missing' | 'changed' | 'unreadable';
  /** Who uses the file, in words: "M-001 photo front.png". */
  usedBy: string[];
}

/** The SHA-256 and length of a stored file, or why it could not be read. */
function hashFile(file: string): { sha256: string; bytes: number } | 'missing' | 'unreadable' {
  try {
    return hashFileSync(file);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
}

function usersOf(db: Database, sha256: string): string[] {
  const photos = db
    .prepare('SELECT m.ref, p.file_name FROM marker_photos p JOIN markers m ON m.id = p.marker_id WHERE p.sha256 = ? ORDER BY m.ref_sort, p.position')
    .all(sha256) as { ref: string; file_name: string }[];
  return photos.map((p) => `${p.ref} photo ${p.file_name}`);
}

/** Re-hashes every stored file; answers how many were checked and what is wrong. */
export function checkFixity(db: Database, archiveDir: string): { files: number; problems: FixityProblem[] } {
  const rows = db.prepare('SELECT sha256, bytes FROM files ORDER BY sha256').all() as { sha256: string; bytes: number }[];
  const problems: FixityProblem[] = [];
  for (const row of rows) {
    const found = hashFile(storedFilePath(archiveDir, row.sha256));
    const problem = typeof found === 'string' ? found : found.sha256 !== row.sha256 || found.bytes !== row.bytes ? 'changed' : null;
    if (problem) problems.push({ sha256: row.sha256, problem, usedBy: usersOf(db, row.sha256) });
  }
  return { files: rows.length, problems };
}
