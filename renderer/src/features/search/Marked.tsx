import type { ReactNode } from 'react';

/** A stretch of a text and, when it is part of a match, which match (counted from 0). */
export interface Piece {
  text: string;
  match: number | null;
}

/**
 * Cuts [from, to) of `text` at the matches (sorted, non-overlapping [start, end) ranges, indexed
 * from `first`); a match that runs past either end is cut there and keeps its number.
 */
export function piecesOf(text: string, from: number, to: number, ranges: readonly (readonly [number, number])[], first = 0): Piece[] {
  const out: Piece[] = [];
  let at = from;
  ranges.forEach(([s, e], i) => {
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (end <= start) return;
    if (start > at) out.push({ text: text.slice(at, start), match: null });
    out.push({ text: text.slice(start, end), match: first + i });
    at = end;
  });
  if (at < to) out.push({ text: text.slice(at, to), match: null });
  return out;
}

/** Text with its matches in <mark>; `current` is the match the reader has stepped to. */
export function Marked({ pieces, current }: { pieces: Piece[]; current?: number | null }): ReactNode {
  return pieces.map((p, i) =>
    p.match === null ? (
      p.text
    ) : (
      <mark key={i} data-match={p.match} className={p.match === current ? 'is-current' : undefined}>
        {p.text}
      </mark>
    ),
  );
}

/** A search hit's keyword-in-context: the engine's snippet with its marks, checked and clamped. */
export function Snippet({ text, marks }: { text: string; marks: [number, number][] }) {
  const sorted = marks
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const clean: (readonly [number, number])[] = [];
  for (const r of sorted) {
    const last = clean[clean.length - 1];
    if (last && r[0] < last[1]) clean[clean.length - 1] = [last[0], Math.max(last[1], r[1])];
    else clean.push(r);
  }
  return <Marked pieces={piecesOf(text, 0, text.length, clean)} />;
}
