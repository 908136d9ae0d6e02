import type { ImportReportRow } from '../../../../shared/api/imports';
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
