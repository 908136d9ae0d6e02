import type { Database } from 'better-sqlite3';

/**
 * Redactions: spans of a transcript the commission has decided no public output may show (issue
 * 8 adds the interface that records them as passages of kind 'redaction'). A public output puts
 * "[redacted]" where a span was: one marker per run of redacted words, however many spans overlap
 * or touch there, so the number of markers does not tell how the spans were drawn.
 */

export const REDACTED = '[redacted]';

export interface Span {
  start: number;
  end: number;
}

/** The redacted spans of one testimony's transcript, in order (UTF-16 offsets). */
export function redactionsOf(db: Database, testimonyId: string): Span[] {
  return db.prepare("SELECT start, end FROM passages WHERE testimony_id = ? AND kind = 'redaction' AND end > start ORDER BY start, end").all(testimonyId) as Span[];
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
