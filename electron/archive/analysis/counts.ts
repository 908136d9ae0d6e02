import type { Database } from 'better-sqlite3';
import type { ThemeCounts, ThemeFilters } from '../../../shared/model/themes';
import { NO_FILTERS, testimonyScope } from './scope';
import type { Role } from '../../../shared/model/enums';

import { narrowerClosure, readUses, type Uses } from './uses';

/**
 * How much each theme is used. A theme is used by a testimony tagged with it whole, and by each
 * coded passage and segment carrying it; redaction spans never count, nor do withdrawn
 * testimonies. `ownPassages`/`ownTestimonies` count the theme alone; `passages`/`testimonies`
 * count the theme and everything narrower, each passage and testimony once (a testimony coded
 * with a theme and with its narrower theme counts once for the broader one, not twice).
 */

export const NO_COUNTS: ThemeCounts = { passages: 0, testimonies: 0, ownPassages: 0, ownTestimonies: 0 };

/** Distinct members of several lists: `mark` remembers, per member, the last round that saw it. */
function distinct(lists: readonly (readonly number[])[], mark: Int32Array, round: number): number {
  let n = 0;
  for (const list of lists) {
    for (const x of list) {
      if (mark[x] !== round) {
        mark[x] = round;
        n += 1;
      }
    }
  }
  return n;
}

/**
 * The counts from uses already read. Each theme's own testimonies and passages are listed once
 * (as small dense numbers); a broader theme's counts are the distinct members of its own and its
 * narrower themes' lists — linear in the uses times the depth of the tree.
 */
export function countUses(uses: Uses, below: ReadonlyMap<string, readonly string[]>): Map<string, ThemeCounts> {
  const dense = [new Map<number, number>(), new Map<number, number>()] as const;
  const denseOf = (which: 0 | 1, key: number) => {
    const m = dense[which];
    let v = m.get(key);
    if (v === undefined) m.set(key, (v = m.size));
    return v;
  };
  const own = new Map<string, { testimonies: number[]; passages: number[] }>();
  for (const [testimony, passage, theme] of uses.rows) {
    let lists = own.get(theme);
    if (!lists) own.set(theme, (lists = { testimonies: [], passages: [] }));
    lists.testimonies.push(denseOf(0, testimony));
    if (passage !== null) lists.passages.push(denseOf(1, passage));
  }
  const marks = [new Int32Array(dense[0].size).fill(-1), new Int32Array(dense[1].size).fill(-1)] as const;
  const out = new Map<string, ThemeCounts>();
  let round = 0;
  for (const [theme, narrower] of below) {
    const used = narrower.flatMap((id) => own.get(id) ?? []);
    if (used.length === 0) continue;
    const mine = own.get(theme);
    out.set(theme, {
      passages: distinct(
        used.map((u) => u.passages),
        marks[1],
        ++round,
      ),
      testimonies: distinct(
        used.map((u) => u.testimonies),
        marks[0],
        ++round,
      ),
      // A passage carries a theme once, so its own list has no repeats; a testimony may repeat.
      ownPassages: mine ? mine.passages.length : 0,
      ownTestimonies: mine ? distinct([mine.testimonies], marks[0], ++round) : 0,
    });
  }
  return out;
}

/**
 * The counts of every theme that has any use under the filters (its own or a narrower theme's),
 * by theme id. A theme missing from the map has no use: read it as NO_COUNTS.
 */
export function themeCounts(db: Database, role: Role, filters: ThemeFilters = NO_FILTERS): Map<string, ThemeCounts> {
  return countUses(readUses(db, testimonyScope(role, filters)), narrowerClosure(db));
}

/** The counts of one theme (with everything narrower, `subtree` listing the theme first), reading only its subtree's uses. */
export function themeCountsOf(db: Database, role: Role, subtree: readonly string[]): ThemeCounts {
  const [id] = subtree;
  if (id === undefined) return NO_COUNTS;
  return countUses(readUses(db, testimonyScope(role, NO_FILTERS), subtree), new Map([[id, subtree]])).get(id) ?? NO_COUNTS;
}
