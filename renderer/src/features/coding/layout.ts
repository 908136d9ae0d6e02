/**
 * How a transcript is cut for display: blocks (paragraphs, split again where a segment starts),
 * and within a block, pieces that each carry the codes covering them and the find match they are
 * part of. Every piece keeps its [start, end) offsets into the transcript, so a DOM selection maps
 * back to exact string indices.
 */

export type Span = readonly [number, number];

export interface Anchored {
  id: string;
  start: number;
  end: number;
}

export interface Piece {
  start: number;
  end: number;
  /** Ids of the coded passages covering this piece, in a stable order (earliest start first). */
  codes: string[];
  /** The find match this piece belongs to (counted from 0), or null. */
  match: number | null;
}

export interface Block {
  start: number;
  end: number;
  /** Segments whose heading goes just before this block. */
  segments: string[];
}

/** Paragraphs as [start, end) offsets, split where the transcript has a blank line. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n\s*\n/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([at, m.index]);
    at = m.index + m[0].length;
  }
  out.push([at, text.length]);
  return out;
}

/** Paragraphs, cut again where a segment starts inside one; each segment's heading sits before the block it starts in. */
export function blocksOf(text: string, segments: readonly Anchored[]): Block[] {
  const starts = [...new Set(segments.map((s) => s.start))].sort((a, b) => a - b);
  const blocks: Block[] = [];
  for (const [from, to] of paragraphsOf(text)) {
    let at = from;
    for (const s of starts) {
      if (s > at && s < to) {
        blocks.push({ start: at, end: s, segments: [] });
        at = s;
      }
    }
    blocks.push({ start: at, end: to, segments: [] });
  }
  const ordered = [...segments].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const s of ordered) {
    const block = blocks.find((b) => b.end > s.start) ?? blocks[blocks.length - 1];
    block?.segments.push(s.id);
  }
  return blocks;
}

/** Anchored spans that lie within the text, in order of start (then longest first). */
export function placeable<T extends Anchored>(items: readonly T[], length: number): T[] {
  return items.filter((p) => p.start >= 0 && p.end <= length && p.end > p.start).sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
}

/** Cuts [from, to) at every code and match boundary inside it. `codes` are sorted by start; `matches` sorted and disjoint. */
export function piecesOf(from: number, to: number, codes: readonly Anchored[], matches: readonly Span[], firstMatch = 0): Piece[] {
  const here = codes.filter((c) => c.start < to && c.end > from);
  const cuts = new Set<number>([from, to]);
  for (const c of here) {
    if (c.start > from) cuts.add(c.start);
    if (c.end < to) cuts.add(c.end);
  }
  const hits: { span: Span; index: number }[] = [];
  matches.forEach((m, i) => {
    if (m[0] < to && m[1] > from) {
      hits.push({ span: m, index: firstMatch + i });
      if (m[0] > from) cuts.add(m[0]);
      if (m[1] < to) cuts.add(m[1]);
    }
  });
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? from;
    const end = points[i + 1] ?? to;
    const covering = here.filter((c) => c.start <= start && c.end >= end).map((c) => c.id);
    const hit = hits.find((h) => h.span[0] <= start && h.span[1] >= end);
    out.push({ start, end, codes: covering, match: hit ? hit.index : null });
  }
  return out;
}

/** The matches overlapping [from, to), with the index of the first one. `matches` sorted. */
export function matchesIn(matches: readonly Span[], from: number, to: number): { first: number; spans: Span[] } {
  let first = 0;
  while (first < matches.length && (matches[first]?.[1] ?? 0) <= from) first++;
  let last = first;
  while (last < matches.length && (matches[last]?.[0] ?? 0) < to) last++;
  return { first, spans: matches.slice(first, last) };
}
