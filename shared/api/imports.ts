import { z } from 'zod';
import { attachment, attachmentName, ATTACHMENT_KINDS } from '../model/attachments';
import { id, LIMITS, refCode, shortText } from '../model/fields';
import { testimonyInput } from '../model/testimony';
import { CSV_FIELD_KEYS, ENCODING_CHOICES, importMapping, IMPORT_OUTCOMES, TEXT_ENCODINGS } from '../model/importFields';
import { ADMINS, CATALOGUERS, method, READERS } from './define';
import { job } from './jobs';

const filePath = z.string({ message: 'Must be a path' }).min(1, { message: 'Choose a file' }).max(4096, { message: 'That path is too long' });

export const csvPreview = z.object({
  path: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
  /** The encoding the file was read in, detected or chosen. */
  encoding: z.enum(TEXT_ENCODINGS),
  /** How the encoding was decided, in words: "UTF-8 (byte order mark)", "Windows-1252 (chosen)". */
  encodingNote: z.string(),
  delimiter: z.string(),
  columns: z.array(z.string()),
  /** The first rows, as read (at most 20). */
  rows: z.array(z.array(z.string())),
  /** Data rows in the whole file (the header row not counted). */
  rowCount: z.number().int(),
  /** The remembered mapping for these columns, else one suggested from the headers. */
  mapping: importMapping,
  mappingRemembered: z.boolean(),
  /** What a person should know before importing: duplicate headers, ragged rows, … */
  notes: z.array(z.string()),
});
export type CsvPreview = z.output<typeof csvPreview>;

export const importReportRow = z.object({
  /** The file the row came from (its name, not its path). */
  source: z.string(),
  /**
   * The physical line of the CSV file where the row's record starts (1-based, the header is line
   * 1; a quoted cell that spans lines makes later records start further down, so this is not the
   * row's number in a spreadsheet), or null for a whole file.
   */
  line: z.number().int().nullable(),
  ref: z.string(),
  testimonyId: id.nullable(),
  outcome: z.enum(IMPORT_OUTCOMES),
  /** The field a problem is about ('' when none or the whole row). */
  field: z.string(),
  /** What went wrong or what was done, in words a person can act on. */
  message: z.string(),
});
export type ImportReportRow = z.output<typeof importReportRow>;

export const importReport = z.object({
  jobId: id,
  dryRun: z.boolean(),
  counts: z.object({ added: z.number().int(), updated: z.number().int(), skipped: z.number().int(), failed: z.number().int() }),
  rows: z.array(importReportRow),
  /** The saved report (CSV) in the archive's imports/ folder. */
  reportPath: z.string(),
});
export type ImportReport = z.output<typeof importReport>;


/** One source an import item came from: its idempotency key and what its content was. */
const importSource = z.object({
  /** `ref:<REF>`, `csv:<sha256>` or `file:<lower-cased name>`: what import_sources remembers. */
  key: z.string().min(1).max(600),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The file's name, for the report. */
  source: z.string().max(1000),
  line: z.number().int().nullable(),
});

const importCue = z.object({ number: z.number().int(), id: z.string().max(1000), start: z.number().min(0), end: z.number().min(0), text: z.string().max(LIMITS.transcript), title: z.string().max(1000) });

/**
 * Everything one import brings for one testimony (a CSV row, its transcripts, its files), written
 * together in imports.applyBatch: a testimony is imported whole or not at all.
 */
export const importItem = z.object({
  /** The testimony's reference code ('' for a new one with a generated code). */
  ref: z.union([refCode, z.literal('')]),
  /** A CSV row: the testimony's fields (people by name in `people`), and which of them the row sets. */
  row: importSource
    .extend({
      data: testimonyInput,
      fields: z.array(z.enum(CSV_FIELD_KEYS)).max(CSV_FIELD_KEYS.length),
      people: z.array(z.object({ name: shortText(200).min(1), role: z.enum(['narrator', 'interviewer']) })).max(100),
    })
    .nullable(),
  /** Transcript files; a new testimony made from the first when there is no row. */
  transcripts: z
    .array(importSource.extend({ text: z.string().max(LIMITS.transcript), cues: z.array(importCue).max(20_000).nullable(), title: shortText(500) }))
    .max(20),
  attachments: z.array(importSource.omit({ sha256: true }).extend({ path: z.string().min(1).max(4096), name: shortText(255).min(1), kind: z.enum(ATTACHMENT_KINDS) })).max(200),
});
export type ImportItem = z.output<typeof importItem>;

