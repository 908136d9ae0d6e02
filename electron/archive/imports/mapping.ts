import type { Database } from 'better-sqlite3';
import { CSV_FIELDS, importMapping, type CsvFieldKey, type ImportMapping } from '../../../shared/model/importFields';

/**
 * A CSV's column-to-field mapping: remembered by the file's set of columns (so next month's
 * spreadsheet with the same headers maps itself), else suggested from the header words.
 */

/** The columns as a set: sorted, trimmed, lower-cased headers joined by U+001F. */
export function mappingSignature(columns: readonly string[]): string {
  return columns
    .map((c) => c.trim().toLowerCase())
    .sort()
    .join('\u001f');
}

/** Header words (folded: lower case, letters and digits only) that name a field besides its key and label. */
const SYNONYMS: Record<string, CsvFieldKey> = {
  ref: 'ref',
  reference: 'ref',
  referencecode: 'ref',
  refcode: 'ref',
  code: 'ref',
  id: 'ref',
  identifier: 'ref',
  name: 'title',
  abstract: 'summary',
  description: 'summary',
  date: 'dateRecorded',
  daterecorded: 'dateRecorded',
  recorded: 'dateRecorded',
  recordedon: 'dateRecorded',
  place: 'placeRecorded',
  location: 'placeRecorded',
  placerecorded: 'placeRecorded',
  language: 'languages',
  lang: 'languages',
  narrator: 'narrators',
  narrators: 'narrators',
  speaker: 'narrators',
  witness: 'narrators',
  interviewer: 'interviewers',
  interviewers: 'interviewers',
  statementtaker: 'interviewers',
  length: 'duration',
  access: 'accessLevel',
  accesslevel: 'accessLevel',
  embargo: 'embargoUntil',
  embargoed: 'embargoUntil',
  warnings: 'contentWarnings',
  contentwarning: 'contentWarnings',
  text: 'transcript',
  files: 'attachments',
  file: 'attachments',
  attachment: 'attachments',
  kind: 'type',
  testimonytype: 'type',
};

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

for (const f of CSV_FIELDS) {
  SYNONYMS[fold(f.key)] ??= f.key;
  SYNONYMS[fold(f.label)] ??= f.key;
  SYNONYMS[fold(f.label.replace(/\s*\(.*\)$/, ''))] ??= f.key;
}

/** A mapping from header words; each field is given to its first column only; unknown columns → ''. */
export function suggestMapping(columns: readonly string[]): ImportMapping {
  const used = new Set<CsvFieldKey>();
  const mapping: ImportMapping = {};
  for (const column of columns) {
    const field = SYNONYMS[fold(column)];
    mapping[column] = field && !used.has(field) ? field : '';
    if (field) used.add(field);
  }
  return mapping;
}

/** The mapping remembered for these columns, or null. Columns the file has that the mapping lacks map to ''. */
export function rememberedMapping(db: Database, columns: readonly string[]): ImportMapping | null {
  const row = db.prepare('SELECT mapping FROM import_mappings WHERE signature = ?').get(mappingSignature(columns)) as { mapping: string } | undefined;
  if (!row) return null;
  const parsed = importMapping.safeParse(JSON.parse(row.mapping));
  if (!parsed.success) return null;
  return Object.fromEntries(columns.map((c) => [c, parsed.data[c] ?? '']));
}

/** The remembered mapping, else the suggested one. */
export function mappingFor(db: Database, columns: readonly string[]): { mapping: ImportMapping; remembered: boolean } {
  const remembered = rememberedMapping(db, columns);
  return remembered ? { mapping: remembered, remembered: true } : { mapping: suggestMapping(columns), remembered: false };
}

/** Remembers a mapping for a file with these columns (the caller audits). */
export function rememberMapping(db: Database, columns: readonly string[], mapping: ImportMapping, now: string): void {
  const kept = Object.fromEntries(columns.map((c) => [c, mapping[c] ?? '']));
  db.prepare('INSERT INTO import_mappings (signature, mapping, updated_at) VALUES (?, ?, ?) ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at').run(
    mappingSignature(columns),
    JSON.stringify(kept),
    now,
  );
}
