import type { Facet, SearchFilters } from '../../../shared/api/search';
import { label } from '../../../shared/model/enums';

/**
 * The facets of a search, as data: how to read a testimony's values for each (a SELECT over the
 * hits with `t` = testimonies and `h` = temp.search_hits) and how to filter by chosen values (a
 * condition on `t`, with the chosen values bound as a JSON array parameter `@f_<facet>`).
 * Within a facet any chosen value may match; across facets all must.
 */
interface FacetDef {
  /** SELECT doc_id, value over the hits: `from` joins h and t; `where` is the other facets' conditions. */
  values: (from: string, where: string) => string;
  /** The condition for the chosen values. */
  where: string;
  /** SQL for the words of a value (one `?`); by default the enum's label. */
  labels?: string;
}

const IN = (facet: Facet) => `(SELECT value FROM json_each(@f_${facet}))`;
const column = (expr: string) => (from: string, where: string) => `SELECT h.doc_id, ${expr} AS value ${from} WHERE ${where}`;

export const FACET_DEFS: Record<Facet, FacetDef> = {
  // Themes arrive with the thesaurus; until then no testimony has one and the facet is empty.
  theme: { values: () => 'SELECT NULL AS doc_id, NULL AS value WHERE 0', where: '0' },
  accessLevel: { values: column('t.access_level'), where: `t.access_level IN ${IN('accessLevel')}` },
  type: { values: column('t.type'), where: `t.type IN ${IN('type')}` },
  decade: { values: column("substr(t.date_start, 1, 3) || '0s'"), where: `substr(t.date_start, 1, 3) || '0s' IN ${IN('decade')}` },
  year: { values: column('substr(t.date_start, 1, 4)'), where: `substr(t.date_start, 1, 4) IN ${IN('year')}` },
  place: {
    values: (from, where) =>
      `SELECT h.doc_id, t.place_recorded_id AS value ${from} WHERE ${where}
       UNION SELECT h.doc_id, tp.place_id AS value ${from} JOIN testimony_places tp ON tp.testimony_id = t.id WHERE ${where}`,
    where: `(t.place_recorded_id IN ${IN('place')} OR EXISTS (SELECT 1 FROM testimony_places tp WHERE tp.testimony_id = t.id AND tp.place_id IN ${IN('place')}))`,
    labels: 'SELECT name FROM places WHERE id = ?',
  },
  hearing: { values: column('t.hearing_id'), where: `t.hearing_id IN ${IN('hearing')}`, labels: 'SELECT title AS name FROM hearings WHERE id = ?' },
  narratorRole: {
    values: (from, where) => `SELECT h.doc_id, tp.narrator_role AS value ${from} JOIN testimony_people tp ON tp.testimony_id = t.id AND tp.role = 'narrator' WHERE ${where}`,
    where: `EXISTS (SELECT 1 FROM testimony_people tp WHERE tp.testimony_id = t.id AND tp.role = 'narrator' AND tp.narrator_role IN ${IN('narratorRole')})`,
  },
  language: {
    values: (from, where) => `SELECT h.doc_id, l.value AS value ${from} JOIN json_each(t.languages) l WHERE ${where}`,
    where: `EXISTS (SELECT 1 FROM json_each(t.languages) l WHERE l.value IN ${IN('language')})`,
  },
};

/** The conditions of the chosen facet values, leaving out `except` (for that facet's own counts). */
export function facetWhere(filters: SearchFilters, except: Facet | null = null): string {
  const parts = (Object.keys(FACET_DEFS) as Facet[]).filter((f) => f !== except && filters[f].length > 0).map((f) => FACET_DEFS[f].where);
  return parts.length === 0 ? '1' : parts.join(' AND ');
}

/** The JSON-array parameters the conditions read. */
export function facetParams(filters: SearchFilters): Record<string, string> {
  return Object.fromEntries((Object.keys(FACET_DEFS) as Facet[]).map((f) => [`f_${f}`, JSON.stringify(filters[f])]));
}

/** SQL counting one facet's values over the hits, under the other facets' conditions. */
export function facetCountSql(facet: Facet, filters: SearchFilters): string {
  const values = FACET_DEFS[facet].values('FROM temp.search_hits h JOIN testimonies t ON t.doc_id = h.doc_id', facetWhere(filters, facet));
  return `SELECT value, count(DISTINCT doc_id) AS n FROM (${values}) WHERE value IS NOT NULL AND value <> '' GROUP BY value ORDER BY n DESC, value LIMIT 100`;
}

export function facetLabel(facet: Facet, value: string, lookup: (sql: string, value: string) => string | undefined): string {
  const def = FACET_DEFS[facet];
  if (def.labels) return lookup(def.labels, value) ?? value;
  return facet === 'language' || facet === 'year' || facet === 'decade' ? value : label(value);
}
