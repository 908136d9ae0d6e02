import type { Database } from 'better-sqlite3';
import type { TestimonyScope } from './scope';

/**
 * Every use of a theme in a scope, read in one statement as compact rows: a theme on a whole
 * testimony, or on a coded passage or segment (redaction spans never count). Testimonies and
 * passages are named by their integer row keys, which are cheap to read and to count with.
 */
export interface Uses {
  /** One row per use: [testimony doc_id, passage rowid or null for a whole-testimony theme, theme id, start, end]. */
  rows: [testimony: number, passage: number | null, theme: string, start: number | null, end: number | null][];
}

/** `themeIds`, when given, limits the uses read to those themes (a theme page needs only its subtree). */
export function readUses(db: Database, scope: TestimonyScope, themeIds?: readonly string[]): Uses {
  const only = themeIds ? ' AND theme_id IN (SELECT value FROM json_each(@onlyThemes))' : '';
  const params = themeIds ? { ...scope.params, onlyThemes: JSON.stringify(themeIds) } : scope.params;
  const rows = db
    .prepare(
      `SELECT t.doc_id, NULL, tt.theme_id, NULL, NULL FROM testimony_themes tt JOIN testimonies t ON t.id = tt.testimony_id WHERE ${scope.where}${only.replace('theme_id', 'tt.theme_id')}
      UNION ALL
      SELECT t.doc_id, p.rowid, pt.theme_id, p.start, p.end
      FROM passages p JOIN testimonies t ON t.id = p.testimony_id JOIN passage_themes pt ON pt.passage_id = p.id
      WHERE p.kind IN ('code','segment') AND ${scope.where}${only.replace('theme_id', 'pt.theme_id')}`,
    )
    .raw()
    .all(params) as Uses['rows'];
  return { rows };
}

/**
 * Each theme with itself and every theme below it, by theme id. The hierarchy is walked with a
 * recursive CTE; UNION (not UNION ALL) keeps it finite even if a cycle ever reached the table.
 */
export function narrowerClosure(db: Database): Map<string, string[]> {
  const pairs = db
    .prepare(
      `WITH RECURSIVE under(ancestor, id) AS (
        SELECT id, id FROM themes
        UNION SELECT u.ancestor, th.id FROM under u JOIN themes th ON th.parent_id = u.id)
      SELECT ancestor, id FROM under`,
    )
    .raw()
    .all() as [string, string][];
  const below = new Map<string, string[]>();
  for (const [ancestor, id] of pairs) {
    const list = below.get(ancestor);
    if (list) list.push(id);
    else below.set(ancestor, [id]);
  }
  return below;
}
