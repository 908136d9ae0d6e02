import type { Database } from 'better-sqlite3';
import type { Output, ParsedInput } from '../../../shared/api';
import { FACETS, type Facet, type FacetCount, type SearchHit } from '../../../shared/api/search';
import type { NarratorRole } from '../../../shared/model/enums';
import { parseQuery } from '../../../shared/query/parse';
import { publishableWhere, today } from '../publish/policy';
import { compile, type CompiledQuery } from './compile';
import { facetCountSql, facetLabel, facetParams, facetWhere } from './facets';
import { CLOSE, leadSnippet, OPEN, SNIPPET_TOKENS, toSnippet } from './snippet';

type SearchRequest = Omit<ParsedInput<'search.query'>, 'offset' | 'limit'>;

/** search_fts columns to take a snippet from, best first: transcript, summary, segments, title, places, themes, people. */
const SNIPPET_COLUMNS = [2, 1, 6, 0, 4, 5, 3];
const PEOPLE_COLUMN = 3;

/** Field weights for BM25, in the column order of search_fts: titles and themes above the body. */
const WEIGHTS = '10.0, 4.0, 1.0, 3.0, 3.0, 8.0, 2.0';

const ORDER: Record<ParsedInput<'search.query'>['sort'], string> = {
  relevance: 'h.rank, t.ref_sort',
  date_asc: 't.date_start IS NULL, t.date_start, t.ref_sort',
  date_desc: 't.date_start IS NULL, t.date_start DESC, t.ref_sort',
  ref: 't.ref_sort',
};

interface Plan {
  compiled: CompiledQuery;
  hints: string[];
  params: Record<string, unknown>;
  /** Conditions on `t` every hit meets: withdrawn, scope, date range, facet choices. */
  where: string;
}

function plan(req: SearchRequest): Plan {
  const parsed = parseQuery(req.q);
  const compiled = compile(parsed, req.scope);
  const base: string[] = [];
  if (req.scope === 'public') base.push(publishableWhere('t'));
  else if (!req.includeWithdrawn) base.push('t.withdrawn = 0');
  if (parsed.date) {
    base.push('EXISTS (SELECT 1 FROM testimony_dates d WHERE d.testimony_id = t.id AND d.start <= @dateTo AND d.end >= @dateFrom)');
  }
  return {
    compiled,
    hints: [...parsed.hints, ...compiled.hints],
    params: {
      match: compiled.match,
      exclude: compiled.exclude,
      dateFrom: parsed.date?.from ?? '0000-01-01',
      dateTo: parsed.date?.to ?? '9999-12-31',
      publishDay: today(),
      ...facetParams(req.filters),
    },
    where: base.length === 0 ? '1' : base.join(' AND '),
  };
}

/** Fills temp.search_hits with every testimony the words, scope and date allow, with its rank. */
function collectHits(db: Database, p: Plan): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS search_hits (doc_id INTEGER PRIMARY KEY, rank REAL NOT NULL)');
  db.exec('DELETE FROM temp.search_hits');
  let source: string;
  if (p.compiled.match !== null) source = `SELECT rowid AS doc_id, bm25(search_fts, ${WEIGHTS}) AS rank FROM search_fts WHERE search_fts MATCH @match`;
  else if (p.compiled.exclude !== null) source = 'SELECT doc_id, 0 AS rank FROM testimonies WHERE doc_id NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH @exclude)';
  else source = 'SELECT doc_id, 0 AS rank FROM testimonies';
  db.prepare(`INSERT INTO temp.search_hits (doc_id, rank) SELECT m.doc_id, m.rank FROM (${source}) m JOIN testimonies t ON t.doc_id = m.doc_id WHERE ${p.where}`).run(
    pick(p.params, ['match', 'exclude', 'dateFrom', 'dateTo', 'publishDay']),
  );
}

/** Only the parameters a statement names (better-sqlite3 refuses others). */
function pick(params: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.filter((n) => n in params).map((n) => [n, params[n]]));
}

const facetNames = (sql: string) => [...sql.matchAll(/@(f_\w+)/g)].map((m) => m[1] as string);

