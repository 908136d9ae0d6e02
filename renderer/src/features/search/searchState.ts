import type { Input } from '../../../../shared/api';
import { FACETS, SEARCH_SORTS, type Facet, type SearchFilters } from '../../../../shared/api/search';
import { ACCESS_LEVELS, NARRATOR_ROLES, TESTIMONY_TYPES } from '../../../../shared/model/enums';

/** Results on one page of the Search page. */
export const PAGE_SIZE = 50;

export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Everything the Search page shows, as the URL holds it: /search?q=…&place=…&sort=date_asc&page=2 */
export interface SearchState {
  q: string;
  filters: SearchFilters;
  sort: SearchSort;
  page: number;
  includeWithdrawn: boolean;
}

export const SORT_LABELS: Record<SearchSort, string> = {
  relevance: 'Relevance',
  date_asc: 'Date, oldest first',
  date_desc: 'Date, newest first',
  ref: 'Reference',
};

export const FACET_LABELS: Record<Facet, string> = {
  theme: 'Theme',
  accessLevel: 'Access level',
  type: 'Type of testimony',
  decade: 'Decade',
  year: 'Year',
  place: 'Place',
  hearing: 'Hearing or forum',
  narratorRole: 'Narrator’s role',
  language: 'Language',
};

/** Facets whose values are a closed list; a value outside it in the URL is dropped. */
const CLOSED: Partial<Record<Facet, readonly string[]>> = { accessLevel: ACCESS_LEVELS, type: TESTIMONY_TYPES, narratorRole: NARRATOR_ROLES };

export function emptyFilters(): SearchFilters {
  return { theme: [], accessLevel: [], type: [], decade: [], year: [], place: [], hearing: [], narratorRole: [], language: [] };
}

export function readSearchState(params: URLSearchParams): SearchState {
  const read = (facet: Facet): string[] => {
    const allowed = CLOSED[facet];
    return [...new Set(params.getAll(facet).map((v) => v.slice(0, 200)))].filter((v) => v !== '' && (!allowed || allowed.includes(v))).slice(0, 200);
  };
  // The closed facets were checked against their lists just above.
  const filters = Object.fromEntries(FACETS.map((f) => [f, read(f)])) as SearchFilters;
  const sort = params.get('sort') ?? 'relevance';
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: params.get('q') ?? '',
    filters,
    sort: (SEARCH_SORTS as readonly string[]).includes(sort) ? (sort as SearchSort) : 'relevance',
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 100_000) : 1,
    includeWithdrawn: params.get('withdrawn') === '1',
  };
}

/** The URL query for a state; defaults are left out so addresses stay short. */
export function writeSearchState(s: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q !== '') p.set('q', s.q);
  for (const facet of FACETS) for (const v of s.filters[facet]) p.append(facet, v);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.includeWithdrawn) p.set('withdrawn', '1');
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

/** The address of a search, e.g. for a saved search or the global box. */
export function searchHref(s: Partial<SearchState>): string {
  const p = writeSearchState({ q: '', filters: emptyFilters(), sort: 'relevance', page: 1, includeWithdrawn: false, ...s });
  return `/search${p.size > 0 ? `?${p.toString()}` : ''}`;
}

/** The values chosen for one facet, as plain strings. */
export function chosen(filters: SearchFilters, facet: Facet): readonly string[] {
  return filters[facet];
}

export function filterCount(f: SearchFilters): number {
  return FACETS.reduce((n, facet) => n + f[facet].length, 0);
}

export function searchInput(s: SearchState): Input<'search.query'> {
  return { q: s.q, filters: s.filters, sort: s.sort, includeWithdrawn: s.includeWithdrawn, offset: (s.page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
}

/** Where a result opens: the testimony's transcript with the search's words highlighted. */
export function transcriptHref(id: string, q: string): string {
  const p = new URLSearchParams({ tab: 'transcript' });
  if (q.trim() !== '') p.set('q', q);
  return `/testimonies/${id}?${p.toString()}`;
}
