/**
 * Full-text search (FTS5) over testimonies, kept in the same database and the same transactions.
 *
 * - `doc_id` is the testimony's search key: an integer that never changes (the implicit rowid of
 *   a table with a text primary key may be renumbered by VACUUM, so it cannot serve).
 * - `search_content` is the view the index reads: one row per testimony with the text of its
 *   catalogue record, its transcript, and the names of the people and places linked to it.
 *   `themes` and `segments` are empty until thesaurus coding arrives; that step redefines the view
 *   and rebuilds.
 * - `search_fts` is an external-content FTS5 table over the view, so no text is stored twice. The
 *   services (electron/archive/search/indexer.ts) remove a testimony's entry before any change to
 *   what the view shows for it and add it back after, in the same transaction.
 * - Other names follow the name in brackets, "Thandeka Ngcobo (Ma Ngcobo, Thandi)", unpacked from
 *   their JSON array with replace() (quotes inside a name stay escaped; the tokenizer skips them).
 *   (Table-valued functions such as json_each cannot be used inside the view FTS5 reads.)
 * - Plain SQL only (no ORDER BY inside group_concat): the sqlite3 shell of older systems must
 *   still read the schema of an archive.
 * - unicode61 with remove_diacritics 2 makes case and Latin diacritics not matter; prefix indexes
 *   of 2 and 3 characters keep `po*` fast.
 */
import type { Database } from 'better-sqlite3';
import { facetColumns, writeDates } from '../../testimonies/searchFacts';

export const sql = `
ALTER TABLE testimonies ADD COLUMN doc_id INTEGER;
-- Facet values that live in link tables, kept on the row (JSON arrays of distinct values) so that
-- facet counts over thousands of hits read one row each.
ALTER TABLE testimonies ADD COLUMN narrator_roles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(narrator_roles));
ALTER TABLE testimonies ADD COLUMN place_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(place_ids));
UPDATE testimonies SET doc_id = rowid;
CREATE UNIQUE INDEX testimonies_doc ON testimonies(doc_id);
-- Everything a search reads about each hit (scope, facets, ordering), so that thousands of hits
-- are read from this index alone, not from the wide rows.
CREATE INDEX testimonies_search_facts ON testimonies(doc_id, withdrawn, access_level, type, date_start, hearing_id, ref_sort, languages, narrator_roles, place_ids, id);

CREATE VIEW search_content AS
SELECT
  t.doc_id AS doc_id,
  t.title AS title,
  t.summary AS summary,
  coalesce(x.transcript, '') AS transcript,
  coalesce((
    SELECT group_concat(n, ' ; ') FROM (
      SELECT p.name || replace(replace(replace(replace(p.other_names, '[]', ''), '["', ' ('), '"]', ')'), '","', ', ') AS n
      FROM testimony_people tp JOIN people p ON p.id = tp.person_id WHERE tp.testimony_id = t.id ORDER BY tp.position, tp.role)
  ), '') AS people,
  trim(coalesce((SELECT pr.name FROM places pr WHERE pr.id = t.place_recorded_id), '') || ' ; ' || coalesce((
    SELECT group_concat(n, ' ; ') FROM (
      SELECT pl.name AS n FROM testimony_places tpl JOIN places pl ON pl.id = tpl.place_id WHERE tpl.testimony_id = t.id ORDER BY tpl.position)
  ), ''), ' ;') AS places,
  '' AS themes,
  '' AS segments
FROM testimonies t LEFT JOIN testimony_texts x ON x.testimony_id = t.id;

CREATE VIRTUAL TABLE search_fts USING fts5(
  title, summary, transcript, people, places, themes, segments,
  content = 'search_content', content_rowid = 'doc_id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO search_fts(search_fts) VALUES ('rebuild');

-- Every date a testimony is about or was recorded on, normalised, for date: ranges in search.
CREATE TABLE testimony_dates (
  testimony_id TEXT NOT NULL REFERENCES testimonies(id),
  start TEXT NOT NULL,
  end TEXT NOT NULL
) STRICT;
CREATE INDEX testimony_dates_testimony ON testimony_dates(testimony_id);

CREATE TABLE saved_searches (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  q TEXT NOT NULL,
  filters TEXT NOT NULL CHECK (json_valid(filters)),
  sort TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
`;

/** Fills the dates and facet values of testimonies catalogued before this step. */
export function after(db: Database): void {
  const rows = db.prepare('SELECT id, date_text, dates_spoken_about, place_recorded_id FROM testimonies').all() as {
    id: string;
    date_text: string;
    dates_spoken_about: string;
    place_recorded_id: string | null;
  }[];
  const roles = db.prepare("SELECT narrator_role AS r FROM testimony_people WHERE testimony_id = ? AND role = 'narrator' AND narrator_role IS NOT NULL ORDER BY position");
  const places = db.prepare('SELECT place_id AS p FROM testimony_places WHERE testimony_id = ? ORDER BY position');
  const set = db.prepare('UPDATE testimonies SET narrator_roles = ?, place_ids = ? WHERE id = ?');
  for (const r of rows) {
    writeDates(db, r.id, r.date_text, JSON.parse(r.dates_spoken_about) as string[]);
    const facets = facetColumns(
      (roles.all(r.id) as { r: string }[]).map((x) => x.r),
      [r.place_recorded_id, ...(places.all(r.id) as { p: string }[]).map((x) => x.p)],
    );
    set.run(facets.narrator_roles, facets.place_ids, r.id);
  }
}
