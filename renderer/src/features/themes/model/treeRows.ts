import type { ThemeNode } from '../../../../../shared/model/themes';
import type { ThemeIndex } from './themeTree';

/** One visible row of the thesaurus tree, with what ARIA needs to say where it sits. */
export interface TreeRow {
  node: ThemeNode;
  level: number;
  setSize: number;
  posInSet: number;
  hasChildren: boolean;
  expanded: boolean;
}

/**
 * The rows shown: children of expanded nodes only; while filtering, only `visible` ones, all
 * open so every match shows under its broader themes.
 */
export function visibleRows(index: ThemeIndex, expanded: ReadonlySet<string>, visible: ReadonlySet<string> | null): TreeRow[] {
  const out: TreeRow[] = [];
  const walk = (parent: string | null, level: number) => {
    const kids = (index.children.get(parent) ?? []).filter((k) => !visible || visible.has(k.id));
    kids.forEach((node, i) => {
      const hasChildren = (index.children.get(node.id) ?? []).some((k) => !visible || visible.has(k.id));
      const open = hasChildren && (visible !== null || expanded.has(node.id));
      out.push({ node, level, setSize: kids.length, posInSet: i + 1, hasChildren, expanded: open });
      if (open) walk(node.id, level + 1);
    });
  };
  walk(null, 1);
  return out;
}

/** The row a key press moves to (Up, Down, Home, End, Left to the parent, type-ahead), or null. */
export function rowForKey(rows: TreeRow[], current: number, key: string): number | null {
  if (rows.length === 0) return null;
  if (key === 'ArrowDown') return Math.min(current + 1, rows.length - 1);
  if (key === 'ArrowUp') return Math.max(current - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return rows.length - 1;
  if (key.length === 1 && /\S/u.test(key)) {
    const k = key.toLocaleLowerCase();
    for (let step = 1; step <= rows.length; step++) {
      const i = (current + step) % rows.length;
      if (rows[i]?.node.label.toLocaleLowerCase().startsWith(k)) return i;
    }
  }
  return null;
}

/** The index of a row's parent row (for Left on a closed node). */
export function parentRow(rows: TreeRow[], current: number): number | null {
  const row = rows[current];
  if (!row || row.level === 1) return null;
  for (let i = current - 1; i >= 0; i--) if ((rows[i]?.level ?? 0) < row.level) return i;
  return null;
}
