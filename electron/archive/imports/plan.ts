import type { Database } from 'better-sqlite3';
import path from 'node:path';
import type { ImportReportRow } from '../../../shared/api/imports';
import type { AttachmentKind } from '../../../shared/model/attachments';
import type { ImportMapping, TextEncoding } from '../../../shared/model/importFields';
import { foldText } from '../../../shared/model/text';
import { attachmentKindOf, refOfFileName, walkPaths, type FoundFile } from './files';
import { mappingFor } from './mapping';
import { readCsvFile } from './read/csvFile';
import { ImportProblem } from './read/problem';
import { ArchiveError } from '../db/errors';
import { mapRow, rowFailed, type MappedRow, type RowProblem } from './rows';

/**
 * What an import will do, worked out before anything is written: the files found, each CSV row
 * mapped to a testimony's fields, and every transcript and attachment put with the testimony it
 * belongs to: by the reference code its name starts with (an existing testimony or a row of a
 * CSV in the same import), else by the file name an earlier import remembered. One group per
 * testimony, so that a batch writes whole testimonies.
 */

export interface PlannedAttachment {
  key: string;
  source: string;
  line: number | null;
  path: string;
  name: string;
  kind: AttachmentKind;
}

export interface PlannedGroup {
  ref: string;
  row: (MappedRow & { source: string; line: number }) | null;
  /** Read when the group's batch is written (transcripts can be large). */
  transcripts: FoundFile[];
  attachments: PlannedAttachment[];
}

export interface CsvSeen {
  path: string;
  columns: string[];
  mapping: ImportMapping;
}

export interface Plan {
  groups: PlannedGroup[];
  /** Sources that cannot be imported, reported as failed. */
  failed: ImportReportRow[];
  /** Problems of rows that are imported anyway, by the row's key. */
  notes: Map<string, RowProblem[]>;
  csvs: CsvSeen[];
}

export interface PlanOptions {
  paths: readonly string[];
  /** For every CSV; without it each file's remembered or suggested mapping. */
  mapping?: ImportMapping;
  encoding: 'auto' | TextEncoding;
}

/** A reader's problem in its own words; anything else (a bug) is thrown on. */
export function problemText(e: unknown): string {
  if (e instanceof ImportProblem || e instanceof ArchiveError) return e.message;
  throw e;
}

export const fileKey = (name: string) => `file:${name.toLowerCase()}`;

export const failedRow = (source: string, line: number | null, message: string, field = '', ref = ''): ImportReportRow => ({
  source,
  line,
  ref,
  testimonyId: null,
  outcome: 'failed',
  field,
  message,
});

function lookups(db: Database) {
  const place = db.prepare('SELECT id FROM places WHERE name_sort = ? ORDER BY created_at LIMIT 1').pluck();
  const hearing = db.prepare('SELECT id FROM hearings WHERE trim(title) = ? COLLATE NOCASE ORDER BY created_at LIMIT 1').pluck();
  const bySource = db.prepare('SELECT t.ref FROM import_sources s JOIN testimonies t ON t.id = s.testimony_id WHERE s.key = ?').pluck();
  return {
    place: (name: string) => (place.get(foldText(name)) as string | undefined) ?? null,
    hearing: (title: string) => (hearing.get(title.trim()) as string | undefined) ?? null,
    refOfSource: (key: string) => (bySource.get(key) as string | undefined) ?? null,
  };
}

