import type { ImportReport, ImportReportRow } from '../../../../shared/api/imports';
import { CSV_FIELDS } from '../../../../shared/model/importFields';

const LABELS = new Map<string, string>(CSV_FIELDS.map((f) => [f.key, f.label]));

/** A report row's field in words ("Date recorded"); the engine's own word when it is not a CSV field. */
export function fieldLabel(field: string): string {
  return LABELS.get(field) ?? field;
}

/**
 * A row a person should look at: it failed, or the engine noted something about one of its fields
 * (a value not taken as written, a new person created from a name that may be a misspelling).
 */
export const isProblem = (row: ImportReportRow): boolean => row.outcome === 'failed' || row.field !== '';

/**
 * One cell of a CSV a spreadsheet will open: quoted when needed, and a leading = + - @ made inert
 * (a message can quote a cell of the imported file, and a spreadsheet would run it as a formula).
 */
function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report as CSV, the same columns the engine saves, for a download from the page. */
export function reportAsCsv(report: ImportReport): string {
  const head = ['source', 'line', 'ref', 'testimonyId', 'outcome', 'field', 'message'];
  const lines = report.rows.map((r) => [r.source, r.line === null ? '' : String(r.line), r.ref, r.testimonyId ?? '', r.outcome, r.field, r.message].map(cell).join(','));
  return `${[head.join(','), ...lines].join('\r\n')}\r\n`;
}
