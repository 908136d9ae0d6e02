/** The fixed query set through the full `search.query` call: results, snippets and facet counts. */
import type { Input } from '../../shared/api';
import type { BenchClient } from './client';
import { QUERIES, type BenchQuery, type FacetSelection } from './queries';
import { measure, summarise, type Latency } from './timing';

type SearchInput = Input<'search.query'>;

export interface SearchQueryResult {
  id: string;
  kind: string;
  input: SearchInput;
  total: number;
  /** Documents the generator planted for this query; null where nothing was planted. */
  expected: number | null;
  latency: Latency;
  /** The engine's own `tookMs`, without validation and transport. */
  engine: Latency;
  hints: string[];
  error?: string;
}

export interface SearchBenchResult {
  available: boolean;
  error?: string;
  /** Page size asked for. */
  limit: number;
  queries: SearchQueryResult[];
  /** Over every timed call of every query. */
  overall: Latency;
}

/** Turns a query's facet intent into the values the engine offers (decade given as a year). */
function resolveFilters(q: BenchQuery, facets: Record<string, { value: string }[]>): { filters: SearchInput['filters']; missing: string | null } {
  const out: Record<string, string[]> = {};
  for (const [facet, wanted] of Object.entries(q.filters ?? {}) as [keyof FacetSelection, string[]][]) {
    if (facet !== 'decade') {
      out[facet] = wanted;
      continue;
    }
    const values = (facets.decade ?? []).map((f) => f.value);
    const found = wanted.map((year) => values.find((v) => v.includes(year)));
    if (found.some((v) => v === undefined)) return { filters: {}, missing: `no decade facet value for ${wanted.join(', ')} (offered: ${values.join(', ')})` };
    out[facet] = found.filter((v) => v !== undefined);
  }
  return { filters: out, missing: null };
}

export function inputOf(q: BenchQuery, filters: SearchInput['filters'], limit: number): SearchInput {
  return { q: q.q, filters, sort: q.sort ?? 'relevance', offset: q.offset ?? 0, limit, scope: q.scope ?? 'full' };
}

export function runSearchBench(client: BenchClient, expected: Record<string, number>, runs: number, limit = 100, budgetMs = Infinity): SearchBenchResult {
  const probe = client.tryCall('search.query', { q: '', limit: 1 });
  if (!probe.ok) return { available: false, error: probe.message, limit, queries: [], overall: summarise([]) };
  const facets = probe.value.facets as Record<string, { value: string }[]>;
  const all: number[] = [];
  const queries = QUERIES.map((q): SearchQueryResult => {
    const { filters, missing } = resolveFilters(q, facets);
    const input = inputOf(q, filters, limit);
    const base = { id: q.id, kind: q.kind, input, expected: q.expect ? (expected[q.id] ?? 0) : null };
    if (missing) return { ...base, total: 0, latency: summarise([]), engine: summarise([]), hints: [], error: missing };
    const first = client.tryCall('search.query', input);
    if (!first.ok) return { ...base, total: 0, latency: summarise([]), engine: summarise([]), hints: [], error: first.message };
    const took: number[] = [];
    const { samples, value } = measure(() => {
      const v = client.call('search.query', input);
      took.push(v.tookMs);
      return v;
    }, runs, budgetMs);
    all.push(...samples);
    return { ...base, total: value.total, latency: summarise(samples), engine: summarise(took.slice(1)), hints: value.hints };
  });
  return { available: true, limit, queries, overall: summarise(all) };
}
