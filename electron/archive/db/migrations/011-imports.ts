/**
 * Bulk import, attachments and archival exports (issue 5).
 *
 * - `testimony_files`: a testimony's attachments (recordings, transcripts as filed, scans, consent
 *   forms, photos). The bytes are the content-addressed store's (`files`, migration 6); the same
 *   content is stored once however often it is attached, and attached once per testimony.
 *   Removing an attachment removes the link (audited, with a reason); the stored file stays.
 * - `import_sources`: what each imported source became, so that importing the same files again
 *   updates or skips instead of duplicating. `key` names the source (a CSV row's reference code or
 *   fingerprint, a transcript's file name); `content_sha256` is what was last imported from it.
 * - `import_mappings`: a CSV's column-to-field mapping, remembered by its columns (`signature`).
 */
export const sql = `
CREATE TABLE testimony_files (
  id TEXT PRIMARY KEY,
  testimony_id TEXT NOT NULL REFERENCES testimonies(id),
  sha256 TEXT NOT NULL REFERENCES files(sha256),
  kind TEXT NOT NULL CHECK (kind IN ('recording','transcript','scan','consent_form','photo','other')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  position INTEGER NOT NULL,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL,
  UNIQUE (testimony_id, sha256)
) STRICT;
CREATE INDEX testimony_files_sha256 ON testimony_files(sha256);

CREATE TABLE import_sources (
  key TEXT PRIMARY KEY,
  testimony_id TEXT NOT NULL REFERENCES testimonies(id),
  content_sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX import_sources_testimony ON import_sources(testimony_id);

CREATE TABLE import_mappings (
  signature TEXT PRIMARY KEY,
  mapping TEXT NOT NULL CHECK (json_valid(mapping)),
  updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`;
