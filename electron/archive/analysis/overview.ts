import type { Database } from 'better-sqlite3';
import type { ThemeFilters, ThemeOverview } from '../../../shared/model/themes';
import { foldText } from '../../../shared/model/text';
import { liveThemeRows } from '../themes/rows';
import { orderedRows } from '../themes/tree';
import { countUses } from './counts';
import { passageCooccurrence, testimonyCooccurrence, type Span } from './cooccurrence';
import { testimonyScope } from './scope';
import type { Role } from '../../../shared/model/enums';
import { readableWhere, readParams } from '../access/readable';
import { narrowerClosure, readUses, type Uses } from './uses';

/**
 * The themes overview: every theme used under the filters with its counts (narrower themes
 * included) in tree order, how many testimonies the filters keep and how many of those carry a
 * theme, and which themes occur together (see cooccurrence.ts for what a count means). The uses
 * are read once; counts and co-occurrence are worked out from them in memory.
 */

type Spans = Map<number, Span & { themeIds: string[] }>;

/** Each testimony's distinct themes, and each testimony's themed spans (by passage). */
function group(uses: Uses) {
  const themes = new Map<number, Set<string>>();
  const spans = new Map<number, Spans>();
  for (const [testimony, passage, theme, start, end] of uses.rows) {
    const own = themes.get(testimony);
    if (own) own.add(theme);
    else themes.set(testimony, new Set([theme]));
    if (passage === null || start === null || end === null) continue;
    let ofTestimony = spans.get(testimony);
    if (!ofTestimony) spans.set(testimony, (ofTestimony = new Map() as Spans));
    const span = ofTestimony.get(passage);
    if (span) span.themeIds.push(theme);
    else ofTestimony.set(passage, { start, end, themeIds: [theme] });
  }
  return { themes, spans };
}

/** Collection names of the testimonies not withdrawn, for the filter, in folded order. */
function collections(db: Database, role: Role): string[] {
  return (db.prepare(`SELECT DISTINCT collection FROM testimonies t WHERE t.withdrawn = 0 AND t.collection <> '' AND ${readableWhere('t', role)}`).pluck().all(readParams()) as string[])
    .map((c) => [foldText(c), c] as const)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, c]) => c);
}

export function themeOverview(db: Database, filters: ThemeFilters, role: Role): ThemeOverview {
  const scope = testimonyScope(role, filters);
  const uses = readUses(db, scope);
  const counts = countUses(uses, narrowerClosure(db));
  const { themes, spans } = group(uses);
  const inScope = db.prepare(`SELECT count(*) FROM testimonies t WHERE ${scope.where}`).pluck().get(scope.params) as number;
  return {
    themes: orderedRows(liveThemeRows(db), true).flatMap(({ row, depth }) => {
      const c = counts.get(row.id);
      return c ? [{ id: row.id, label: row.label, parentId: row.parent_id, depth, colour: row.colour, counts: c }] : [];
    }),
    testimonies: inScope,
    codedTestimonies: themes.size,
    cooccurrence: {
      testimony: testimonyCooccurrence([...themes.values()].map((s) => [...s])),
      passage: passageCooccurrence([...spans.values()].map((m) => [...m.values()])),
    },
    collections: collections(db, role),
  };
}
