/**
 * Memorials and markers (issue 6), and the archive's first attachments.
 *
 * - `files`: the content-addressed store. One row per distinct content; the bytes live at
 *   `<archive>/files/ab/cd/<sha256>` and never change (files/store.ts writes them).
 * - `markers`: the record a person edits. `status` and `status_date` repeat the latest row of
 *   `marker_status_events` so that the list filters and sorts from one index; `search_text` is the
 *   folded reference, title, subtitle and address for the list's text filter.
 * - `marker_inscriptions`: every version of the inscription. The text of a version never changes
 *   and versions are never deleted; a state only moves draft → approved → superseded. Triggers hold
 *   those rules even against code that forgets them, and at most one version is approved at a time.
 * - `marker_status_events`: the dated workflow history, in the order it was recorded (`seq`).
 * - `marker_honourees`, `marker_testimonies`, `marker_hearings`: links, in the order given.
 * - `marker_photos`: a photo is a stored file with a caption, a credit and a place in the order.
 * - `places_parent`: the list's place filter walks down the place tree.
 */
export const sql = `
CREATE TABLE files (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  bytes INTEGER NOT NULL CHECK (bytes > 0),
  media_type TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE markers (
  id TEXT PRIMARY KEY,
  ref TEXT NOT NULL COLLATE NOCASE UNIQUE,
  ref_sort TEXT NOT NULL,
  title TEXT NOT NULL,
  subtitle TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL CHECK (type IN ('historical_marker','monument','plaque','memorial_site')),
  status TEXT NOT NULL CHECK (status IN ('proposed','approved','fabricated','installed','dedicated','damaged','missing')),
  status_date TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  place_id TEXT REFERENCES places(id),
  latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
  directions TEXT NOT NULL DEFAULT '',
  erected_by TEXT NOT NULL DEFAULT '',
  sponsors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sponsors)),
  dedication_date TEXT NOT NULL DEFAULT '',
  ceremony_notes TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((latitude IS NULL) = (longitude IS NULL))
) STRICT;
CREATE INDEX markers_ref ON markers(ref_sort);
CREATE INDEX markers_status ON markers(status, ref_sort);
CREATE INDEX markers_type ON markers(type, ref_sort);
CREATE INDEX markers_place ON markers(place_id, ref_sort);
CREATE INDEX places_parent ON places(parent_id);

CREATE TABLE marker_inscriptions (
  id TEXT PRIMARY KEY,
  marker_id TEXT NOT NULL REFERENCES markers(id),
  version INTEGER NOT NULL CHECK (version >= 1),
  text TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft','approved','superseded')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  approved_by TEXT,
  approved_on TEXT,
  recorded_by TEXT,
  CHECK ((state = 'draft') = (approved_by IS NULL)),
  UNIQUE (marker_id, version)
) STRICT;
CREATE UNIQUE INDEX marker_inscriptions_one_approved ON marker_inscriptions(marker_id) WHERE state = 'approved';

CREATE TRIGGER marker_inscriptions_text_locked BEFORE UPDATE OF marker_id, version, text, created_at, created_by ON marker_inscriptions
BEGIN SELECT RAISE(ABORT, 'an inscription version is never rewritten: save a new version'); END;
CREATE TRIGGER marker_inscriptions_approval_locked BEFORE UPDATE OF state, approved_by, approved_on, recorded_by ON marker_inscriptions
WHEN NOT ((OLD.state = 'draft' AND NEW.state = 'approved') OR (OLD.state = 'approved' AND NEW.state = 'superseded'
  AND NEW.approved_by IS OLD.approved_by AND NEW.approved_on IS OLD.approved_on AND NEW.recorded_by IS OLD.recorded_by))
BEGIN SELECT RAISE(ABORT, 'an approved inscription is locked'); END;
CREATE TRIGGER marker_inscriptions_kept BEFORE DELETE ON marker_inscriptions
BEGIN SELECT RAISE(ABORT, 'inscription versions are kept'); END;

CREATE TABLE marker_status_events (
  id TEXT PRIMARY KEY,
  marker_id TEXT NOT NULL REFERENCES markers(id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  from_status TEXT CHECK (from_status IS NULL OR from_status IN ('proposed','approved','fabricated','installed','dedicated','damaged','missing')),
  to_status TEXT NOT NULL CHECK (to_status IN ('proposed','approved','fabricated','installed','dedicated','damaged','missing')),
  date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  by_user TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  UNIQUE (marker_id, seq)
) STRICT;
CREATE TRIGGER marker_status_events_kept BEFORE DELETE ON marker_status_events
BEGIN SELECT RAISE(ABORT, 'the status history is kept'); END;

CREATE TABLE marker_honourees (
  marker_id TEXT NOT NULL REFERENCES markers(id),
  person_id TEXT NOT NULL REFERENCES people(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (marker_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX marker_honourees_person ON marker_honourees(person_id);

CREATE TABLE marker_testimonies (
  marker_id TEXT NOT NULL REFERENCES markers(id),
  testimony_id TEXT NOT NULL REFERENCES testimonies(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (marker_id, testimony_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX marker_testimonies_testimony ON marker_testimonies(testimony_id);

CREATE TABLE marker_hearings (
  marker_id TEXT NOT NULL REFERENCES markers(id),
  hearing_id TEXT NOT NULL REFERENCES hearings(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (marker_id, hearing_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX marker_hearings_hearing ON marker_hearings(hearing_id);

CREATE TABLE marker_photos (
  id TEXT PRIMARY KEY,
  marker_id TEXT NOT NULL REFERENCES markers(id),
  sha256 TEXT NOT NULL REFERENCES files(sha256),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg','image/png')),
  bytes INTEGER NOT NULL CHECK (bytes > 0),
  width INTEGER NOT NULL CHECK (width > 0),
  height INTEGER NOT NULL CHECK (height > 0),
  caption TEXT NOT NULL DEFAULT '',
  credit TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL CHECK (position >= 0),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;
CREATE INDEX marker_photos_marker ON marker_photos(marker_id, position);
CREATE INDEX marker_photos_file ON marker_photos(sha256);
`;
