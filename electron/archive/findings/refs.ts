import type { Database } from 'better-sqlite3';
import { ArchiveError } from '../db/errors';

/** Findings have short codes, F-001, F-002 …, as a report cites them ("see finding F-004"). */
const PREFIX = 'F-';

const formatFindingRef = (n: number) => `${PREFIX}${String(n).padStart(3, '0')}`;

function taken(db: Database, ref: string): boolean {
  return db.prepare('SELECT 1 FROM findings WHERE ref = ?').get(ref) !== undefined;
}

/** The code after the highest F-number in use (typed by hand or not); gaps are left as people left them. */
export function nextFindingRef(db: Database): string {
  const { top } = db
    .prepare("SELECT coalesce(max(CAST(substr(ref, 3) AS INTEGER)), 0) AS top FROM findings WHERE ref GLOB 'F-[0-9]*' AND substr(ref, 3) NOT GLOB '*[^0-9]*'")
    .get() as { top: number };
  let n = top + 1;
  while (taken(db, formatFindingRef(n))) n += 1; // the column compares without case: f-002 takes F-002
  return formatFindingRef(n);
}

/** Refuses a code another finding already has (codes compare without case). */
export function requireFreeFindingRef(db: Database, ref: string, exceptId: string | null): void {
  const row = db.prepare('SELECT id, ref, title FROM findings WHERE ref = ?').get(ref) as { id: string; ref: string; title: string } | undefined;
  if (row && row.id !== exceptId) {
    throw new ArchiveError('conflict', `Reference code ${ref} is already used by finding ${row.ref} (${row.title}). Choose another, or leave it empty to number it ${nextFindingRef(db)}.`, 'ref');
  }
}
