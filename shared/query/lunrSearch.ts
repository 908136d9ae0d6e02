import lunr from 'lunr';
import { isEmptyQuery, type SearchField, type Term } from './ast';
import type { LunrField } from './lunrPipeline';
import { parseQuery } from './parse';
import type { CatalogueEntry, PublicRecord } from './lunrFormat';
import { phraseIn, queryWords, type Highlight, type QueryWord } from './lunrMatch';

/**
 * The search box's query (shared/query/parse.ts, the same syntax as the app) run on the lunr
 * index. Each word or phrase is its own lunr query with every word required; the groups are then
 * combined as the syntax says (all groups, any term within a group, none of the excluded), phrases
 * are checked against the text, and the date filter against the catalogue. Ranking comes from one
 * more lunr query with every searched word optional.
 */

const FIELDS: Record<SearchField, LunrField[] | undefined> = { title: ['title'], person: ['people'], place: ['places'], theme: undefined };

export interface Env {
  index: lunr.Index;
  entries: readonly CatalogueEntry[];
  records(entries: readonly CatalogueEntry[]): Promise<Map<string, PublicRecord>>;
}

export interface Outcome {
  /** Matching reference codes, best first. */
  refs: string[];
  hints: string[];
  /** What was searched for, to mark the matches. */
  highlight: Highlight;
}

interface Prepared {
  term: Term;
  words: QueryWord[];
  fields: LunrField[] | undefined;
}

function prepare(term: Term, hints: string[]): Prepared | null {
  const words = queryWords(term.text, term.prefix);
  if (!words.some((w) => w.term !== null)) {
    hints.push(`"${term.text}" is too common a word to search for on its own, so it was left out.`);
    return null;
  }
  if (term.field === 'theme' && !hints.some((h) => h.startsWith('This reading room has no themes'))) {
    hints.push('This reading room has no themes: theme: was searched in all the text.');
  }
  return { term, words, fields: term.field ? FIELDS[term.field] : undefined };
}

function fieldText(r: PublicRecord, fields: LunrField[] | undefined): string {
  const parts: string[] = [];
  const want = (f: LunrField) => !fields || fields.includes(f);
  if (want('title')) parts.push(r.title);
  if (want('people')) parts.push(...r.people.map((p) => p.name));
  if (want('places')) parts.push(...[r.placeRecorded ?? '', ...r.placesSpokenAbout]);
  if (want('body')) parts.push(r.summary, r.transcript);
  // Separate fields by a line no phrase can span.
  return parts.join('\n\u2029\n');
}

async function docsOf(p: Prepared, env: Env, byRef: Map<string, CatalogueEntry>): Promise<Set<string>> {
  const found = env.index.query((q) => {
    for (const w of p.words) {
      if (w.term === null) continue;
      q.term(w.term, {
        ...(p.fields ? { fields: p.fields } : {}),
        presence: lunr.Query.presence.REQUIRED,
        usePipeline: false,
        wildcard: w.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
      });
    }
  });
  const refs = new Set(found.map((r) => r.ref));
  if (!p.term.phrase || refs.size === 0) return refs;
  const entries = [...refs].map((r) => byRef.get(r)).filter((e): e is CatalogueEntry => !!e);
  const records = await env.records(entries);
  return new Set([...refs].filter((ref) => {
    const r = records.get(ref);
    return !!r && phraseIn(fieldText(r, p.fields), p.words);
  }));
}

const overlaps = (dates: [string, string][], from: string | null, to: string | null) =>
  dates.some(([s, e]) => (from === null || e >= from) && (to === null || s <= to));

export async function runSearch(input: string, env: Env): Promise<Outcome> {
  const parsed = parseQuery(input);
  const hints = [...parsed.hints];
  const order = env.entries.map((e) => e.ref);
  if (isEmptyQuery(parsed)) return { refs: order, hints, highlight: { words: [], phrases: [] } };
  const byRef = new Map(env.entries.map((e) => [e.ref, e]));

  let result = null as Set<string> | null;
  const positive: Prepared[] = [];
  for (const group of parsed.all) {
    const prepared = group.map((t) => prepare(t, hints)).filter((p): p is Prepared => p !== null);
    if (prepared.length === 0) continue;
    positive.push(...prepared);
    const any = new Set<string>();
    for (const p of prepared) for (const ref of await docsOf(p, env, byRef)) any.add(ref);
    result = result === null ? any : new Set([...result].filter((r) => any.has(r)));
  }
  let refs = result === null ? new Set(order) : result;
  for (const t of parsed.none) {
    const p = prepare(t, hints);
    if (!p) continue;
    const excluded = await docsOf(p, env, byRef);
    refs = new Set([...refs].filter((r) => !excluded.has(r)));
  }
  if (parsed.date) {
    const { from, to } = parsed.date;
    refs = new Set([...refs].filter((r) => overlaps(byRef.get(r)?.dates ?? [], from, to)));
  }

  const scores = new Map<string, number>();
  const highlight: Highlight = { words: positive.filter((p) => !p.term.phrase).flatMap((p) => p.words), phrases: positive.filter((p) => p.term.phrase).map((p) => p.words) };
  if (positive.length > 0) {
    const ranked = env.index.query((q) => {
      for (const p of positive) {
        for (const w of p.words) {
          if (w.term === null) continue;
          q.term(w.term, { ...(p.fields ? { fields: p.fields } : {}), usePipeline: false, wildcard: w.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
        }
      }
    });
    for (const r of ranked) scores.set(r.ref, r.score);
  }
  const position = new Map(order.map((r, i) => [r, i]));
  const sorted = [...refs].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || (position.get(a) ?? 0) - (position.get(b) ?? 0));
  return { refs: sorted, hints, highlight };
}