/** At most this many items per imports.applyBatch (one transaction). */
export const IMPORT_BATCH_MAX = 100;

export const importsApi = {
  'imports.csvPreview': method({
    summary: 'Read the start of a CSV file: its encoding, columns, first rows and a mapping to testimony fields',
    input: z.object({ path: filePath, encoding: z.enum(ENCODING_CHOICES).default('auto') }),
    output: csvPreview,
    roles: CATALOGUERS,
    kind: 'read',
    scope: 'archive',
  }),
  'imports.start': method({
    summary: 'Import CSV files, transcripts and attachments (files or folders) as a job; a dry run only reports',
    input: z.object({
      paths: z.array(filePath).min(1, { message: 'Choose at least one file or folder' }).max(10_000),
      /** For the CSV files among the paths; without it, each file's remembered or suggested mapping. */
      mapping: importMapping.optional(),
      encoding: z.enum(ENCODING_CHOICES).default('auto'),
      dryRun: z.boolean().default(false),
      /** Remember the mapping for CSV files with these columns. */
      rememberMapping: z.boolean().default(true),
    }),
    output: job,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'imports.report': method({
    summary: 'What an import (or dry run) did, row by row',
    input: z.object({ jobId: id }),
    output: importReport,
    roles: CATALOGUERS,
    kind: 'read',
    scope: 'archive',
  }),
  'imports.applyBatch': method({
    summary: 'Write one batch of an import (the import job calls it): each item whole or not at all, never a duplicate',
    input: z.object({
      jobId: id,
      items: z.array(importItem).min(1).max(IMPORT_BATCH_MAX, { message: `At most ${IMPORT_BATCH_MAX} testimonies per batch` }),
    }),
    output: z.object({ rows: z.array(importReportRow) }),
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'imports.archive': method({
    summary: 'Load a JSON archive export into this archive, which must have no records yet',
    input: z.object({ path: filePath }),
    output: job,
    roles: ADMINS,
    kind: 'write',
    scope: 'archive',
  }),
  'imports.loadArchive': method({
    summary: 'Load a JSON archive export, checked and whole, in one transaction (the imports.archive job calls it)',
    input: z.object({ jobId: id, path: filePath }),
    output: z.object({
      archiveName: z.string(),
      rows: z.number().int(),
      files: z.number().int(),
      /** Entries in the audit log afterwards: the source's, then the import's own. */
      auditEntries: z.number().int(),
    }),
    roles: ADMINS,
    kind: 'write',
    scope: 'archive',
  }),
} as const;

export const attachmentsApi = {
  'attachments.list': method({
    summary: 'The files attached to a testimony',
    input: z.object({ testimonyId: id }),
    output: z.array(attachment),
    roles: READERS,
    kind: 'read',
    scope: 'archive',
  }),
  'attachments.add': method({
    summary: 'Attach a file (recording, scan, consent form, photo) to a testimony; the same content is stored once',
    input: z.object({ testimonyId: id, path: filePath, name: z.union([attachmentName, z.literal('')]).default(''), kind: z.enum(ATTACHMENT_KINDS) }),
    output: attachment,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'attachments.update': method({
    summary: 'Rename an attachment or change its kind',
    input: z.object({ id, name: attachmentName, kind: z.enum(ATTACHMENT_KINDS) }),
    output: attachment,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'attachments.remove': method({
    summary: 'Take a file off a testimony (the stored file is kept; the reason is audited)',
    input: z.object({ id, reason: shortText(1000).min(1, { message: 'Say why the file is taken off' }) }),
    output: z.object({ removed: z.literal(true) }),
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
} as const;
