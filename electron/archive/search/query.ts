import type { Database } from 'better-sqlite3';
import type { Output, ParsedInput } from '../../../shared/api';
import type { SearchHit } from '../../../shared/api/search';
import type { NarratorRole } from '../../../shared/model/enums';
import { parseQuery } from '../../../shared/query/parse';
import type { Role } from '../../../shared/model/enums';
import { readableWhere, readParams, readsEverything } from '../access/readable';
import { publishableWhere, today } from '../publish/policy';
import { compile, type CompiledQuery } from './compile';
import { publicCheck, type PublicCheck } from './publicCheck';
import { readsRedacted } from '../access/redactedReading';
import { publicNames, withholdInSnippet, type PublicNames } from './publicNames';
import { namesToRecheck } from './withheldNames';
import { nameFacts } from '../publish/publicTestimony';
import type { Term } from '../../../shared/query/ast';
import { applyFacets, facetCounts, HIT_FACT_COLUMNS, type HitFacts } from './facets';
import { CLOSE, leadSnippet, OPEN, SNIPPET_TOKENS, toSnippet } from './snippet';

/**
 * One search: FTS5 finds the matching testimonies with their BM25 rank; the scope, withdrawn and
 * date conditions are applied in the same statement, which also reads each hit's facet values;
 * facets, ordering and paging then happen in memory; only the page's hits are read in full and
 * given snippets.
 */

type SearchRequest = Omit<ParsedInput<'search.query'>, 'offset' | 'limit'>;
type Sort = SearchRequest['sort'];

/** search_fts columns to take a snippet from, best first: transcript, summary, segments, title, places, themes, people. */
const SNIPPET_COLUMNS = [2, 1, 6, 0, 4, 5, 3];
const PEOPLE_COLUMN = 3;

/** Field weights for BM25, in the column order of search_fts: titles and themes above the body. */
const WEIGHTS = '10.0, 4.0, 1.0, 3.0, 3.0, 8.0, 2.0';

interface Plan {
  compiled: CompiledQuery;
  hints: string[];
  params: Record<string, unknown>;
  /** Conditions on `t` (testimonies) every hit meets: withdrawn, scope, date range. */
  where: string;
  /** The words and phrases searched for or left out, as the compiled query uses them. */
  terms: Term[];
  /** In the public scope: the answer of the public text of testimonies with redactions. */
  check: PublicCheck | null;
  /** In the public scope: shows unconsented people by their public name in titles and snippets. */
  names: PublicNames | null;
}

function plan(req: SearchRequest, role: Role): Plan {
  const parsed = parseQuery(req.q);
  const compiled = compile(parsed, req.scope);
  // Only what the caller may read is ever a hit: counts, facets and snippets all come from hits.
  const base: string[] = readsEverything(role) ? [] : [readableWhere('t', role)];
  const params: Record<string, unknown> = readParams();
  if (req.scope === 'public') {
    base.push(publishableWhere('t'));
    params.publishDay = today();
  } else if (!req.includeWithdrawn) base.push('t.withdrawn = 0');
  if (parsed.date) {
    base.push('EXISTS (SELECT 1 FROM testimony_dates d WHERE d.testimony_id = t.id AND d.start <= @dateTo AND d.end >= @dateFrom)');
    params.dateFrom = parsed.date.from ?? '0000-01-01';
    params.dateTo = parsed.date.to ?? '9999-12-31';
  }
  if (compiled.match !== null) params.match = compiled.match;
  else if (compiled.exclude !== null) params.exclude = compiled.exclude;
  // The public scope drops person: terms (compile.ts), so they touch no text there.
  const terms = [...parsed.all.flat(), ...parsed.none].filter((t) => req.scope !== 'public' || t.field !== 'person');
  return { compiled, hints: [...parsed.hints, ...compiled.hints], params, where: base.length === 0 ? '1' : base.join(' AND '), terms, check: null, names: null };
}

