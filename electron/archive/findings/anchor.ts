/**
 * Where a cited quote stands in a transcript today. Pure, so the finding reader and the report's
 * resolver agree on it.
 *
 * A citation keeps the words it quoted with their UTF-16 offsets. After the transcript is edited:
 * - ok: the words are still at those offsets;
 * - moved: the words are elsewhere; the occurrence nearest the old start is taken (a quote that
 *   now occurs several times is still found, nearest first, so a small edit above it does not lose it);
 * - missing: the words are nowhere in the transcript (the old offsets are returned unchanged).
 */

export type QuoteState = 'ok' | 'moved' | 'missing';

export interface LocatedQuote {
  state: QuoteState;
  start: number;
  end: number;
}

export function locateQuote(transcript: string, start: number, end: number, quote: string): LocatedQuote {
  if (quote === '') return { state: 'missing', start, end };
  if (transcript.slice(start, end) === quote) return { state: 'ok', start, end };
  // The nearest copy on each side of the old start is enough to find the nearest of all.
  const before = start > 0 ? transcript.lastIndexOf(quote, start - 1) : -1;
  const after = transcript.indexOf(quote, start);
  const found = [before, after].filter((p) => p >= 0).sort((x, y) => Math.abs(x - start) - Math.abs(y - start) || x - y)[0];
  if (found === undefined) return { state: 'missing', start, end };
  return { state: 'moved', start: found, end: found + quote.length };
}
