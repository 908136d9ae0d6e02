import type { Database } from 'better-sqlite3';
import { ArchiveError } from './errors';

/**
 * Short reference codes with a letter prefix and a three-digit number — M-001 for markers, F-001
 * for findings — numbered after the highest code in use (typed by hand or not; gaps are left as
 * people left them). The table's `ref` column compares without case, so f-002 takes F-002.
 */
export interface ShortCodes {
  next: (db: Database) => string;
  /** Refuses a code another record already has, on the `ref` field, offering the next free one. */
  requireFree: (db: Database, ref: string, exceptId: string | null) => void;
}

export function shortCodes(table: 'markers' | 'findings', prefix: 'M-' | 'F-', noun: string): ShortCodes {
  const format = (n: number) => `${prefix}${String(n).padStart(3, '0')}`;
  const taken = (db: Database, ref: string) => db.prepare(`SELECT 1 FROM ${table} WHERE ref = ?`).get(ref) !== undefined;
  const next = (db: Database): string => {
    const { top } = db
      .prepare(`SELECT coalesce(max(CAST(substr(ref, 3) AS INTEGER)), 0) AS top FROM ${table} WHERE ref GLOB '${prefix}[0-9]*' AND substr(ref, 3) NOT GLOB '*[^0-9]*'`)
      .get() as { top: number };
    let n = top + 1;
    while (taken(db, format(n))) n += 1;
    return format(n);
  };
  return {
    next,
    requireFree: (db, ref, exceptId) => {
      const row = db.prepare(`SELECT id, ref, title FROM ${table} WHERE ref = ?`).get(ref) as { id: string; ref: string; title: string } | undefined;
      if (row && row.id !== exceptId) {
        throw new ArchiveError('conflict', `Reference code ${ref} is already used by ${noun}${row.ref} (${row.title}). Choose another, or leave it empty to number it ${next(db)}.`, 'ref');
      }
    },
  };
}
