import type { Database } from 'better-sqlite3';
import { readRedactions, redactText } from '../publish/redact';
import type { HitFacts } from './facets';

/**
 * The public scope's answer for testimonies with redactions. search_fts indexes the whole text,
 * redacted words included (the full scope needs them), so a public search could find a testimony
 * by a word no public output shows, or leave one out because of it ("-word"), and its snippet
 * could quote it. For the few testimonies that have redactions, the query is asked again of their
 * public text — transcript and summary with "[redacted]" in place of their spans — in a temporary
 * FTS5 table with the same columns and tokenizer; its answer replaces search_fts's, and snippets
 * of those testimonies come from it. Testimonies without redactions (nearly all) cost nothing.
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

export function publicCheck(db: Database, q: PublicQuery, hits: HitFacts[]): PublicCheck {
  const redacted = redactedDocs(db, q);
  const none: PublicCheck = { hits, covers: () => false, snippet: () => '', summary: () => '' };
  if (redacted.size === 0) return none;

  // Which redacted testimonies to ask again: those search_fts found, or all of them when taking
  // words away can make a testimony match (a NOT, or a search that only excludes).
  const toCheck = canGainHits(q) ? [...redacted.keys()] : hits.map((h) => h.doc_id).filter((d) => redacted.has(d));
  if (toCheck.length === 0) return none;
  ensureTable(db);
  const spans = readRedactions(db);
  const summaries = new Map<number, string>();
  const read = db.prepare(`SELECT ${COLUMNS} FROM search_content WHERE doc_id = ?`);
  const put = db.prepare(`INSERT INTO temp.${TABLE} (rowid, ${COLUMNS}) VALUES (@rowid, @title, @summary, @transcript, @people, @places, @themes, @segments)`);
  for (const docId of toCheck) {
    const row = read.get(docId) as Record<string, string> | undefined;
    if (!row) continue;
    const r = spans(redacted.get(docId) as string);
    const summary = redactText(row.summary ?? '', r.summary);
    summaries.set(docId, summary);
    put.run({ ...row, rowid: docId, summary, transcript: redactText(row.transcript ?? '', r.transcript) });
  }

  const asked = q.match ?? q.exclude;
  const matched = new Set(asked === null ? [] : (db.prepare(`SELECT rowid FROM temp.${TABLE} WHERE ${TABLE} MATCH ?`).pluck().all(asked) as number[]));
  const publicHit = (docId: number) => (q.match !== null ? matched.has(docId) : !matched.has(docId));
  const kept = hits.filter((h) => !redacted.has(h.doc_id) || publicHit(h.doc_id));
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
