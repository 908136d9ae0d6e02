import { leadText } from '../model/text';
import { queryTerm, wordForms, wordMatches, wordsOf } from './lunrPipeline';

/**
 * Matching words of a text against what was searched, with the shared pipeline's folding and
 * stemming: to check phrases, and to mark matches in snippets and transcripts.
 */

export interface QueryWord {
  text: string;
  prefix: boolean;
  /** The index term (null for a stop word such as "the": matched only inside phrases). */
  term: string | null;
  forms: { folded: string; stem: string };
}

export function queryWords(text: string, prefix: boolean): QueryWord[] {
  const words = wordsOf(text);
  return words.map((w, i) => {
    const p = prefix && i === words.length - 1;
    return { text: w.text, prefix: p, term: queryTerm(w.text, p), forms: wordForms(w.text) };
  });
}

/** What to mark in a text: single searched words, and phrases (marked whole, stop words included). */
export interface Highlight {
  words: readonly QueryWord[];
  phrases: readonly (readonly QueryWord[])[];
}

export const NO_HIGHLIGHT: Highlight = { words: [], phrases: [] };

type Forms = { folded: string; stem: string };

function samePhraseWord(t: Forms, q: QueryWord): boolean {
  return q.prefix ? t.folded.startsWith(q.forms.folded) : t.folded === q.forms.folded || t.stem === q.forms.stem;
}

/** Indexes of the words where the phrase starts. */
function phraseStarts(words: readonly Forms[], phrase: readonly QueryWord[], first = false): number[] {
  const starts: number[] = [];
  if (phrase.length === 0) return starts;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      const w = words[i + j];
      const q = phrase[j];
      if (!w || !q || !samePhraseWord(w, q)) continue outer;
    }
    starts.push(i);
    if (first) break;
  }
  return starts;
}

/** Whether the words appear one after another in the text (stop words included). */
export function phraseIn(text: string, phrase: readonly QueryWord[]): boolean {
  return phraseStarts(wordsOf(text).map((w) => wordForms(w.text)), phrase, true).length > 0;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** [start, end) of every word in the text that matches a searched word or is part of a searched phrase. */
export function matchSpans(text: string, hl: Highlight): [number, number][] {
  const searchable = hl.words.filter((w): w is QueryWord & { term: string } => w.term !== null);
  if (searchable.length === 0 && hl.phrases.length === 0) return [];
  const words = wordsOf(text);
  const forms = words.map((w) => wordForms(w.text));
  const marked = forms.map((f) => searchable.some((q) => wordMatches(f, q.term, q.prefix)));
  for (const phrase of hl.phrases) {
    for (const start of phraseStarts(forms, phrase)) marked.fill(true, start, start + phrase.length);
  }
  return words.filter((_, i) => marked[i]).map((w): [number, number] => [w.start, w.end]);
}

/** The text cut into plain and marked pieces. */
export function segments(text: string, spans: readonly [number, number][]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * About `size` characters of the text around its densest run of matches, cut at spaces, with
 * ellipses where it was cut. Null when nothing in the text matches.
 */
export function snippet(text: string, hl: Highlight, size = 280): Segment[] | null {
  const spans = matchSpans(text, hl);
  if (spans.length === 0) return null;
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < spans.length; i++) {
    const start = spans[i]?.[0] ?? 0;
    while (j < spans.length && (spans[j]?.[1] ?? 0) - start <= size * 0.6) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = start;
    }
  }
  let from = Math.max(0, best - Math.floor(size * 0.3));
  let to = Math.min(text.length, from + size);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  const inside = spans.filter(([s, e]) => s >= from && e <= to).map(([s, e]): [number, number] => [s - from, e - from]);
  const out = segments(text.slice(from, to), inside).map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') }));
  if (from > 0) out.unshift({ text: '… ', mark: false });
  if (to < text.length) out.push({ text: ' …', mark: false });
  return out;
}

/** The first `size` characters of a text, cut at a space. */
export function lead(text: string, size = 280): Segment[] {
  return [{ text: leadText(text, size), mark: false }];
}
