import type { Database } from 'better-sqlite3';
import { refSortKey } from '../../../../shared/model/refCode';

/** Reference codes sort by their numbers: a sort key beside the code, and the list index on it. */
export const sql = `
ALTER TABLE testimonies ADD COLUMN ref_sort TEXT NOT NULL DEFAULT '';
DROP INDEX testimonies_ref;
CREATE INDEX testimonies_ref ON testimonies(withdrawn, ref_sort);
`;

/** Fills the key for testimonies catalogued before this step. */
export function after(db: Database): void {
  const rows = db.prepare('SELECT id, ref FROM testimonies').all() as { id: string; ref: string }[];
  const set = db.prepare('UPDATE testimonies SET ref_sort = ? WHERE id = ?');
  for (const r of rows) set.run(refSortKey(r.ref), r.id);
}
