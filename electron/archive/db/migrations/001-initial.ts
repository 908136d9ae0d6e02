/** The first schema: records, links, settings and the append-only audit log. */
export const sql = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE places (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('country','region','county','city','town','neighbourhood','street','building','site','other')),
  parent_id TEXT REFERENCES places(id),
  latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX places_name ON places(name_sort);

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  other_names TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(other_names)),
  pseudonym TEXT NOT NULL DEFAULT '',
  community TEXT NOT NULL DEFAULT '',
  birth_year INTEGER,
  notes TEXT NOT NULL DEFAULT '',
  consent_to_be_named INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_be_named IN (0,1)),
  contact TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX people_name ON people(name_sort);

CREATE TABLE hearings (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('public_hearing','community_forum','private_session','memorial_dedication')),
  date_text TEXT NOT NULL DEFAULT '',
  date_start TEXT,
  date_end TEXT,
  place_id TEXT REFERENCES places(id),
  summary TEXT NOT NULL DEFAULT '',
  outcomes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE hearing_participants (
  hearing_id TEXT NOT NULL REFERENCES hearings(id),
  person_id TEXT NOT NULL REFERENCES people(id),
  PRIMARY KEY (hearing_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX hearing_participants_person ON hearing_participants(person_id);

CREATE TABLE testimonies (
  id TEXT PRIMARY KEY,
  ref TEXT NOT NULL COLLATE NOCASE UNIQUE,
  title TEXT NOT NULL,
  title_sort TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('draft','catalogued','reviewed')),
  type TEXT NOT NULL CHECK (type IN ('written_statement','audio','video','hearing_transcript')),
  languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
  date_text TEXT NOT NULL DEFAULT '',
  date_start TEXT,
  date_end TEXT,
  place_recorded_id TEXT REFERENCES places(id),
  dates_spoken_about TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(dates_spoken_about)),
  duration_seconds INTEGER CHECK (duration_seconds IS NULL OR duration_seconds >= 0),
  extent TEXT NOT NULL DEFAULT '',
  collection TEXT NOT NULL DEFAULT '',
  series TEXT NOT NULL DEFAULT '',
  hearing_id TEXT REFERENCES hearings(id),
  provenance TEXT NOT NULL DEFAULT '',
  word_count INTEGER NOT NULL DEFAULT 0,
  access_level TEXT NOT NULL CHECK (access_level IN ('public','restricted','confidential','sealed')),
  embargo_until TEXT,
  consent TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(consent)),
  content_warnings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(content_warnings)),
  cataloguer TEXT NOT NULL DEFAULT '',
  narrators TEXT NOT NULL DEFAULT '',
  withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0,1)),
  withdrawn_at TEXT,
  withdrawn_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX testimonies_ref ON testimonies(withdrawn, ref);
CREATE INDEX testimonies_title ON testimonies(withdrawn, title_sort);
CREATE INDEX testimonies_date ON testimonies(withdrawn, date_start);
CREATE INDEX testimonies_updated ON testimonies(withdrawn, updated_at);
CREATE INDEX testimonies_status ON testimonies(status, access_level);
CREATE INDEX testimonies_withdrawn_access ON testimonies(withdrawn, access_level);
CREATE INDEX testimonies_type ON testimonies(type);
CREATE INDEX testimonies_hearing ON testimonies(hearing_id);
CREATE INDEX testimonies_place ON testimonies(place_recorded_id);

-- Transcripts live apart from the catalogue row so that lists, counts and filters never read
-- (or follow overflow pages of) long texts.
CREATE TABLE testimony_texts (
  testimony_id TEXT PRIMARY KEY REFERENCES testimonies(id),
  transcript TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;

CREATE TABLE testimony_people (
  testimony_id TEXT NOT NULL REFERENCES testimonies(id),
  person_id TEXT NOT NULL REFERENCES people(id),
  role TEXT NOT NULL CHECK (role IN ('narrator','interviewer','interpreter')),
  narrator_role TEXT CHECK (narrator_role IS NULL OR narrator_role IN ('survivor','family_member','witness','community_member','officer','offender','expert')),
  position INTEGER NOT NULL,
  PRIMARY KEY (testimony_id, person_id, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX testimony_people_person ON testimony_people(person_id);

CREATE TABLE testimony_places (
  testimony_id TEXT NOT NULL REFERENCES testimonies(id),
  place_id TEXT NOT NULL REFERENCES places(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (testimony_id, place_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX testimony_places_place ON testimony_places(place_id);

CREATE TABLE ref_counters (
  prefix TEXT PRIMARY KEY,
  next INTEGER NOT NULL
) STRICT;

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user TEXT NOT NULL,
  method TEXT NOT NULL,
  action TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  changes TEXT NOT NULL CHECK (json_valid(changes))
) STRICT;
CREATE INDEX audit_entity ON audit_log(entity_type, entity_id, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;
