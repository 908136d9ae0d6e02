import { boundaryAtOrBefore, snapOut } from '../../../shared/model/graphemes';
import type { ReviewReason } from '../../../shared/model/themes';
import { DIFF_LIMITS, editScript, type DiffLimits, type Piece } from './editScript';

/**
 * Re-anchoring spans (coded passages, segments, redactions) after a transcript is edited. Pure.
 *
 * The old and new texts are compared (editScript: by lines, then words, then characters, with
 * limits). Then, for each span:
 * - text changed before it: it shifts;
 * - text inserted strictly inside it: it grows, its quote is updated, review stays as it was
 *   (none of the coded words were lost; the audit records the new quote);
 * - insertions right at its edges stay outside it (a combining mark joins the letter it follows);
 * - some of its text deleted or replaced: it shrinks or takes the replacement, review 'changed';
 * - all of its text deleted or replaced (nothing but white space left in common): it becomes empty at the point of deletion, keeps its
 *   old quote and is flagged 'deleted' — never dropped. If a later edit puts that exact quote back
 *   there, it is re-attached and flagged 'changed' for a person to confirm.
 * Boundaries are widened to whole graphemes. When the diff gives up (a huge rewrite), each span's
 * quote is looked for in the new text nearest its old position; if absent, it is flagged 'deleted'.
 * Review flags never get milder here; only a person clears them (coding.confirm / placing again).
 */

export interface Span {
  id: string;
  start: number;
  end: number;
  quote: string;
  review: ReviewReason;
}

/** Index of the piece holding the old character at `p` (pure insertions hold none). */
function pieceAt(pieces: Piece[], p: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pieces[mid] as Piece).ob <= p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SEVERITY: Record<ReviewReason, number> = { '': 0, changed: 1, deleted: 2 };
const worse = (a: ReviewReason, b: ReviewReason): ReviewReason => (SEVERITY[a] >= SEVERITY[b] ? a : b);

function deleted(span: Span, text: string, at: number): Span {
  const p = boundaryAtOrBefore(text, at);
  return { ...span, start: p, end: p, review: 'deleted' };
}

/** An empty (deleted) span: it follows its position, and is re-attached if its quote comes back there. */
function moveEmpty(span: Span, pieces: Piece[], newText: string): Span {
  const i = pieceAt(pieces, span.start);
  const piece = pieces[i];
  if (!piece) return deleted(span, newText, newText.length);
  const hunks = [pieces[i - 1], piece].filter((h): h is Piece => h !== undefined && !h.equal && h.oa <= span.start && span.start <= h.ob);
  for (const h of hunks) {
    const found = newText.slice(h.na, h.nb).indexOf(span.quote);
    if (found >= 0) return { ...span, start: h.na + found, end: h.na + found + span.quote.length, review: 'changed' };
  }
  return deleted(span, newText, piece.equal && span.start >= piece.oa ? piece.na + span.start - piece.oa : piece.na);
}

function moveSpan(span: Span, pieces: Piece[], oldText: string, newText: string): Span {
  if (span.end <= span.start) return moveEmpty(span, pieces, newText);
  const first = pieceAt(pieces, span.start);
  const last = pieceAt(pieces, span.end - 1);
  // Text survives only if some of its letters do: shared spaces alone do not keep a span alive.
  let survives = false;
  let lost = false;
  for (let i = first; i <= last; i++) {
    const p = pieces[i] as Piece;
    const from = Math.max(p.oa, span.start);
    const to = Math.min(p.ob, span.end);
    if (to <= from) continue;
    if (!p.equal) lost = true;
    else if (!survives && /\S/.test(oldText.slice(from, to))) survives = true;
  }
  const a = pieces[first] as Piece;
  if (!survives) return deleted(span, newText, a.na);
  const b = pieces[last] as Piece;
  const start = a.equal ? a.na + span.start - a.oa : a.na;
  const end = b.equal ? b.na + span.end - b.oa : b.nb;
  const snapped = snapOut(newText, start, end);
  const review = worse(span.review, lost ? 'changed' : '');
  return { ...span, ...snapped, quote: newText.slice(snapped.start, snapped.end), review };
}

/** When the diff gave up: the quote nearest its old place, else flagged as deleted. */
function findQuote(span: Span, newText: string): Span {
  const before = newText.lastIndexOf(span.quote, span.start);
  const after = newText.indexOf(span.quote, span.start);
  const candidates = [before, after].filter((p) => p >= 0).sort((x, y) => Math.abs(x - span.start) - Math.abs(y - span.start));
  const at = candidates[0];
  if (at === undefined) return deleted(span, newText, Math.min(span.start, newText.length));
  const review = span.end > span.start ? span.review : 'changed';
  return { ...span, start: at, end: at + span.quote.length, review };
}

/** Where each span stands in the new text, in the order given. */
export function reanchor(oldText: string, newText: string, spans: readonly Span[], limits: DiffLimits = DIFF_LIMITS): Span[] {
  if (oldText === newText) return spans.map((s) => ({ ...s }));
  const pieces = editScript(oldText, newText, limits);
  if (!pieces) return spans.map((s) => findQuote(s, newText));
  return spans.map((s) => moveSpan(s, pieces, oldText, newText));
}