function countFacets(db: Database, req: SearchRequest, p: Plan): Record<Facet, FacetCount[]> {
  const lookup = (sql: string, value: string) => (db.prepare(sql).get(value) as { name: string } | undefined)?.name;
  const out = {} as Record<Facet, FacetCount[]>;
  for (const facet of FACETS) {
    const sql = facetCountSql(facet, req.filters);
    const rows = db.prepare(sql).all(pick(p.params, facetNames(sql))) as { value: string; n: number }[];
    out[facet] = rows.map((r) => ({ value: String(r.value), label: facetLabel(facet, String(r.value), lookup), count: r.n }));
  }
  return out;
}

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
  roles: string | null;
}

function hitRows(db: Database, req: SearchRequest, p: Plan, range: { offset: number; limit: number } | null): HitRow[] {
  const where = facetWhere(req.filters);
  const sql = `SELECT h.doc_id, h.rank, t.id, t.ref, t.title, t.type, t.access_level, t.date_text, t.narrators, t.withdrawn, t.summary,
      (SELECT group_concat(DISTINCT tp.narrator_role) FROM testimony_people tp WHERE tp.testimony_id = t.id AND tp.role = 'narrator') AS roles
    FROM temp.search_hits h JOIN testimonies t ON t.doc_id = h.doc_id
    WHERE ${where} ORDER BY ${ORDER[req.sort]}${range ? ' LIMIT @limit OFFSET @offset' : ''}`;
  return db.prepare(sql).all({ ...pick(p.params, facetNames(sql)), ...(range ?? {}) }) as HitRow[];
}

function snippetFor(db: Database, req: SearchRequest, p: Plan, row: HitRow): SearchHit['snippet'] {
  if (p.compiled.match === null) return leadSnippet(row.summary);
  const s = (col: number) => `snippet(search_fts, ${col}, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS})`;
  // The passage people said comes first, then the catalogue's words, then the lists of names and
  // places; the public scope never shows the people column.
  // The CAST matters: JavaScript numbers bind as REAL, and FTS5 then ignores the rowid constraint
  // and snippets the first matching document instead (seen with SQLite 3.53).
  const cols = req.scope === 'public' ? SNIPPET_COLUMNS.filter((c) => c !== PEOPLE_COLUMN) : SNIPPET_COLUMNS;
  const found = db.prepare(`SELECT ${cols.map((c, i) => `${s(c)} AS s${i}`).join(', ')} FROM search_fts WHERE search_fts MATCH @match AND rowid = CAST(@doc AS INTEGER)`).get({ match: p.compiled.match, doc: row.doc_id }) as
    | Record<string, string>
    | undefined;
  const texts = cols.map((_, i) => found?.[`s${i}`] ?? '');
  const best = texts.find((t) => t.includes(OPEN)) ?? texts[0] ?? '';
  return best.trim() === '' ? leadSnippet(row.summary) : toSnippet(best);
}

function toHit(db: Database, req: SearchRequest, p: Plan, r: HitRow): SearchHit {
  return {
    id: r.id,
    ref: r.ref,
    title: r.title,
    snippet: snippetFor(db, req, p, r),
    score: r.rank === 0 ? 0 : Math.round(-r.rank * 1000) / 1000,
    type: r.type,
    accessLevel: r.access_level,
    dateRecorded: r.date_text,
    narratorRoles: (r.roles ? r.roles.split(',') : []) as NarratorRole[],
    narrators: req.scope === 'public' ? '' : r.narrators,
    withdrawn: r.withdrawn === 1,
  };
}

/** One search call: a page of ranked hits with snippets, the total, facet counts and hints. */
export function search(db: Database, req: ParsedInput<'search.query'>): Output<'search.query'> {
  const started = performance.now();
  const p = plan(req);
  return db.transaction(() => {
    collectHits(db, p);
    const countSql = `SELECT count(*) AS n FROM temp.search_hits h JOIN testimonies t ON t.doc_id = h.doc_id WHERE ${facetWhere(req.filters)}`;
    const total = (db.prepare(countSql).get(pick(p.params, facetNames(countSql))) as { n: number }).n;
    const items = hitRows(db, req, p, { offset: req.offset, limit: req.limit }).map((r) => toHit(db, req, p, r));
    const facets = countFacets(db, req, p);
    return { total, items, facets, hints: p.hints, tookMs: Math.round((performance.now() - started) * 10) / 10 };
  })();
}

/** Every hit of a search in order (for export), with snippets. */
export function searchAll(db: Database, req: SearchRequest): SearchHit[] {
  const p = plan(req);
  return db.transaction(() => {
    collectHits(db, p);
    return hitRows(db, req, p, null).map((r) => toHit(db, req, p, r));
  })();
}
