/**
 * HTTP byte ranges (RFC 9110 §14) for the archive's served files, so that a recording can be
 * played and seeked in the testimony view: a media element asks for `bytes=N-` and the host
 * answers 206 with that part. Both hosts (the browser-mode server and the app:// protocol) use
 * this one parser.
 *
 * One range is served; a request for several, or a header that is not a valid byte range, is
 * answered with the whole file (a server may ignore Range, and a whole answer is always right).
 * A range that starts past the end is unsatisfiable (416).
 */

export type RangeAnswer =
  | { kind: 'whole' }
  | { kind: 'partial'; start: number; end: number }
  | { kind: 'unsatisfiable' };

const SINGLE = /^bytes[ \t]*=[ \t]*(\d*)[ \t]*-[ \t]*(\d*)[ \t]*$/i;

/** What to answer for the Range header `header` of a file of `size` bytes; `end` is inclusive. */
export function parseRange(header: string | null | undefined, size: number): RangeAnswer {
  if (typeof header !== 'string' || header.length > 200) return { kind: 'whole' };
  const m = SINGLE.exec(header);
  if (!m) return { kind: 'whole' };
  const [, first = '', last = ''] = m;
  if (first === '' && last === '') return { kind: 'whole' };
  if (first === '') {
    // bytes=-N: the last N bytes.
    const n = Number(last);
    if (n === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? Infinity : Number(last);
  // A last position before the first is not a valid range (ignored); a first past the end cannot be met.
  if (!Number.isSafeInteger(start) || (last !== '' && (!Number.isSafeInteger(end) || end < start))) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end: Math.min(end, size - 1) };
}

/** The Content-Range header of a partial answer, or of a 416 (`bytes *\/size`). */
export function contentRange(answer: RangeAnswer, size: number): string | null {
  if (answer.kind === 'partial') return `bytes ${answer.start}-${answer.end}/${size}`;
  if (answer.kind === 'unsatisfiable') return `bytes */${size}`;
  return null;
}
