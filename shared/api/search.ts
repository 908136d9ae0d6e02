import { z } from 'zod';
import { ACCESS_LEVELS, NARRATOR_ROLES, TESTIMONY_TYPES } from '../model/enums';
import { id, paging, requiredText } from '../model/fields';
import { method, READERS } from './define';

/** Facets, in the order the Search page shows them. */
export const FACETS = ['theme', 'accessLevel', 'type', 'decade', 'year', 'place', 'hearing', 'narratorRole', 'language'] as const;
export type Facet = (typeof FACETS)[number];

export const SEARCH_SORTS = ['relevance', 'date_asc', 'date_desc', 'ref'] as const;

/**
 * Who the results are for. `full`: everything the caller's role may read. `public`: only what may
 * be published (the publish policy), and names are never searched or shown.
 */
export const SEARCH_SCOPES = ['full', 'public'] as const;

const values = z.array(z.string().max(200)).max(200).default([]);

/** Facet selections: within a facet any value may match, across facets all must. */
export const searchFilters = z
  .object({
    theme: values,
    accessLevel: z.array(z.enum(ACCESS_LEVELS)).default([]),
    type: z.array(z.enum(TESTIMONY_TYPES)).default([]),
    decade: values,
    year: values,
    place: values,
    hearing: values,
    narratorRole: z.array(z.enum(NARRATOR_ROLES)).default([]),
    language: values,
  })
  .default({ theme: [], accessLevel: [], type: [], decade: [], year: [], place: [], hearing: [], narratorRole: [], language: [] });
export type SearchFilters = z.output<typeof searchFilters>;

/**
 * The box may hold anything a person can paste; the parser cuts and explains, so the contract
 * only refuses what is absurd to send at all.
 */
const searchRequest = z.object({
  q: z.string({ message: 'Must be text' }).max(100_000, { message: 'A search must be at most 100,000 characters' }).default(''),
  filters: searchFilters,
  sort: z.enum(SEARCH_SORTS).default('relevance'),
  includeWithdrawn: z.boolean().default(false),
  scope: z.enum(SEARCH_SCOPES).default('full'),
});

/** A stretch of text around the matches; `marks` are [start, end) offsets of matches in `text`. */
export const snippet = z.object({ text: z.string(), marks: z.array(z.tuple([z.number().int(), z.number().int()])) });
export type Snippet = z.output<typeof snippet>;

export const searchHit = z.object({
  id,
  ref: z.string(),
  title: z.string(),
  snippet,
  /** Higher is better (negated BM25); 0 when the search has no words. */
  score: z.number(),
  type: z.enum(TESTIMONY_TYPES),
  accessLevel: z.enum(ACCESS_LEVELS),
  dateRecorded: z.string(),
  narratorRoles: z.array(z.enum(NARRATOR_ROLES)),
  /** Narrators' names; empty in the public scope. */
  narrators: z.string(),
  withdrawn: z.boolean(),
});
export type SearchHit = z.output<typeof searchHit>;

export const facetCount = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export type FacetCount = z.output<typeof facetCount>;

const savedSearch = z.object({
  id,
  name: z.string(),
  q: z.string(),
  filters: searchFilters,
  sort: z.enum(SEARCH_SORTS),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type SavedSearch = z.output<typeof savedSearch>;

export const searchApi = {
  'search.query': method({
    summary: 'Full-text search with facets and snippets, ranked or sorted, a page at a time',
    input: searchRequest.extend(paging),
    output: z.object({
      total: z.number().int(),
      items: z.array(searchHit),
      facets: z.record(z.enum(FACETS), z.array(facetCount)),
      /** What the parser ignored or corrected, to show under the box. */
      hints: z.array(z.string()),
      tookMs: z.number(),
    }),
    roles: READERS,
    kind: 'read',
    scope: 'archive',
  }),
  'search.exportCsv': method({
    summary: 'The whole result list of a search as CSV (formula-safe), for a spreadsheet',
    input: searchRequest,
    output: z.object({ filename: z.string(), csv: z.string(), rows: z.number().int() }),
    roles: READERS,
    kind: 'read',
    scope: 'archive',
  }),
  'search.saved.list': method({
    summary: 'Saved searches, by name',
    input: z.object({}).default({}),
    output: z.array(savedSearch),
    roles: READERS,
    kind: 'read',
    scope: 'archive',
  }),
  'search.saved.save': method({
    summary: 'Save a search under a name; the same name replaces the earlier one',
    input: z.object({
      name: requiredText('A name', 120),
      q: z.string().max(1000, { message: 'A saved search must be at most 1,000 characters' }),
      filters: searchFilters,
      sort: z.enum(SEARCH_SORTS).default('relevance'),
    }),
    output: savedSearch,
    roles: READERS,
    kind: 'write',
    scope: 'archive',
  }),
  'search.saved.delete': method({
    summary: 'Delete a saved search',
    input: z.object({ id }),
    output: z.object({ id }),
    roles: READERS,
    kind: 'write',
    scope: 'archive',
  }),
} as const;
