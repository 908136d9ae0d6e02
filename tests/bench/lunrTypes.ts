/** What the parent and the lunr child process exchange (as JSON files). */
import type { Latency, Memory } from './timing';

/** One fixed query in lunr's terms, with what the reading room would do around it in JavaScript. */
export interface LunrQuery {
  id: string;
  /** As typed in the search box (the reading room reads the app's syntax). */
  text: string;
  /** Facet selections: accessLevel, type, narratorRole, language as values; decade as a year ("1960"). */
  filters: Record<string, string[]>;
  sort: 'relevance' | 'date_asc' | 'date_desc' | 'ref';
  offset: number;
  limit: number;
}

export interface LunrJob {
  corpusFile: string;
  queries: LunrQuery[];
  runs: number;
  /** Time one query may take in all (warm-up and timed runs). */
  queryBudgetMs: number;
  /** Where the child writes its results, after every phase (so a timeout still leaves figures). */
  outFile: string;
  /** Where the serialized index goes (the reading room writes one too). */
  indexFile: string;
}

export interface LunrQueryResult {
  id: string;
  q: string;
  total: number;
  latency: Latency;
  error?: string;
}

export interface LunrResult {
  /** Which phase the child reached: a timeout or a crash leaves the earlier figures. */
  phase: 'reading' | 'building' | 'serializing' | 'loading' | 'querying' | 'done';
  /** When the current phase began (epoch ms): the parent stops a build that runs past its cap. */
  phaseStartedAt: number;
  lunrVersion: string;
  /** How the index was built and searched. */
  builder: string;
  searcher: string;
  documents: number;
  corpusMB: number;
  readMs?: number;
  buildMs?: number;
  /** Heap in use before building (the corpus in memory), right after, and the most seen while adding. */
  heapBeforeBuild?: Memory;
  heapAfterBuild?: Memory;
  heapPeakSampledMB?: number;
  serializeMs?: number;
  indexBytes?: number;
  /** Reading the file, JSON.parse, and lunr.Index.load, as the reading room does on opening. */
  load?: { readMs: number; parseMs: number; indexLoadMs: number; totalMs: number; heapAfterLoad: Memory };
  /** Per query, in the order run (written as they finish). */
  queries?: LunrQueryResult[];
  overall?: Latency;
  /** The child's own peak: resident set and V8 heap limit. */
  peak?: Memory;
  heapLimitMB: number;
}
