import type { CoOccurrenceLevel, ThemeOverview } from '../../../../../shared/model/themes';

type Row = ThemeOverview['themes'][number];

export interface Matrix {
  themes: Row[];
  /** count(a, b) for any two of `themes`, 0 when they never meet. */
  count: (a: string, b: string) => number;
  max: number;
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The most used themes that meet another (at most `limit`), and how often each pair meets at a level. */
export function cooccurrenceMatrix(overview: ThemeOverview, level: CoOccurrenceLevel, limit = 15): Matrix {
  const pairs = new Map<string, number>();
  const involved = new Set<string>();
  for (const p of overview.cooccurrence[level]) {
    if (p.a === p.b || p.count <= 0) continue;
    pairs.set(key(p.a, p.b), (pairs.get(key(p.a, p.b)) ?? 0) + p.count);
    involved.add(p.a);
    involved.add(p.b);
  }
  const measure = level === 'testimony' ? 'testimonies' : 'passages';
  const themes = overview.themes
    .filter((t) => involved.has(t.id))
    .sort((a, b) => b.counts[measure] - a.counts[measure] || a.label.localeCompare(b.label))
    .slice(0, limit);
  const shown = new Set(themes.map((t) => t.id));
  let max = 0;
  for (const [k, n] of pairs) {
    const [a, b] = k.split('|') as [string, string];
    if (shown.has(a) && shown.has(b)) max = Math.max(max, n);
  }
  return { themes, count: (a, b) => (a === b ? 0 : (pairs.get(key(a, b)) ?? 0)), max };
}

/** Shade step 0–4 for a count: 0 none, 4 the largest. */
export function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * 4));
}
