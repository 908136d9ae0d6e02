import type { Database } from 'better-sqlite3';
import type { Theme, ThemeNode, ThemeRef } from '../../../shared/model/themes';
import { NO_COUNTS, themeCounts, themeCountsOf } from '../analysis/counts';
import type { Role } from '../../../shared/model/enums';

import { groupBy } from './groupBy';
import { altLabelsOf, liveThemeRows, themeRow, type ThemeRow } from './rows';

/**
 * Reading the thesaurus. The tree is a flat list in tree order: parents before their narrower
 * themes, siblings by folded label, depth counted from the top (0). Merged themes are history and
 * never appear; retired themes (and what lies under them) only when asked for.
 */

/** Rows in tree order with their depth. */
export function orderedRows(rows: readonly ThemeRow[], includeRetired: boolean): { row: ThemeRow; depth: number }[] {
  const ids = new Set(rows.map((r) => r.id));
  // A theme whose broader theme is not in the list is shown at the top rather than lost.
  const byParent = groupBy(rows, (r) => (r.parent_id !== null && ids.has(r.parent_id) ? r.parent_id : null));
  for (const list of byParent.values()) list.sort((a, b) => (a.label_sort < b.label_sort ? -1 : a.label_sort > b.label_sort ? 1 : a.id < b.id ? -1 : 1));
  const out: { row: ThemeRow; depth: number }[] = [];
  const visit = (parent: string | null, depth: number): void => {
    for (const row of byParent.get(parent) ?? []) {
      if (row.retired === 1 && !includeRetired) continue;
      out.push({ row, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

export function themeTree(db: Database, includeRetired: boolean, role: Role): ThemeNode[] {
  const counts = themeCounts(db, role);
  return orderedRows(liveThemeRows(db), includeRetired).map(({ row, depth }) => ({
    id: row.id,
    label: row.label,
    altLabels: altLabelsOf(row),
    parentId: row.parent_id,
    depth,
    colour: row.colour,
    retired: row.retired === 1,
    counts: counts.get(row.id) ?? NO_COUNTS,
  }));
}

const ref = (r: ThemeRow): ThemeRef => ({ id: r.id, label: r.label, colour: r.colour });

/** The broader themes of a theme, from the top of the tree down to its parent. */
export function ancestorsOf(db: Database, row: ThemeRow): ThemeRow[] {
  const out: ThemeRow[] = [];
  const seen = new Set([row.id]);
  for (let id = row.parent_id; id !== null && !seen.has(id); ) {
    seen.add(id);
    const parent = themeRow(db, id);
    out.unshift(parent);
    id = parent.parent_id;
  }
  return out;
}

export function getTheme(db: Database, id: string, role: Role): Theme {
  const r = themeRow(db, id);
  const children = db.prepare('SELECT * FROM themes WHERE parent_id = ? AND merged_into IS NULL ORDER BY label_sort, id').all(id) as ThemeRow[];
  return {
    id: r.id,
    label: r.label,
    altLabels: altLabelsOf(r),
    scopeNote: r.scope_note,
    parentId: r.parent_id,
    colour: r.colour,
    retired: r.retired === 1,
    mergedInto: r.merged_into === null ? null : ref(themeRow(db, r.merged_into)),
    ancestors: ancestorsOf(db, r).map(ref),
    children: children.map((c) => ({ ...ref(c), retired: c.retired === 1 })),
    counts: themeCountsOf(db, role, subtreeIds(db, id)),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/** A theme and every theme below it (merged themes left out), the theme itself first. */
export function subtreeIds(db: Database, id: string): string[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE below(id, depth) AS (SELECT ?, 0 UNION SELECT th.id, b.depth + 1 FROM themes th JOIN below b ON th.parent_id = b.id WHERE th.merged_into IS NULL)
       SELECT id FROM below ORDER BY depth, id`,
    )
    .all(id) as { id: string }[];
  return rows.map((r) => r.id);
}
