import { z } from 'zod';

/**
 * The testimony fields a spreadsheet column can be mapped to when importing a CSV, with the
 * words people read. Lists (languages, narrators, content warnings, attachments) are written in
 * one cell separated by semicolons. `attachments` are paths relative to the CSV file.
 */
export const CSV_FIELDS = [
  { key: 'ref', label: 'Reference code' },
  { key: 'title', label: 'Title' },
  { key: 'summary', label: 'Summary' },
  { key: 'status', label: 'Status' },
  { key: 'type', label: 'Type' },
  { key: 'languages', label: 'Languages' },
  { key: 'dateRecorded', label: 'Date recorded' },
  { key: 'placeRecorded', label: 'Place recorded (name)' },
  { key: 'duration', label: 'Duration' },
  { key: 'extent', label: 'Extent' },
  { key: 'collection', label: 'Collection' },
  { key: 'series', label: 'Series' },
  { key: 'hearing', label: 'Hearing (title)' },
  { key: 'provenance', label: 'Provenance' },
  { key: 'transcript', label: 'Transcript' },
  { key: 'accessLevel', label: 'Access level' },
  { key: 'embargoUntil', label: 'Embargo until' },
  { key: 'contentWarnings', label: 'Content warnings' },
  { key: 'narrators', label: 'Narrators (names)' },
  { key: 'interviewers', label: 'Interviewers (names)' },
  { key: 'cataloguer', label: 'Cataloguer' },
  { key: 'attachments', label: 'Attachments (file paths)' },
] as const;
export type CsvFieldKey = (typeof CSV_FIELDS)[number]['key'];
export const CSV_FIELD_KEYS = CSV_FIELDS.map((f) => f.key) as [CsvFieldKey, ...CsvFieldKey[]];

/** Column header → field ('' leaves the column out). */
export const importMapping = z.record(z.string().max(500), z.union([z.enum(CSV_FIELD_KEYS), z.literal('')]));
export type ImportMapping = z.output<typeof importMapping>;

/** Text encodings a CSV or transcript may be read in; 'auto' detects (byte order mark, valid UTF-8, else asks). */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];
export const ENCODING_CHOICES = ['auto', ...TEXT_ENCODINGS] as const;

/** The largest CSV cell Tessera reads (a transcript pasted into a cell fits). */
export const CSV_MAX_CELL_CHARS = 2_000_000;
/** The largest transcript file read as text (bigger files are refused with this limit named). */
export const TRANSCRIPT_MAX_BYTES = 50 * 1024 * 1024;

export const IMPORT_OUTCOMES = ['added', 'updated', 'skipped', 'failed'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];
