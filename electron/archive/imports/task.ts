import type { Database } from 'better-sqlite3';
import path from 'node:path';
import type { ImportItem, ImportReport, ImportReportRow } from '../../../shared/api/imports';
import type { ImportMapping, TextEncoding } from '../../../shared/model/importFields';
import type { Session } from '../context';
import { openJobConnection } from '../db/open';
import { hashFileSync } from '../files/hash';
import type { JobIO, TaskResult } from '../jobs/protocol';
import { createRouter } from '../router';
import { workspaceOf } from '../workspaceOf';
import { personIdNamed, priorOf, targetOf } from './apply';
import { attachmentKindOf } from './files';
import { failedRow, fileKey, planImport, problemText, type Plan, type PlannedGroup } from './plan';
import { readTranscript } from './read/transcript';
import { countOutcomes, summaryOf, writeReport } from './report';

/**
 * The import job, in its worker thread: plan (read every CSV, match every file), then write the
 * testimonies in batches through a router of its own — imports.applyBatch with the caller's
 * session, one transaction per batch — so a cancel (the runner stops the thread) leaves whole
 * testimonies only, and the next import carries on where this one stopped. A dry run plans and
 * checks everything and writes nothing but its report.
 */

export interface ImportParams {
  archiveDir: string;
  dbFile: string;
  jobId: string;
  /** Who started the import: every batch is written, authorised and audited as them. */
  session: Session;
  paths: string[];
  mapping: ImportMapping | null;
  encoding: 'auto' | TextEncoding;
  dryRun: boolean;
  /** The report's CSV (the job's result), and the hidden work file the worker writes it to. */
  reportFile: string;
  workFile: string;
}

/** Testimonies per imports.applyBatch call (one transaction). */
export const IMPORT_BATCH_SIZE = 50;

/** A new testimony's title from its transcript's file name: "Statement_of_A_Mensah.docx" → "Statement of A Mensah". */
export function titleFromFileName(name: string): string {
  const stem = name.slice(0, name.length - path.extname(name).length).replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return (stem || name).slice(0, 500);
}

/** A group's transcripts read (each failure reported on its file); null when nothing of it is left. */
async function materialise(g: PlannedGroup, encoding: ImportParams['encoding']): Promise<{ item: ImportItem | null; failed: ImportReportRow[]; notes: Note[] }> {
  const failed: ImportReportRow[] = [];
  const notes: Note[] = [];
  const transcripts: ImportItem['transcripts'] = [];
  const attachments: ImportItem['attachments'] = g.attachments.map(({ key, source, line, path: p, name, kind }) => ({ key, source, line, path: p, name, kind }));
  for (const f of g.transcripts) {
    try {
      const t = await readTranscript(f.path, encoding);
      transcripts.push({ key: fileKey(f.name), sha256: hashFileSync(f.path).sha256, source: f.name, line: null, text: t.text, cues: t.cues, title: titleFromFileName(f.name) });
      // A text file read as anything but plain UTF-8 says so, so that a wrong guess is seen.
      if (GUESSED_ENCODING.test(t.note)) notes.push({ source: f.name, message: `Read as ${t.note}. If accented letters look wrong in the transcript, import it again choosing its encoding.` });
    } catch (e) {
      const message = problemText(e);
      // A PDF without a text layer still belongs with its testimony: kept as a scan.
      if (g.ref && path.extname(f.name).toLowerCase() === '.pdf') attachments.push({ key: fileKey(f.name), source: f.name, line: null, path: f.path, name: f.name.slice(0, 255), kind: attachmentKindOf('x.pdf') });
      else failed.push(failedRow(f.name, null, message, '', g.ref));
    }
  }
  if (!g.row && transcripts.length === 0 && (!g.ref || attachments.length === 0)) return { item: null, failed, notes };
  const row = g.row ? { key: g.row.key, sha256: g.row.sha256, source: g.row.source, line: g.row.line, data: g.row.data, fields: g.row.fields, people: g.row.people } : null;
  return { item: { ref: g.ref, row, transcripts, attachments }, failed, notes };
}

