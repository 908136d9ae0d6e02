import type { Facet, FacetCount, SearchFilters } from '../../../shared/api/search';
import { FACETS } from '../../../shared/api/search';
import { label } from '../../../shared/model/enums';

/**
 * Facets over a search's hits, counted in one pass in memory: every hit arrives with its facet
 * values on its row (testimonies keeps narrator roles and place ids there), so counting thousands
 * of hits costs one read of each row and no joins.
 *
 * Within a facet any chosen value may match; across facets all must. A facet's own counts leave
 * its own choice out, so its other values stay choosable ("disjunctive" faceting).
 */

/** The columns of a hit that facets, filters and ordering read. */
export interface HitFacts {
  doc_id: number;
  rank: number;
  ref_sort: string;
  date_start: string | null;
  access_level: string;
  type: string;
  hearing_id: string | null;
  languages: string;
  narrator_roles: string;
  place_ids: string;
  theme_ids: string;
}

export const HIT_FACT_COLUMNS = 't.ref_sort, t.date_start, t.access_level, t.type, t.hearing_id, t.languages, t.narrator_roles, t.place_ids, t.theme_ids';

const json = (s: string): string[] => JSON.parse(s) as string[];
const one = (v: string | null | undefined): string[] => (v ? [v] : []);

/** Each facet's values for a hit. A hit's themes are those it carries whole, on a passage or on a segment. */
const VALUES: Record<Facet, (h: HitFacts) => string[]> = {
  theme: (h) => json(h.theme_ids),
  accessLevel: (h) => [h.access_level],
  type: (h) => [h.type],
  decade: (h) => one(h.date_start && `${h.date_start.slice(0, 3)}0s`),
  year: (h) => one(h.date_start?.slice(0, 4)),
  place: (h) => json(h.place_ids),
  hearing: (h) => one(h.hearing_id),
  narratorRole: (h) => json(h.narrator_roles),
  language: (h) => [...new Set(json(h.languages))],
};

export interface FacetResult {
  /** The hits that meet every chosen value, in the order given. */
  kept: HitFacts[];
  /** Per facet, value → number of hits. */
  counts: Record<Facet, Map<string, number>>;
}

/** Filters the hits by the chosen values and counts every facet in the same pass. */
export function applyFacets(hits: readonly HitFacts[], filters: SearchFilters): FacetResult {
  const chosen = FACETS.filter((f) => filters[f].length > 0).map((f) => [f, new Set(filters[f])] as const);
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const kept: HitFacts[] = [];
  const add = (f: Facet, h: HitFacts) => {
    const m = counts[f];
    for (const v of VALUES[f](h)) m.set(v, (m.get(v) ?? 0) + 1);
  };
  for (const h of hits) {
    let failed: Facet | null = null;
    let failures = 0;
    for (const [f, set] of chosen) {
      if (!VALUES[f](h).some((v) => set.has(v))) {
        failed = f;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      kept.push(h);
      for (const f of FACETS) add(f, h);
    } else if (failures === 1 && failed) {
      add(failed, h);
    }
  }
  return { kept, counts };
}

/** Facets whose values are ids, shown by the name of what they point to. */
export type LookupFacet = 'place' | 'hearing' | 'theme';

/** The counts as the contract shows them: most hits first, at most 100 values a facet. */
export function facetCounts(counts: Record<Facet, Map<string, number>>, lookup: (facet: LookupFacet, id: string) => string | undefined): Record<Facet, FacetCount[]> {
  const words = (f: Facet, v: string) => {
    if (f === 'place' || f === 'hearing' || f === 'theme') return lookup(f, v) ?? v;
    return f === 'language' || f === 'year' || f === 'decade' ? v : label(v);
  };
  return Object.fromEntries(
    FACETS.map((f) => [
      f,
      [...counts[f].entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .slice(0, 100)
        .map(([value, count]) => ({ value, label: words(f, value), count })),
    ]),
  ) as Record<Facet, FacetCount[]>;
}
