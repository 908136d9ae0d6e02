import type { Database } from 'better-sqlite3';
import { parseFlexDate } from '../../../shared/model/flexDate';

/**
 * Writes the normalised ranges of a testimony's dates — recorded and spoken about — to
 * `testimony_dates`, where search's `date:` filter looks. Unparseable text has no range.
 */
export function writeDates(db: Database, testimonyId: string, recorded: string, spokenAbout: readonly string[]): void {
  db.prepare('DELETE FROM testimony_dates WHERE testimony_id = ?').run(testimonyId);
  const insert = db.prepare('INSERT INTO testimony_dates (testimony_id, start, end) VALUES (?, ?, ?)');
  for (const text of [recorded, ...spokenAbout]) {
    const d = parseFlexDate(text);
    if (d.ok && d.value.start !== null && d.value.end !== null) insert.run(testimonyId, d.value.start, d.value.end);
  }
}
