import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importReport, type ImportReport, type ImportReportRow } from '../../../shared/api/imports';
import type { Ctx } from '../context';
import { ArchiveError, notFound } from '../db/errors';
import { exportStamp } from '../exports/destination';
import { toCsv } from '../exports/csv';

/**
 * An import's report: a CSV a person opens in a spreadsheet (source, line, ref, outcome, field,
 * message) in `<archive>/imports/`, and the same as JSON beside it, which imports.report reads back.
 */

export const IMPORTS_DIR = 'imports';

export type Counts = ImportReport['counts'];

/**
 * One count per source: a row about a field of a source that was imported anyway (an unknown
 * place, a person created) is a note on that source, not another source.
 */
export function countOutcomes(rows: readonly ImportReportRow[]): Counts {
  const counts: Counts = { added: 0, updated: 0, skipped: 0, failed: 0 };
  for (const r of rows) if (r.field === '' || r.outcome === 'failed') counts[r.outcome] += 1;
  return counts;
}

/** `<archive>/imports/<stamp>-report.csv`, numbered (-2, -3…) when taken. Made now so the name stays taken. */
export function reportPathFor(archiveDir: string, now: Date): string {
  const dir = path.join(archiveDir, IMPORTS_DIR);
  mkdirSync(dir, { recursive: true });
  const present = new Set(readdirSync(dir));
  const stem = exportStamp(now);
  let name = `${stem}-report.csv`;
  for (let n = 2; present.has(name) || [...present].some((p) => p.startsWith(`.${name}.`)); n++) name = `${stem}-${n}-report.csv`;
  return path.join(dir, name);
}

export const jsonPathOf = (csvPath: string) => csvPath.replace(/\.csv$/, '.json');

export function reportCsv(rows: readonly ImportReportRow[]): string {
  return toCsv(
    ['source', 'line', 'ref', 'outcome', 'field', 'message'],
    rows.map((r) => [r.source, r.line ?? '', r.ref, r.outcome, r.field, r.message]),
  );
}

/** Writes the JSON beside the final CSV name, and the CSV to `csvFile` (the job's work file). */
export function writeReport(report: ImportReport, csvFile: string): void {
  writeFileSync(jsonPathOf(report.reportPath), JSON.stringify(report, null, 1));
  writeFileSync(csvFile, reportCsv(report.rows));
}

export function summaryOf(counts: Counts, reportPath: string, dryRun: boolean): string {
  const what = `Added ${counts.added}, updated ${counts.updated}, skipped ${counts.skipped}, failed ${counts.failed}.`;
  return dryRun ? `Dry run, nothing was written. Would have: ${what.replace(/^A/, 'a')} Report: ${reportPath}` : `${what} Report: ${reportPath}`;
}

/** The report of an import the audit log recorded starting (imports.start names its report there). */
export function readReport(ctx: Ctx, jobId: string): ImportReport {
  const row = ctx.db.prepare("SELECT changes FROM audit_log WHERE action = 'import' AND entity_type = 'archive' AND entity_id = ? ORDER BY seq LIMIT 1").get(jobId) as { changes: string } | undefined;
  if (!row) throw notFound('That import');
  const changes = JSON.parse(row.changes) as { field: string; new: unknown }[];
  const csvPath = changes.find((c) => c.field === 'report')?.new;
  if (typeof csvPath !== 'string') throw notFound('That import’s report');
  const file = jsonPathOf(csvPath);
  if (!existsSync(file)) throw new ArchiveError('not_found', 'That import has no report yet: it is still running, or it was cancelled or failed before it finished.');
  const parsed = importReport.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new ArchiveError('archive_unavailable', `The report ${file} cannot be read; it was changed after the import. The CSV beside it may still be read.`);
  return parsed.data;
}
