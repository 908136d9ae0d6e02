import type { ThemeNode } from '../../../../../shared/model/themes';
import { foldText } from '../../../../../shared/model/text';

/** The thesaurus as a flat list in tree order, indexed for lookups a tree view and pickers need. */
export interface ThemeIndex {
  nodes: ThemeNode[];
  byId: Map<string, ThemeNode>;
  children: Map<string | null, ThemeNode[]>;
}

export function indexThemes(nodes: ThemeNode[]): ThemeIndex {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string | null, ThemeNode[]>();
  for (const n of nodes) {
    // A parent that is not in the list (retired and hidden) puts the node at the top.
    const parent = n.parentId && byId.has(n.parentId) ? n.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(n);
    children.set(parent, list);
  }
  return { nodes, byId, children };
}

/** The broader themes of a node, from the top down (not including the node). */
export function ancestorsOf(index: ThemeIndex, id: string): ThemeNode[] {
  const out: ThemeNode[] = [];
  const seen = new Set<string>();
  let cur = index.byId.get(id)?.parentId ?? null;
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    const n = index.byId.get(cur);
    if (!n) break;
    out.unshift(n);
    cur = n.parentId;
  }
  return out;
}

/** "Violations › Torture": the path of broader labels, or '' at the top. */
export function pathText(index: ThemeIndex, id: string): string {
  return ancestorsOf(index, id)
    .map((a) => a.label)
    .join(' › ');
}

/** The ids of a node and everything under it. */
export function subtreeIds(index: ThemeIndex, id: string): Set<string> {
  const out = new Set<string>([id]);
  const stack = [id];
  while (stack.length > 0) {
    const cur = stack.pop() as string;
    for (const c of index.children.get(cur) ?? []) {
      if (!out.has(c.id)) {
        out.add(c.id);
        stack.push(c.id);
      }
    }
  }
  return out;
}

/** How a theme matches typed text: by its label, or by one of its other labels (which is returned). */
export interface ThemeMatch {
  node: ThemeNode;
  /** 0 label starts with the text, 1 label contains it, 2 an other label does. */
  rank: number;
  altLabel: string | null;
}

export function matchTheme(node: ThemeNode, folded: string): ThemeMatch | null {
  if (!folded) return { node, rank: 0, altLabel: null };
  const label = foldText(node.label);
  if (label.startsWith(folded)) return { node, rank: 0, altLabel: null };
  if (label.includes(folded)) return { node, rank: 1, altLabel: null };
  const alt = node.altLabels.find((a) => foldText(a.label).includes(folded));
  return alt ? { node, rank: 2, altLabel: alt.label } : null;
}

/** Themes matching the text, best first (then in tree order). */
export function findThemes(nodes: ThemeNode[], text: string): ThemeMatch[] {
  const folded = foldText(text.trim());
  const out: ThemeMatch[] = [];
  for (const n of nodes) {
    const m = matchTheme(n, folded);
    if (m) out.push(m);
  }
  return folded ? out.map((m, i) => ({ m, i })).sort((x, y) => x.m.rank - y.m.rank || x.i - y.i).map((x) => x.m) : out;
}

/** For the tree's filter: the matching themes and their ancestors (so each match shows where it sits). */
export function visibleForFilter(index: ThemeIndex, text: string): { visible: Set<string>; matches: Set<string> } | null {
  const folded = foldText(text.trim());
  if (!folded) return null;
  const matches = new Set<string>();
  const visible = new Set<string>();
  for (const n of index.nodes) {
    if (!matchTheme(n, folded)) continue;
    matches.add(n.id);
    visible.add(n.id);
    for (const a of ancestorsOf(index, n.id)) visible.add(a.id);
  }
  return { visible, matches };
}
