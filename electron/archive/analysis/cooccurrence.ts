/**
 * Which themes occur together, counted over OWN assignments (a theme's narrower themes are not
 * folded into it). Pure functions over rows already read, one pass each, so the overview costs
 * time in proportion to the assignments — never to the square of the testimonies.
 *
 * - Testimony level: the count of a pair {a, b} is the number of testimonies that carry both, by
 *   any route (whole testimony, coded passage or segment).
 * - Passage level: the count of a pair {a, b} is the number of MEETINGS of a and b. A meeting is an
 *   unordered pair {p, q} of coded passages or segments of the same testimony whose spans overlap
 *   (share at least one character; p = q is allowed, so the themes of one passage always meet) such that one
 *   carries a and the other carries b. So: one passage coded with both is one meeting; a passage
 *   coded a overlapping a segment with b is one meeting; a passage coded a and b overlapping
 *   another coded a and b is three ({p,p}, {q,q}, {p,q}). Whole-testimony themes take no part.
 *   The definition is symmetric in a and b and in p and q.
 */

export interface Pair {
  a: string;
  b: string;
  count: number;
}

export interface Span {
  start: number;
  end: number;
  themeIds: readonly string[];
}

const SEP = '\u0000';

/** Adds one to each unordered pair of distinct themes in `keys`, each pair once. */
class PairCounter {
  private readonly counts = new Map<string, number>();

  add(keys: Iterable<string>): void {
    for (const k of keys) this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  /** Most frequent first, then by ids, so the answer does not depend on the order rows arrived. */
  pairs(): Pair[] {
    return [...this.counts]
      .map(([k, count]) => {
        const [a = '', b = ''] = k.split(SEP);
        return { a, b, count };
      })
      .sort((x, y) => y.count - x.count || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  }
}

const key = (a: string, b: string) => (a < b ? `${a}${SEP}${b}` : `${b}${SEP}${a}`);

/** The pairs between two sets of themes (the same set for a passage with itself), a ≠ b. */
function pairsBetween(x: readonly string[], y: readonly string[], into: Set<string>): Set<string> {
  for (const a of x) for (const b of y) if (a !== b) into.add(key(a, b));
  return into;
}

/** Testimony level: `themesOf` gives each testimony's distinct themes. */
export function testimonyCooccurrence(themesOf: Iterable<readonly string[]>): Pair[] {
  const counter = new PairCounter();
  for (const themes of themesOf) counter.add(pairsBetween(themes, themes, new Set()));
  return counter.pairs();
}

/** Whether two spans share at least one character (an empty span shares none). */
const overlap = (p: Span, q: Span) => Math.max(p.start, q.start) < Math.min(p.end, q.end);

/** Passage level: `spansOf` gives each testimony's themed spans. */
export function passageCooccurrence(spansOf: Iterable<readonly Span[]>): Pair[] {
  const counter = new PairCounter();
  for (const spans of spansOf) {
    const sorted = [...spans].sort((p, q) => p.start - q.start || p.end - q.end);
    sorted.forEach((p, i) => {
      counter.add(pairsBetween(p.themeIds, p.themeIds, new Set()));
      // Sorted by start: once a later span starts at or after p's end, none after it can overlap p.
      for (let j = i + 1; j < sorted.length; j++) {
        const q = sorted[j] as Span;
        if (q.start >= p.end) break;
        if (overlap(p, q)) counter.add(pairsBetween(p.themeIds, q.themeIds, new Set()));
      }
    });
  }
  return counter.pairs();
}
