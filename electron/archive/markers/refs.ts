import type { Database } from 'better-sqlite3';
import { ArchiveError } from '../db/errors';

/**
 * Markers have their own short codes, M-001, M-002 …, apart from the testimonies' pattern: a
 * marker is cited on a plaque's record sheet and in council papers, where a short code reads best.
 */
const PREFIX = 'M-';

const formatMarkerRef = (n: number) => `${PREFIX}${String(n).padStart(3, '0')}`;

function taken(db: Database, ref: string): boolean {
  return db.prepare('SELECT 1 FROM markers WHERE ref = ?').get(ref) !== undefined;
}

/** The code after the highest M-number in use (typed by hand or not); gaps are left as people left them. */
export function nextMarkerRef(db: Database): string {
  const { top } = db
    .prepare("SELECT coalesce(max(CAST(substr(ref, 3) AS INTEGER)), 0) AS top FROM markers WHERE ref GLOB 'M-[0-9]*' AND substr(ref, 3) NOT GLOB '*[^0-9]*'")
    .get() as { top: number };
  let n = top + 1;
  while (taken(db, formatMarkerRef(n))) n += 1; // a safeguard: the unique index would refuse a clash anyway
  return formatMarkerRef(n);
}

/** Refuses a code another marker already has (codes compare without case). */
export function requireFreeRef(db: Database, ref: string, exceptId: string | null): void {
  const row = db.prepare('SELECT id, ref, title FROM markers WHERE ref = ?').get(ref) as { id: string; ref: string; title: string } | undefined;
  if (row && row.id !== exceptId) {
    throw new ArchiveError('conflict', `Reference code ${ref} is already used by ${row.ref} (${row.title}). Choose another, or leave it empty to number it ${nextMarkerRef(db)}.`, 'ref');
  }
}
