import { createHash } from 'node:crypto';
import path from 'node:path';
import { CONTENT_WARNINGS, LABELS, ACCESS_LEVELS, TESTIMONY_STATUSES, TESTIMONY_TYPES } from '../../../shared/model/enums';
import type { CsvFieldKey, ImportMapping } from '../../../shared/model/importFields';
import { testimonyInput, type TestimonyData } from '../../../shared/model/testimony';
import { attachmentKindOf } from './files';

/**
 * One CSV row, through its mapping, as a testimony's fields. A cell that cannot be used is a
 * problem on that field (line, column, words), and the row is imported without it; a row
 * without a title cannot be imported at all.
 */

/** Names of existing records, found by the planner. */
export interface NameLookup {
  place(name: string): string | null;
  hearing(title: string): string | null;
}

export interface RowProblem {
  field: string;
  message: string;
}

export interface MappedRow {
  ref: string;
  data: TestimonyData;
  /** The fields the row sets (a re-import changes only these). */
  fields: CsvFieldKey[];
  people: { name: string; role: 'narrator' | 'interviewer' }[];
  attachments: { path: string; name: string; kind: ReturnType<typeof attachmentKindOf> }[];
  problems: RowProblem[];
  /** Idempotency: `ref:<REF>`, or `csv:<fingerprint>` for a row without a code. */
  key: string;
  sha256: string;
}

const fold = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/** An enum value given by its key or its label, in any case ("Public", "written statement"). */
export function enumValue<T extends string>(cell: string, values: readonly T[]): T | null {
  const want = fold(cell);
  return values.find((v) => fold(v) === want || fold(LABELS[v] ?? v) === want) ?? null;
}

const list = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

const ENUM_FIELDS = { status: TESTIMONY_STATUSES, type: TESTIMONY_TYPES, accessLevel: ACCESS_LEVELS } as const;
/** Fields that decide who may read a testimony: a bad value refuses the row instead of falling back to a default. */
const PROTECTED: ReadonlySet<string> = new Set(['accessLevel', 'embargoUntil']);

/** Zod's path of a testimony field → the CSV field it came from. */
const FIELD_OF: Record<string, CsvFieldKey> = { placeRecordedId: 'placeRecorded', hearingId: 'hearing' };

/** `rel` inside `dir` (no `..` escape, no absolute path), or null. */
function inside(dir: string, rel: string): string | null {
  if (path.isAbsolute(rel) || rel.includes('\0')) return null;
  const abs = path.resolve(dir, rel);
  const back = path.relative(dir, abs);
  return back === '' || back.startsWith('..') || path.isAbsolute(back) ? null : abs;
}

export function mapRow(cells: readonly string[], columns: readonly string[], mapping: ImportMapping, csvDir: string, names: NameLookup): MappedRow {
  const problems: RowProblem[] = [];
  const columnOf = new Map<CsvFieldKey, string>();
  const values = new Map<CsvFieldKey, string>();
  columns.forEach((c, i) => {
    const field = mapping[c];
    if (!field || values.has(field)) return;
    columnOf.set(field, c);
    values.set(field, (cells[i] ?? '').trim());
  });
  const problem = (field: CsvFieldKey, message: string) => problems.push({ field: columnOf.get(field) ?? field, message });

  const raw: Record<string, unknown> = {};
  const fields = new Set<CsvFieldKey>(values.keys());
  const people: MappedRow['people'] = [];
  const attachments: MappedRow['attachments'] = [];
  for (const [field, cell] of values) {
    if (field === 'status' || field === 'type' || field === 'accessLevel') {
      if (cell === '') {
        fields.delete(field);
        continue;
      }
      const v = enumValue(cell, ENUM_FIELDS[field]);
      if (v) raw[field] = v;
      // A wrong access level is never replaced by the default: the row is refused (below) rather
      // than imported open to more people than meant.
      else if (PROTECTED.has(field)) raw[field] = cell;
      else {
        fields.delete(field);
        problem(field, `“${cell}” is not one of: ${ENUM_FIELDS[field].map((x) => LABELS[x] ?? x).join(', ')}. Imported without it.`);
      }
    } else if (field === 'languages') raw.languages = list(cell);
    else if (field === 'contentWarnings') {
      const warnings = [];
      for (const w of list(cell)) {
        const v = enumValue(w, CONTENT_WARNINGS);
        if (v) warnings.push(v);
        else problem(field, `“${w}” is not a content warning (${CONTENT_WARNINGS.map((x) => LABELS[x]).join(', ')}). Imported without it.`);
      }
      raw.contentWarnings = warnings;
    } else if (field === 'duration' || field === 'embargoUntil') raw[field] = cell === '' ? null : cell;
    else if (field === 'placeRecorded') {
      const id = cell === '' ? null : names.place(cell);
      if (cell !== '' && !id) problem(field, `There is no place named “${cell}”. Add it under Places, then import again; imported without it.`);
      raw.placeRecordedId = id;
    } else if (field === 'hearing') {
      const id = cell === '' ? null : names.hearing(cell);
      if (cell !== '' && !id) problem(field, `There is no hearing titled “${cell}”. Add it under Hearings, then import again; imported without it.`);
      raw.hearingId = id;
    } else if (field === 'narrators' || field === 'interviewers') {
      for (const name of list(cell)) people.push({ name: name.slice(0, 200), role: field === 'narrators' ? 'narrator' : 'interviewer' });
    } else if (field === 'attachments') {
      for (const rel of list(cell)) {
        const abs = inside(csvDir, rel);
        if (!abs) problem(field, `“${rel}” is outside the CSV file’s folder; attachments must be in that folder or below it. Not attached.`);
        else attachments.push({ path: abs, name: path.basename(abs).slice(0, 255), kind: attachmentKindOf(abs) });
      }
    } else raw[field] = cell;
  }
  raw.type ??= 'written_statement';

  let parsed = testimonyInput.safeParse(raw);
  // Each field zod refuses is reported and left out; the row is imported without it.
  for (let round = 0; !parsed.success && round < 30; round++) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const field = (FIELD_OF[key] ?? key) as CsvFieldKey;
    if (!(key in raw) || key === 'title' || PROTECTED.has(key)) break;
    problem(field, `${issue?.message ?? 'Not valid'}: “${String(values.get(field) ?? '').slice(0, 80)}”. Imported without it.`);
    delete raw[key];
    fields.delete(field);
    parsed = testimonyInput.safeParse(raw);
  }
  const ref = parsed.success ? (parsed.data.ref ?? '') : '';
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([...values.entries()].sort(([a], [b]) => a.localeCompare(b))))
    .digest('hex');
  const data = parsed.success ? parsed.data : testimonyInput.parse({ title: '(no title)', type: 'written_statement' });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? 'title');
    const field = (FIELD_OF[key] ?? key) as CsvFieldKey;
    const value = PROTECTED.has(key) ? `: “${String(values.get(field) ?? '').slice(0, 80)}”` : '';
    const why = PROTECTED.has(key) ? ' (who may read a testimony is never guessed: correct the cell and import again)' : '';
    problems.unshift({ field: columnOf.get(field) ?? field, message: `${issue?.message ?? 'Not valid'}${value}. The row was not imported${why}.` });
  }
  return {
    ref,
    data,
    fields: [...fields],
    people,
    attachments,
    problems,
    key: ref ? `ref:${ref}` : `csv:${fingerprint}`,
    sha256: fingerprint,
  };
}

/** A row that cannot be imported: its first problem says why. */
export const rowFailed = (row: MappedRow) => row.problems[0]?.message.includes('The row was not imported') ?? false;