/** What a batch would do, from what the archive holds now (a dry run writes nothing). */
function predict(db: Database, items: ImportItem[]): ImportReportRow[] {
  const rows: ImportReportRow[] = [];
  for (const item of items) {
    const targetId = targetOf(db, item);
    const ref = targetId ? (db.prepare('SELECT ref FROM testimonies WHERE id = ?').pluck().get(targetId) as string) : item.ref;
    const outcome = targetId ? 'updated' : 'added';
    const say = (s: { source: string; line: number | null }, o: ImportReportRow['outcome'], message: string, field = '') =>
      rows.push({ source: s.source, line: s.line, ref, testimonyId: targetId, outcome: o, field, message });
    for (const s of [...(item.row ? [item.row] : []), ...item.transcripts]) {
      if (targetId && priorOf(db, s.key)?.sha256 === s.sha256) say(s, 'skipped', 'Would skip: unchanged since the last import.');
      else say(s, outcome, targetId ? `Would update testimony ${ref}.` : `Would add ${ref ? `testimony ${ref}` : 'a new testimony'}.`);
    }
    for (const p of item.row?.people ?? []) if (!personIdNamed(db, p.name)) say(item.row as NonNullable<ImportItem['row']>, outcome, `Would create a new person: ${p.name} (${p.role}).`, p.role === 'narrator' ? 'narrators' : 'interviewers');
    for (const a of item.attachments) {
      let sha: string;
      try {
        sha = hashFileSync(a.path).sha256;
      } catch (e) {
        say(a, 'failed', `${a.name} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
        continue;
      }
      if (targetId && db.prepare('SELECT 1 FROM testimony_files WHERE testimony_id = ? AND sha256 = ?').get(targetId, sha)) say(a, 'skipped', `Would skip: already attached to ${ref}.`);
      else say(a, outcome, 'Would attach the file.');
    }
  }
  return rows;
}

/** Something to say about a file that was read (its guessed encoding). */
interface Note {
  source: string;
  message: string;
}
/** How read/decode.ts names an encoding it guessed (no byte order mark, not valid UTF-8 or NUL-patterned). */
const GUESSED_ENCODING = /\(detected/;

/** A file's notes, on the outcome its file had (none for a file that failed). */
function fileNotes(notes: readonly Note[], rows: readonly ImportReportRow[]): ImportReportRow[] {
  return notes.flatMap((n) => {
    const main = rows.find((r) => r.source === n.source && r.field === '' && r.outcome !== 'failed');
    return main ? [{ ...main, field: 'encoding', message: n.message }] : [];
  });
}

/** The problems of rows imported anyway (an unknown place…), on the outcome their row had. */
function notesOf(plan: Plan, items: ImportItem[], rows: ImportReportRow[]): ImportReportRow[] {
  const out: ImportReportRow[] = [];
  for (const item of items) {
    const row = item.row;
    if (!row) continue;
    const main = rows.find((r) => r.source === row.source && r.line === row.line && r.field === '');
    if (!main || main.outcome === 'failed') continue;
    for (const p of plan.notes.get(row.key) ?? []) out.push({ ...main, field: p.field, message: p.message });
  }
  return out;
}

/** A field the writer names by its key ("narrators") named as the CSV's column ("Narrator"), as the planner's problems are. */
function inColumnWords(plan: Plan, r: ImportReportRow): ImportReportRow {
  if (!r.field) return r;
  const csv = plan.csvs.find((c) => path.basename(c.path) === r.source);
  const column = csv ? Object.keys(csv.mapping).find((c) => csv.mapping[c] === r.field) : undefined;
  return column ? { ...r, field: column } : r;
}

export async function runImport(p: ImportParams, io: JobIO): Promise<TaskResult> {
  const archive = openJobConnection(p.archiveDir);
  try {
    // Internal errors are logged to the app's console (the worker's stderr) and reported on each item.
    const router = createRouter(workspaceOf(archive));
    io.progress('Reading files', 0, 0);
    const plan = planImport(archive.db, { paths: p.paths, ...(p.mapping ? { mapping: p.mapping } : {}), encoding: p.encoding }, (done, total) => io.progress('Reading files', done, total));
    const rows: ImportReportRow[] = [...plan.failed];
    const total = plan.groups.length;
    io.progress('Importing', 0, total);
    for (let at = 0; at < total; at += IMPORT_BATCH_SIZE) {
      const items: ImportItem[] = [];
      const notes: Note[] = [];
      for (const g of plan.groups.slice(at, at + IMPORT_BATCH_SIZE)) {
        const m = await materialise(g, p.encoding);
        rows.push(...m.failed);
        notes.push(...m.notes);
        if (m.item) items.push(m.item);
      }
      if (items.length) {
        let done: ImportReportRow[];
        if (p.dryRun) done = predict(archive.db, items);
        else {
          const r = router.call(p.session, 'imports.applyBatch', { jobId: p.jobId, items });
          done = r.ok ? r.value.rows : items.flatMap((item) => [...(item.row ? [item.row] : []), ...item.transcripts, ...item.attachments].map((s) => failedRow(s.source, s.line, r.error.message, r.error.field ?? '', item.ref)));
        }
        rows.push(...done.map((r) => inColumnWords(plan, r)), ...notesOf(plan, items, done), ...fileNotes(notes, done));
      }
      io.progress('Importing', Math.min(at + IMPORT_BATCH_SIZE, total), total);
    }
    const counts = countOutcomes(rows);
    const report: ImportReport = { jobId: p.jobId, dryRun: p.dryRun, counts, rows, reportPath: p.reportFile };
    writeReport(report, p.workFile);
    return { summary: summaryOf(counts, p.reportFile, p.dryRun), data: { counts } };
  } finally {
    archive.close();
  }
}
