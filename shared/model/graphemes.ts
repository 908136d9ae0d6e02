/**
 * Grapheme boundaries in a transcript: where a selection may start or end without splitting a
 * character (a surrogate pair) or a letter from its combining marks ("ễ" written e + ̂ + ̃).
 * Offsets are UTF-16 indices, as everywhere in Tessera. Pure: the engine and the renderer share it.
 *
 * Only a window around the index is segmented, so a check costs the same in a 1 MB transcript as
 * in a short one. The window starts after a line feed when there is one close by (a cluster never
 * spans a line feed); otherwise WINDOW code units back, which only a run of hundreds of flag
 * emoji or joined emoji could defeat.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WINDOW = 256;

interface Cluster {
  start: number;
  end: number;
}

/** The grapheme cluster that contains the code unit at `i` (0 <= i < text.length). */
function clusterAt(text: string, i: number): Cluster {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const from = Math.max(lineStart, i - WINDOW);
  const lineEnd = text.indexOf('\n', i + 1);
  const to = Math.min(lineEnd === -1 ? text.length : lineEnd + 1, i + WINDOW);
  const seg = segmenter.segment(text.slice(from, to)).containing(i - from);
  if (!seg) return { start: i, end: i + 1 };
  return { start: from + seg.index, end: from + seg.index + seg.segment.length };
}

/** True when `i` is a place a selection may start or end: not inside a character or a grapheme. */
export function isGraphemeBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  return clusterAt(text, i).start === i;
}

/** `i` itself when it is a boundary, else the start of the grapheme it falls inside. */
export function boundaryAtOrBefore(text: string, i: number): number {
  const at = Math.max(0, Math.min(i, text.length));
  return isGraphemeBoundary(text, at) ? at : clusterAt(text, at).start;
}

/** Widens [start, end) to whole graphemes: start moves back, end moves forward, as needed. An
 * empty range stays empty, moved back to a boundary. */
export function snapOut(text: string, start: number, end: number): { start: number; end: number } {
  const s = boundaryAtOrBefore(text, start);
  if (end <= start) return { start: s, end: s };
  const e = Math.max(s, Math.min(end, text.length));
  return { start: s, end: isGraphemeBoundary(text, e) ? e : clusterAt(text, e).end };
}