/**
 * Every testimony the words, scope and date allow, with its rank and facet values. FTS5 leads
 * (CROSS JOIN keeps SQLite from scanning testimonies and probing the index once per row), and the
 * facts come from the covering index testimonies_search_facts, never the wide rows.
 */
function collectHits(db: Database, p: Plan): HitFacts[] {
  let sql: string;
  if (p.compiled.match !== null) {
    sql = `SELECT m.doc_id, m.rank, ${HIT_FACT_COLUMNS}
      FROM (SELECT rowid AS doc_id, bm25(search_fts, ${WEIGHTS}) AS rank FROM search_fts WHERE search_fts MATCH @match) m
      CROSS JOIN testimonies t ON t.doc_id = m.doc_id WHERE ${p.where}`;
  } else {
    const exclude = p.compiled.exclude === null ? '' : ' AND t.doc_id NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH @exclude)';
    sql = `SELECT t.doc_id, 0 AS rank, ${HIT_FACT_COLUMNS} FROM testimonies t INDEXED BY testimonies_search_facts WHERE ${p.where}${exclude}`;
  }
  return db.prepare(sql).all(p.params) as HitFacts[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Undated testimonies come last in either date order. */
const byDate = (dir: 1 | -1) => (a: HitFacts, b: HitFacts) =>
  a.date_start === b.date_start ? 0 : a.date_start === null ? 1 : b.date_start === null ? -1 : dir * byText(a.date_start, b.date_start);

const ORDER: Record<Sort, (a: HitFacts, b: HitFacts) => number> = {
  relevance: (a, b) => a.rank - b.rank || byText(a.ref_sort, b.ref_sort),
  date_asc: (a, b) => byDate(1)(a, b) || byText(a.ref_sort, b.ref_sort),
  date_desc: (a, b) => byDate(-1)(a, b) || byText(a.ref_sort, b.ref_sort),
  ref: (a, b) => byText(a.ref_sort, b.ref_sort),
};

interface HitRow {
  doc_id: number;
  rank: number;
  id: string;
  ref: string;
  title: string;
  type: SearchHit['type'];
  access_level: SearchHit['accessLevel'];
  date_text: string;
  narrators: string;
  withdrawn: number;
  summary: string;
  narrator_roles: string;
}

/** The full rows of the hits to show. */
function details(db: Database, hits: readonly HitFacts[]): HitRow[] {
  const get = db.prepare('SELECT t.doc_id, t.id, t.ref, t.title, t.type, t.access_level, t.date_text, t.narrators, t.withdrawn, t.summary, t.narrator_roles FROM testimonies t WHERE t.doc_id = ?');
  return hits.map((h) => ({ ...(get.get(h.doc_id) as Omit<HitRow, 'rank'>), rank: h.rank }));
}

function snippetFor(db: Database, req: SearchRequest, p: Plan, row: HitRow): SearchHit['snippet'] {
  // A testimony with redactions is shown in the public scope from its public text only.
  const check = p.check?.covers(row.doc_id) ? p.check : null;
  const summary = check ? check.summary(row.doc_id) : row.summary;
  if (p.compiled.match === null) return leadSnippet(summary);
  // The passage people said comes first, then the catalogue's words, then the lists of names and
  // places; the public scope never shows the people column. Each column costs a pass over its
  // text, so the next is tried only when the one before has no match.
  // The CAST matters: JavaScript numbers bind as REAL, and FTS5 then ignores the rowid constraint
  // and snippets the first matching document instead (seen with SQLite 3.53).
  const cols = req.scope === 'public' ? SNIPPET_COLUMNS.filter((c) => c !== PEOPLE_COLUMN) : SNIPPET_COLUMNS;
  let first = '';
  for (const col of cols) {
    if (check) {
      const text = check.snippet(row.doc_id, p.compiled.match, col, OPEN, CLOSE, SNIPPET_TOKENS);
      if (text.includes(OPEN)) return toSnippet(text);
      if (first === '') first = text;
      continue;
    }
    const found = db
      .prepare(`SELECT snippet(search_fts, ${col}, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS}) AS s FROM search_fts WHERE search_fts MATCH @match AND rowid = CAST(@doc AS INTEGER)`)
      .get({ match: p.compiled.match, doc: row.doc_id }) as { s: string } | undefined;
    const text = found?.s ?? '';
    if (text.includes(OPEN)) return toSnippet(text);
    if (first === '') first = text;
  }
  return first.trim() === '' ? leadSnippet(summary) : toSnippet(first);
}

function toHit(db: Database, req: SearchRequest, p: Plan, r: HitRow): SearchHit {
  const snippet = snippetFor(db, req, p, r);
  return {
    id: r.id,
    ref: r.ref,
    title: p.names ? p.names.withhold(r.title) : r.title,
    snippet: p.names ? withholdInSnippet(snippet, p.names) : snippet,
    score: r.rank === 0 ? 0 : Math.round(-r.rank * 1000) / 1000,
    type: r.type,
    accessLevel: r.access_level,
    dateRecorded: r.date_text,
    narratorRoles: JSON.parse(r.narrator_roles) as NarratorRole[],
    narrators: req.scope === 'public' ? '' : r.narrators,
    withdrawn: r.withdrawn === 1,
  };
}

/** The hits a request keeps, in its order, with the facet counts. */
function run(db: Database, req: SearchRequest, role: Role) {
  const p = plan(req, role);
  let hits = collectHits(db, p);
  if (req.scope === 'public') {
    const people = nameFacts(db);
    p.names = publicNames(db, people);
    const q = { match: p.compiled.match, exclude: p.compiled.exclude, where: p.where, params: p.params, factColumns: HIT_FACT_COLUMNS };
    p.check = publicCheck(db, q, hits, { withhold: p.names.withhold, touched: namesToRecheck(db, p.terms, people) });
    hits = p.check.hits;
  } else if (readsRedacted(role)) {
    // Researchers read transcripts redacted (access/redactedReading.ts): their search is asked
    // again of the redacted text of testimonies with redactions, like the public scope's.
    const q = { match: p.compiled.match, exclude: p.compiled.exclude, where: p.where, params: p.params, factColumns: HIT_FACT_COLUMNS };
    p.check = publicCheck(db, q, hits, { withhold: (text) => text, touched: [] });
    hits = p.check.hits;
  }
  const { kept, counts } = applyFacets(hits, req.filters);
  kept.sort(ORDER[req.sort]);
  return { p, kept, counts };
}

/** One search call: a page of ranked hits with snippets, the total, facet counts and hints. */
export function search(db: Database, req: ParsedInput<'search.query'>, role: Role): Output<'search.query'> {
  const started = performance.now();
  return db.transaction(() => {
    const { p, kept, counts } = run(db, req, role);
    const page = details(db, kept.slice(req.offset, req.offset + req.limit));
    const names = {
      place: db.prepare('SELECT name FROM places WHERE id = ?'),
      hearing: db.prepare('SELECT title AS name FROM hearings WHERE id = ?'),
      theme: db.prepare('SELECT label AS name FROM themes WHERE id = ?'),
    };
    const facets = facetCounts(counts, (f, id) => (names[f].get(id) as { name: string } | undefined)?.name);
    return {
      total: kept.length,
      items: page.map((r) => toHit(db, req, p, r)),
      facets,
      hints: p.hints,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
    };
  })();
}

/** Every hit of a search in order (for export), with snippets. */
export function searchAll(db: Database, req: SearchRequest, role: Role): SearchHit[] {
  return db.transaction(() => {
    const { p, kept } = run(db, req, role);
    return details(db, kept).map((r) => toHit(db, req, p, r));
  })();
}
