import type { Database } from 'better-sqlite3';
import { parseFlexDate } from '../../../shared/model/flexDate';

/** What search reads about a testimony beyond its words: its dates, narrator roles and places. */

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

/** The facet values a testimony keeps on its row: distinct narrator roles and place ids. */
export function facetColumns(roles: readonly (string | null)[], places: readonly (string | null)[]): { narrator_roles: string; place_ids: string } {
  const distinct = (xs: readonly (string | null)[]) => JSON.stringify([...new Set(xs.filter((x): x is string => !!x))]);
  return { narrator_roles: distinct(roles), place_ids: distinct(places) };
}
