import type { ApiError } from '../../../shared/api';

/** Field problems keyed by dotted path ("title", "people.0.personId", "consent.takenOn"). */
export type FieldErrors = Record<string, string>;

export interface ZodLikeIssue {
  path: readonly PropertyKey[];
  message: string;
}

export function errorsFromIssues(issues: readonly ZodLikeIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in out)) out[path] = issue.message;
  }
  return out;
}

/** The field messages an ApiError carries, and what is left to say at the top. */
export function errorsFromApi(error: ApiError): { fields: FieldErrors; general: string | null } {
  const fields: FieldErrors = {};
  for (const f of error.fields ?? []) if (!(f.field in fields)) fields[f.field] = f.message;
  if (error.field && !(error.field in fields)) fields[error.field] = error.message;
  // When the engine names the fields, the messages sit next to them (and in the summary's list).
  const hasFields = Object.keys(fields).length > 0;
  return { fields, general: hasFields ? null : error.message };
}

/** The DOM id of the control for a dotted path. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

/** Drops the messages for a path and everything under it (after the person edits that field). */
export function withoutPath(errors: FieldErrors, path: string): FieldErrors {
  let changed = false;
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errors)) {
    if (k === path || k.startsWith(`${path}.`)) changed = true;
    else out[k] = v;
  }
  return changed ? out : errors;
}
