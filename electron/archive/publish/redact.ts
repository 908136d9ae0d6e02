import type { Database } from 'better-sqlite3';

/**
 * Redactions: spans of a testimony's transcript or summary that no public output may show
 * (recorded through redactions.* as passages of kind 'redaction', electron/archive/redactions/).
 * A public output puts "[redacted]" where a span was: one marker per run of redacted words, however
 * many spans overlap or touch there, so the number of markers does not tell how the spans were drawn.
 *
 * A redaction an edit of its text has flagged for review may no longer cover the words it was made
 * for (they may have been rewritten or moved). Such a testimony is not publishable at all until a
 * person has looked (policy.ts); `toReview` carries the same fact for outputs that work in memory.
 */

export const REDACTED = '[redacted]';

export interface Span {
  start: number;
  end: number;
}

/** What every public output applies of one testimony's redactions. */
export interface TestimonyRedactions {
  transcript: Span[];
  summary: Span[];
  /** Some redaction was moved or emptied by an edit and waits for review: publish nothing of it. */
  toReview: boolean;
}

export type RedactionLookup = (testimonyId: string) => TestimonyRedactions;

const NONE: TestimonyRedactions = { transcript: [], summary: [], toReview: false };

/** The redacted spans of one testimony's transcript (or summary), in order (UTF-16 offsets). */
export function redactionsOf(db: Database, testimonyId: string, field: 'transcript' | 'summary' = 'transcript'): Span[] {
  return db.prepare("SELECT start, end FROM passages WHERE testimony_id = ? AND kind = 'redaction' AND field = ? AND end > start ORDER BY start, end").all(testimonyId, field) as Span[];
}

/**
 * Every testimony's redactions, read at once (a reading room or a search page asks about many
 * testimonies; one statement beats one per testimony). Call it inside the output's read transaction.
 */
export function readRedactions(db: Database): RedactionLookup {
  const rows = db.prepare("SELECT testimony_id, field, start, end, review FROM passages WHERE kind = 'redaction' ORDER BY testimony_id, start, end").all() as {
    testimony_id: string;
    field: 'transcript' | 'summary';
    start: number;
    end: number;
    review: string;
  }[];
  const byTestimony = new Map<string, TestimonyRedactions>();
  for (const r of rows) {
    let entry = byTestimony.get(r.testimony_id);
    if (!entry) byTestimony.set(r.testimony_id, (entry = { transcript: [], summary: [], toReview: false }));
    if (r.review !== '') entry.toReview = true;
    if (r.end > r.start) entry[r.field].push({ start: r.start, end: r.end });
  }
  return (id) => byTestimony.get(id) ?? NONE;
}

/** A whole text (a transcript or a summary) with its redacted spans replaced by the marker. */
export function redactText(text: string, spans: readonly Span[]): string {
  return spans.length === 0 ? text : redactSpan(text, 0, spans);
}

/** Spans sorted and merged where they overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/**
 * `text` with every part covered by a redaction replaced by "[redacted]". `text` is a piece of the
 * transcript that begins at offset `textStart` (an excerpt, or the whole transcript with 0).
 */
export function redactSpan(text: string, textStart: number, spans: readonly Span[]): string {
  if (text === '') return text;
  const textEnd = textStart + text.length;
  let out = '';
  let at = textStart;
  for (const s of mergeSpans(spans)) {
    if (s.end <= textStart || s.start >= textEnd) continue;
    const from = Math.max(s.start, textStart);
    out += text.slice(at - textStart, from - textStart) + REDACTED;
    at = Math.min(s.end, textEnd);
  }
  return out + text.slice(at - textStart);
}