export function planImport(db: Database, o: PlanOptions, progress: (done: number, total: number) => void = () => {}): Plan {
  const { files, problems } = walkPaths(o.paths);
  const failed: ImportReportRow[] = problems.map((p) => failedRow(path.basename(p.path), null, p.message));
  const notes = new Map<string, RowProblem[]>();
  const csvs: CsvSeen[] = [];
  const look = lookups(db);
  const known = new Map<string, string>();
  for (const ref of db.prepare('SELECT ref FROM testimonies').pluck().all() as string[]) known.set(ref.toLowerCase(), ref);

  const groups: PlannedGroup[] = [];
  const byRef = new Map<string, PlannedGroup>();
  const groupOf = (ref: string) => {
    let g = byRef.get(ref.toLowerCase());
    if (!g) {
      g = { ref, row: null, transcripts: [], attachments: [] };
      byRef.set(ref.toLowerCase(), g);
      groups.push(g);
    }
    return g;
  };
  const rowKeys = new Map<string, string>();
  /** Files a CSV's attachments cell names: attached from there, not matched again by name. */
  const claimed = new Set<string>();
  let done = 0;
  const total = files.length;

  for (const file of files.filter((f) => f.role === 'csv')) {
    progress(done++, total);
    let csv;
    try {
      csv = readCsvFile(file.path, o.encoding);
    } catch (e) {
      failed.push(failedRow(file.name, null, problemText(e)));
      continue;
    }
    const mapping = o.mapping ? Object.fromEntries(csv.columns.map((c) => [c, o.mapping?.[c] ?? ''])) : mappingFor(db, csv.columns).mapping;
    csvs.push({ path: file.path, columns: csv.columns, mapping });
    if (!Object.values(mapping).includes('title')) {
      failed.push(failedRow(file.name, null, `No column of ${file.name} is mapped to Title, which every testimony needs. Map a column to Title and import again.`, 'title'));
      continue;
    }
    for (const record of csv.records) {
      const row = mapRow(record.cells, csv.columns, mapping, path.dirname(file.path), look);
      if (rowFailed(row)) {
        const first = row.problems[0] as RowProblem;
        failed.push(failedRow(file.name, record.line, first.message, first.field, row.ref));
        continue;
      }
      const seenAt = rowKeys.get(row.key);
      if (seenAt) {
        failed.push(failedRow(file.name, record.line, `This row has the same ${row.ref ? `reference code as ${seenAt}` : `content as ${seenAt}`}; it was imported once, from there.`, row.ref ? 'ref' : '', row.ref));
        continue;
      }
      rowKeys.set(row.key, `${file.name} line ${record.line}`);
      if (row.problems.length) notes.set(row.key, row.problems);
      const planned = { ...row, source: file.name, line: record.line };
      if (row.ref) {
        known.set(row.ref.toLowerCase(), row.ref);
        groupOf(row.ref).row = planned;
      } else groups.push({ ref: '', row: planned, transcripts: [], attachments: [] });
      const g = row.ref ? groupOf(row.ref) : (groups[groups.length - 1] as PlannedGroup);
      for (const a of row.attachments) {
        g.attachments.push({ key: fileKey(a.name), source: file.name, line: record.line, ...a });
        claimed.add(a.path);
      }
    }
  }

  /** Transcripts by key: a file's name is what later imports know it by, so one name is one testimony's. */
  const transcriptAt = new Map<string, string>();
  for (const file of files.filter((f) => f.role !== 'csv')) {
    progress(done++, total);
    if (claimed.has(file.path)) continue;
    const ref = refOfFileName(file.name, known) ?? look.refOfSource(fileKey(file.name));
    if (file.role === 'transcript') {
      const first = transcriptAt.get(fileKey(file.name));
      if (first !== undefined) {
        failed.push(failedRow(file.name, null, `Another transcript named ${file.name} is in this import (${first}); Tessera knows a transcript by its name, to update it when it is imported again. Rename one of them and import it again.`, '', ref ?? ''));
        continue;
      }
      transcriptAt.set(fileKey(file.name), file.path);
      if (ref) groupOf(ref).transcripts.push(file);
      else groups.push({ ref: '', row: null, transcripts: [file], attachments: [] });
    } else if (ref) {
      groupOf(ref).attachments.push({ key: fileKey(file.name), source: file.name, line: null, path: file.path, name: file.name.slice(0, 255), kind: attachmentKindOf(file.name) });
    } else {
      failed.push(failedRow(file.name, null, `No testimony matches ${file.name}: start its name with the reference code of the testimony it belongs to (for example “TRC-2026-0042 interview.mp3”).`));
    }
  }
  progress(total, total);
  return { groups, failed, notes, csvs };
}
