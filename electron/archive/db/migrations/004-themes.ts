/**
 * The thesaurus and coding (issue 3).
 *
 * - `themes`: a SKOS-like hierarchy. `label_sort` is the folded label (duplicate labels under one
 *   parent are refused by the services and by a unique index). `search_labels` is the label and
 *   every other label as one text, kept by the services so the search view needs no JSON.
 *   A merged theme is kept (retired, `merged_into` set) so that history and old links resolve.
 * - `testimony_themes`: a theme on a whole testimony.
 * - `passages`: anchored spans of a transcript — coded passages (`code`) and segments
 *   (`segment`); `redaction` is reserved for redacted spans, which use the same anchoring. Offsets
 *   are UTF-16 indices into the transcript; `quote` is the span's text when last anchored;
 *   `review` says why a person should look at it after an edit ('' when nothing to review).
 * - `testimonies.theme_ids`: the distinct themes a testimony carries (whole, passages, segments),
 *   for the search facet, in the covering index search reads.
 * - The search view gains theme labels and segment titles, synopses and keywords; the index is rebuilt.
 */
export const sql = `
CREATE TABLE themes (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  label_sort TEXT NOT NULL,
  alt_labels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(alt_labels)),
  search_labels TEXT NOT NULL DEFAULT '',
  scope_note TEXT NOT NULL DEFAULT '',
  parent_id TEXT REFERENCES themes(id),
  colour TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0,1)),
  merged_into TEXT REFERENCES themes(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX themes_parent ON themes(parent_id, label_sort);
CREATE UNIQUE INDEX themes_sibling_label ON themes(coalesce(parent_id, ''), label_sort) WHERE merged_into IS NULL;

CREATE TABLE testimony_themes (
  testimony_id TEXT NOT NULL REFERENCES testimonies(id),
  theme_id TEXT NOT NULL REFERENCES themes(id),
  note TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (testimony_id, theme_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX testimony_themes_theme ON testimony_themes(theme_id);

CREATE TABLE passages (
  id TEXT PRIMARY KEY,
  testimony_id TEXT NOT NULL REFERENCES testimonies(id),
  kind TEXT NOT NULL CHECK (kind IN ('code','segment','redaction')),
  start INTEGER NOT NULL CHECK (start >= 0),
  end INTEGER NOT NULL CHECK (end >= start),
  quote TEXT NOT NULL,
  review TEXT NOT NULL DEFAULT '' CHECK (review IN ('','changed','deleted')),
  note TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  synopsis TEXT NOT NULL DEFAULT '',
  keywords TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords)),
  time_start REAL,
  time_end REAL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX passages_testimony ON passages(testimony_id, kind, start);

CREATE TABLE passage_themes (
  passage_id TEXT NOT NULL REFERENCES passages(id),
  theme_id TEXT NOT NULL REFERENCES themes(id),
  PRIMARY KEY (passage_id, theme_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX passage_themes_theme ON passage_themes(theme_id, passage_id);

ALTER TABLE testimonies ADD COLUMN theme_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(theme_ids));
DROP INDEX testimonies_search_facts;
CREATE INDEX testimonies_search_facts ON testimonies(doc_id, withdrawn, access_level, type, date_start, hearing_id, ref_sort, languages, narrator_roles, place_ids, theme_ids, id);

DROP TABLE search_fts;
DROP VIEW search_content;
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
  coalesce((
    SELECT group_concat(n, ' ; ') FROM (
      SELECT th.search_labels AS n FROM themes th WHERE th.id IN (
        SELECT tt.theme_id FROM testimony_themes tt WHERE tt.testimony_id = t.id
        UNION SELECT pt.theme_id FROM passages ps JOIN passage_themes pt ON pt.passage_id = ps.id WHERE ps.testimony_id = t.id AND ps.kind IN ('code','segment'))
      ORDER BY th.id)
  ), '') AS themes,
  coalesce((
    SELECT group_concat(n, ' ; ') FROM (
      SELECT trim(ps.title || ' ' || ps.synopsis || ' ' || replace(replace(replace(replace(ps.keywords, '[]', ''), '["', ''), '"]', ''), '","', ', ')) AS n
      FROM passages ps WHERE ps.testimony_id = t.id AND ps.kind = 'segment' ORDER BY ps.start, ps.id)
  ), '') AS segments
FROM testimonies t LEFT JOIN testimony_texts x ON x.testimony_id = t.id;

CREATE VIRTUAL TABLE search_fts USING fts5(
  title, summary, transcript, people, places, themes, segments,
  content = 'search_content', content_rowid = 'doc_id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO search_fts(search_fts) VALUES ('rebuild');
`;
