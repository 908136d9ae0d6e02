import type { Database, Statement } from 'better-sqlite3';
import type { AltLabel } from '../../../shared/model/themes';
import { foldText } from '../../../shared/model/text';
import { notFound } from '../db/errors';

/** A row of the `themes` table, and the few things every thesaurus module reads from it. */
export interface ThemeRow {
  id: string;
  label: string;
  label_sort: string;
  alt_labels: string;
  search_labels: string;
  scope_note: string;
  parent_id: string | null;
  colour: string;
  retired: number;
  merged_into: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export function altLabelsOf(r: Pick<ThemeRow, 'alt_labels'>): AltLabel[] {
  return JSON.parse(r.alt_labels) as AltLabel[];
}

/** The label and every other label as one text: what the search view indexes for a theme. */
export function searchLabels(label: string, altLabels: readonly AltLabel[]): string {
  return [label, ...altLabels.map((a) => a.label)].join(' ; ');
}

/** The label columns of a theme, derived together so they cannot disagree. */
export function labelColumns(label: string, altLabels: readonly AltLabel[]) {
  return { label, label_sort: foldText(label), alt_labels: JSON.stringify(altLabels), search_labels: searchLabels(label, altLabels) };
}

const statements = new WeakMap<Database, Map<string, Statement>>();

/** A prepared statement, prepared once per connection (imports run these once per theme). */
export function statement(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map<string, Statement>()));
  let st = cache.get(sql);
  if (!st) cache.set(sql, (st = db.prepare(sql)));
  return st;
}

export function findThemeRow(db: Database, id: string): ThemeRow | undefined {
  return statement(db, 'SELECT * FROM themes WHERE id = ?').get(id) as ThemeRow | undefined;
}

export function themeRow(db: Database, id: string): ThemeRow {
  const r = findThemeRow(db, id);
  if (!r) throw notFound('That theme');
  return r;
}

/** Every theme that is part of the thesaurus (merged themes are history, not part of it). */
export function liveThemeRows(db: Database): ThemeRow[] {
  return db.prepare('SELECT * FROM themes WHERE merged_into IS NULL ORDER BY label_sort, id').all() as ThemeRow[];
}

/** Other labels without repeats (same folded text and language), and none that only repeats the label. */
export function distinctAltLabels(label: string, labels: readonly AltLabel[]): AltLabel[] {
  const own = foldText(label);
  const seen = new Set<string>();
  return labels.filter((a) => {
    const key = `${foldText(a.label)}\u0000${a.lang.toLowerCase()}`;
    if (foldText(a.label) === own || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A theme's own fields as its history records them. */
export function auditFields(r: ThemeRow) {
  return { label: r.label, altLabels: altLabelsOf(r), scopeNote: r.scope_note, parentId: r.parent_id, colour: r.colour, retired: r.retired === 1, mergedInto: r.merged_into };
}

/** What a person (or a file) says about a theme: the fields `insertTheme` and `writeTheme` set. */
export interface ThemeFields {
  label: string;
  altLabels: AltLabel[];
  scopeNote: string;
  parentId: string | null;
  colour: string;
  retired: boolean;
}

function params(id: string, f: ThemeFields, now: string) {
  return { id, ...labelColumns(f.label, distinctAltLabels(f.label, f.altLabels)), scope_note: f.scopeNote, parent_id: f.parentId, colour: f.colour, retired: f.retired ? 1 : 0, now };
}

export function insertTheme(db: Database, id: string, f: ThemeFields, now: string): void {
  statement(
    db,
    `INSERT INTO themes (id, label, label_sort, alt_labels, search_labels, scope_note, parent_id, colour, retired, created_at, updated_at)
     VALUES (@id, @label, @label_sort, @alt_labels, @search_labels, @scope_note, @parent_id, @colour, @retired, @now, @now)`,
  ).run(params(id, f, now));
}

/** Saves a theme's fields and bumps its version. The caller reindexes (the labels are searchable). */
export function writeTheme(db: Database, id: string, f: ThemeFields, now: string): void {
  statement(
    db,
    `UPDATE themes SET label = @label, label_sort = @label_sort, alt_labels = @alt_labels, search_labels = @search_labels, scope_note = @scope_note,
       parent_id = @parent_id, colour = @colour, retired = @retired, updated_at = @now, version = version + 1 WHERE id = @id`,
  ).run(params(id, f, now));
}
