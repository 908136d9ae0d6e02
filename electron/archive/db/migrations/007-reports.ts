/**
 * Findings, recommendations and the final report (issue 7).
 *
 * - `findings`: what the commission found, in Markdown, with a reference code (F-001, …).
 * - `finding_themes`, `finding_citations`: its themes, and its evidence. A citation is a span of one
 *   testimony's transcript (UTF-16 offsets, like passages) kept with the words it quoted, so that a
 *   later edit of the transcript can be noticed and the words found again or reported missing.
 * - `recommendations`: numbered 1, 2, 3, … (unique; renumbering goes through negative numbers in
 *   one transaction). `status` and `status_date` repeat the latest implementation entry so that the
 *   tracker filters and counts from one table; `search_text` is the folded number, title, text and
 *   addressee for the tracker's text filter.
 * - `recommendation_status_events`: the dated implementation history, in the order recorded (`seq`).
 * - `recommendation_themes`, `recommendation_findings`: links.
 * - `reports`, `report_sections`: the report and its ordered Markdown sections.
 */
export const sql = `
CREATE TABLE findings (
  id TEXT PRIMARY KEY,
  ref TEXT NOT NULL COLLATE NOCASE UNIQUE,
  ref_sort TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX findings_ref ON findings(ref_sort);

CREATE TABLE finding_themes (
  finding_id TEXT NOT NULL REFERENCES findings(id),
  theme_id TEXT NOT NULL REFERENCES themes(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (finding_id, theme_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX finding_themes_theme ON finding_themes(theme_id);

CREATE TABLE finding_citations (
  id TEXT PRIMARY KEY,
  finding_id TEXT NOT NULL REFERENCES findings(id),
  testimony_id TEXT NOT NULL REFERENCES testimonies(id),
  start INTEGER NOT NULL CHECK (start >= 0),
  end INTEGER NOT NULL CHECK (end > start),
  quote TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX finding_citations_finding ON finding_citations(finding_id, position);
CREATE INDEX finding_citations_testimony ON finding_citations(testimony_id);

CREATE TABLE recommendations (
  id TEXT PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  addressee TEXT NOT NULL,
  addressee_type TEXT NOT NULL CHECK (addressee_type IN ('justice_department','legislature','police','local_government','courts','community','other')),
  priority TEXT NOT NULL CHECK (priority IN ('high','medium','low')),
  status TEXT NOT NULL CHECK (status IN ('not_started','proposed','underway','complete','rejected')),
  status_date TEXT NOT NULL,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX recommendations_status ON recommendations(status, number);
CREATE INDEX recommendations_addressee ON recommendations(addressee, number);

CREATE TABLE recommendation_status_events (
  id TEXT PRIMARY KEY,
  recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
  seq INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('not_started','proposed','underway','complete','rejected')),
  date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  assessed_by TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  UNIQUE (recommendation_id, seq)
) STRICT;

CREATE TABLE recommendation_themes (
  recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
  theme_id TEXT NOT NULL REFERENCES themes(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (recommendation_id, theme_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX recommendation_themes_theme ON recommendation_themes(theme_id);

CREATE TABLE recommendation_findings (
  recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
  finding_id TEXT NOT NULL REFERENCES findings(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (recommendation_id, finding_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX recommendation_findings_finding ON recommendation_findings(finding_id);

CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  subtitle TEXT NOT NULL DEFAULT '',
  authors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),
  report_date TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE report_sections (
  id TEXT PRIMARY KEY,
  report_id TEXT NOT NULL REFERENCES reports(id),
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX report_sections_report ON report_sections(report_id, position);
`;
