import type { Database } from 'better-sqlite3';
import { publicTextOf, type NameFacts } from '../publish/publicTestimony';
import { readRedactions } from '../publish/redact';
import type { HitFacts } from './facets';
import { docsNaming } from './withheldNames';

/**
 * The public scope's answer for testimonies with redactions. search_fts indexes the whole text,
 * redacted words included (the full scope needs them), so a public search could find a testimony
 * by a word no public output shows, or leave one out because of it ("-word"), and its snippet
 * could quote it. For the few testimonies that have redactions, the query is asked again of their
 * public text — transcript and summary with "[redacted]" in place of their spans — in a temporary
 * FTS5 table with the same columns and tokenizer; its answer replaces search_fts's, and snippets
 * of those testimonies come from it. Testimonies without redactions (nearly all) cost nothing.
 *
 * Withheld names work the same way (withheldNames.ts): when the query could touch the name of a
 * person without consent to be named, or the public name shown in its place, every testimony
 * whose text holds that name is asked again too, in its public text (names withheld as every
 * public output withholds them), so a testimony found only by a withheld name drops out and one
 * whose public text reads the pseudonym searched for comes in.
 *
 * Call everything inside the search's read transaction: the temporary table is filled per search.
 */

const TABLE = 'public_check';
const COLUMNS = 'title, summary, transcript, people, places, themes, segments';

export interface PublicCheck {
  /** The hits as their public text answers the query (the same list when nothing is redacted). */
  hits: HitFacts[];
  /** Whether the doc's snippet and summary must come from here. */
  covers(docId: number): boolean;
  /** FTS5 `snippet()` of a column of the doc's public text ('' when that column does not match). */
  snippet(docId: number, match: string, column: number, open: string, close: string, tokens: number): string;
  /** The doc's summary with its redactions applied. */
  summary(docId: number): string;
}

export interface PublicQuery {
  /** MATCH text for the documents to find, or null when the search only excludes or filters. */
  match: string | null;
  /** MATCH text for the documents to leave out when there is nothing to match. */
  exclude: string | null;
  /** The plan's conditions on `t` (scope, date), with their parameters. */
  where: string;
  params: Record<string, unknown>;
  factColumns: string;
}

/** The withheld names a public search must honour. */
export interface NameCheck {
  /** Replaces withheld names by public names (nameWithholder). */
  withhold: (text: string) => string;
  /** The people without consent whose names the query could touch (namesToRecheck); [] for none. */
  touched: readonly NameFacts[];
}

/** The parameters a statement names (better-sqlite3 refuses others). */
function paramsOf(sql: string, params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(`@${k}`)));
}

function ensureTable(db: Database): void {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${TABLE} USING fts5(${COLUMNS}, tokenize = 'unicode61 remove_diacritics 2')`);
  db.exec(`DELETE FROM temp.${TABLE}`);
}

/** Public testimonies (as the plan's conditions allow) with at least one redacted span, by doc id. */
function redactedDocs(db: Database, q: PublicQuery): Map<number, string> {
  const sql = `SELECT t.doc_id, t.id FROM testimonies t
    WHERE t.id IN (SELECT r.testimony_id FROM passages r WHERE r.kind = 'redaction' AND r.end > r.start) AND ${q.where}`;
  const rows = db.prepare(sql).all(paramsOf(sql, q.params)) as { doc_id: number; id: string }[];
  return new Map(rows.map((r) => [r.doc_id, r.id]));
}

/** Whether a query can match a text with fewer words than the indexed one without matching that one. */
const canGainHits = (q: PublicQuery) => q.match === null || / NOT /.test(q.match);

export function publicCheck(db: Database, q: PublicQuery, hits: HitFacts[], names: NameCheck): PublicCheck {
  const redacted = redactedDocs(db, q);
  const none: PublicCheck = { hits, covers: () => false, snippet: () => '', summary: () => '' };
  if (redacted.size === 0 && names.touched.length === 0) return none;

  // Which testimonies to ask again: the redacted ones search_fts found, or all of them when taking
  // words away can make a testimony match (a NOT, or a search that only excludes); and every one
  // naming a person whose name the query touches, found or not.
  const toCheck = new Set(canGainHits(q) ? [...redacted.keys()] : hits.map((h) => h.doc_id).filter((d) => redacted.has(d)));
  for (const docId of docsNaming(db, names.touched, q.where, q.params)) toCheck.add(docId);
  if (toCheck.size === 0) return none;
  ensureTable(db);
  const spans = readRedactions(db);
  const summaries = new Map<number, string>();
  const read = db.prepare(`SELECT t.id, ${COLUMNS.split(', ').map((c) => `c.${c}`).join(', ')} FROM search_content c JOIN testimonies t ON t.doc_id = c.doc_id WHERE c.doc_id = ?`);
  const put = db.prepare(`INSERT INTO temp.${TABLE} (rowid, ${COLUMNS}) VALUES (@rowid, @title, @summary, @transcript, @people, @places, @themes, @segments)`);
  const text = (s: string | null | undefined) => names.withhold(s ?? '');
  for (const docId of toCheck) {
    const row = read.get(docId) as Record<string, string> | undefined;
    if (!row) continue;
    const r = spans(row.id as string);
    const summary = publicTextOf(names.withhold, row.summary ?? '', r.summary);
    summaries.set(docId, summary);
    put.run({
      rowid: docId,
      title: text(row.title),
      summary,
      transcript: publicTextOf(names.withhold, row.transcript ?? '', r.transcript),
      people: text(row.people),
      places: text(row.places),
      themes: text(row.themes),
      segments: text(row.segments),
    });
  }

  const asked = q.match ?? q.exclude;
  const matched = new Set(asked === null ? [] : (db.prepare(`SELECT rowid FROM temp.${TABLE} WHERE ${TABLE} MATCH ?`).pluck().all(asked) as number[]));
  const publicHit = (docId: number) => (q.match !== null ? matched.has(docId) : !matched.has(docId));
  const kept = hits.filter((h) => !summaries.has(h.doc_id) || publicHit(h.doc_id));
  const have = new Set(kept.map((h) => h.doc_id));
  const factsSql = `SELECT t.doc_id, 0 AS rank, ${q.factColumns} FROM testimonies t WHERE t.doc_id = @doc AND ${q.where}`;
  const facts = db.prepare(factsSql);
  const factParams = paramsOf(factsSql, q.params);
  for (const docId of toCheck) {
    if (have.has(docId) || !publicHit(docId)) continue;
    const f = facts.get({ ...factParams, doc: docId }) as HitFacts | undefined;
    if (f) kept.push(f);
  }

  return {
    hits: kept,
    covers: (docId) => summaries.has(docId),
    snippet: (docId, match, column, open, close, tokens) => {
      if (!Number.isInteger(column) || !Number.isInteger(tokens)) throw new Error('bad snippet column or length');
      const found = db
        .prepare(`SELECT snippet(${TABLE}, ${column}, ?, ?, '…', ${tokens}) AS s FROM temp.${TABLE} WHERE ${TABLE} MATCH ? AND rowid = CAST(? AS INTEGER)`)
        .get(open, close, match, docId) as { s: string } | undefined;
      return found?.s ?? '';
    },
    summary: (docId) => summaries.get(docId) ?? '',
  };
}
