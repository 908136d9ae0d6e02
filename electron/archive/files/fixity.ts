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
  /** Who uses the file, in words: "testimony T-0001 “Title” (recording interview.mp3)", "M-001 photo front.png". */
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

/**
 * The records that use a file: each testimony it is attached to, by reference code and title
 * ("testimony T-0001 “Statement of A. B.” (recording interview.mp3)"), and each marker photo, with the
 * testimonies its marker cites (a photo of a memorial belongs to the testimonies it
 * commemorates), e.g. "M-001 photo front.png (of testimony T-0001)".
 */
function usersOf(db: Database, sha256: string): string[] {
  const attached = db
    .prepare(
      `SELECT t.ref, t.title, tf.kind, tf.name FROM testimony_files tf JOIN testimonies t ON t.id = tf.testimony_id
        WHERE tf.sha256 = ? ORDER BY t.ref_sort, tf.position`,
    )
    .all(sha256) as { ref: string; title: string; kind: string; name: string }[];
  const photos = db
    .prepare(
      `SELECT m.ref, p.file_name,
              (SELECT group_concat(ref, ', ') FROM (SELECT t.ref FROM marker_testimonies mt JOIN testimonies t ON t.id = mt.testimony_id
                WHERE mt.marker_id = m.id ORDER BY t.ref_sort)) AS testimonies
         FROM marker_photos p JOIN markers m ON m.id = p.marker_id WHERE p.sha256 = ? ORDER BY m.ref_sort, p.position`,
    )
    .all(sha256) as { ref: string; file_name: string; testimonies: string | null }[];
  return [
    ...attached.map((a) => `testimony ${a.ref} “${a.title}” (${a.kind.replace('_', ' ')} ${a.name})`),
    ...photos.map((p) => `${p.ref} photo ${p.file_name}${p.testimonies ? ` (of testimony ${p.testimonies})` : ''}`),
  ];
}

/**
 * Re-hashes every stored file; answers how many were checked and what is wrong. `onFile` hears
 * after each file how many of how many are done (a verification job's progress).
 */
export function checkFixity(db: Database, archiveDir: string, onFile?: (done: number, total: number) => void): { files: number; problems: FixityProblem[] } {
  const rows = db.prepare('SELECT sha256, bytes FROM files ORDER BY sha256').all() as { sha256: string; bytes: number }[];
  const problems: FixityProblem[] = [];
  for (const [i, row] of rows.entries()) {
    onFile?.(i, rows.length);
    const found = hashFile(storedFilePath(archiveDir, row.sha256));
    const problem = typeof found === 'string' ? found : found.sha256 !== row.sha256 || found.bytes !== row.bytes ? 'changed' : null;
    if (problem) problems.push({ sha256: row.sha256, problem, usedBy: usersOf(db, row.sha256) });
  }
  return { files: rows.length, problems };
}
