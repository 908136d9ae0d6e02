import type { Block } from './layout';
import type { Offsets } from './selection';

/**
 * Selecting with the keyboard, by sentences and by whole blocks (paragraphs). Pure: given the
 * transcript, its blocks, the block that has focus and the current selection, each key gives the
 * next selection.
 */

/** Sentences of [from, to) as [start, end) spans without surrounding white space. */
export function sentencesOf(text: string, from: number, to: number): Offsets[] {
  const out: Offsets[] = [];
  const re = /[^.!?…]*(?:[.!?…]+["'”’)\]]*|$)/gu;
  re.lastIndex = from;
  const slice = text.slice(0, to);
  for (let m = re.exec(slice); m && m.index < to; m = re.exec(slice)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

export type KeyMove = 'nextSentence' | 'prevSentence' | 'extendSentence' | 'shrinkSentence' | 'extendBlock' | 'shrinkBlock';

function blockAt(blocks: readonly Block[], offset: number): number {
  const i = blocks.findIndex((b) => offset < b.end || (offset === b.end && b.end > b.start));
  return i < 0 ? blocks.length - 1 : i;
}

/** The selection after a key. `focused` is the index of the block with focus; `current` the selection now (or null). */
export function moveSelection(text: string, blocks: readonly Block[], focused: number, current: Offsets | null, move: KeyMove): Offsets | null {
  const block = blocks[focused];
  if (!block) return current;
  const sentencesFrom = (b: Block) => sentencesOf(text, b.start, b.end);
  const all = blocks.flatMap(sentencesFrom);
  if (all.length === 0) return current;
  if (!current) {
    const first = sentencesFrom(block)[0] ?? null;
    if (move === 'extendBlock' || move === 'shrinkBlock') return { start: block.start, end: block.end };
    if (move === 'prevSentence') return sentencesFrom(block).at(-1) ?? first;
    return first;
  }
  switch (move) {
    case 'nextSentence':
      return all.find((s) => s.start >= current.end) ?? current;
    case 'prevSentence':
      return [...all].reverse().find((s) => s.end <= current.start) ?? current;
    case 'extendSentence': {
      const next = all.find((s) => s.end > current.end);
      return next ? { start: current.start, end: next.end } : current;
    }
    case 'shrinkSentence': {
      const prev = [...all].reverse().find((s) => s.end < current.end && s.end > current.start);
      return prev ? { start: current.start, end: prev.end } : current;
    }
    case 'extendBlock': {
      const i = blockAt(blocks, current.end);
      const here = blocks[i];
      const target = here && current.end < here.end ? here : blocks[i + 1];
      return target ? { start: current.start, end: target.end } : current;
    }
    case 'shrinkBlock': {
      const prev = blocks[blockAt(blocks, current.end) - 1];
      return prev && prev.end > current.start ? { start: current.start, end: prev.end } : current;
    }
  }
}

/** The block an offset falls in (for moving focus along with a keyboard selection). */
export function blockIndexAt(blocks: readonly Block[], offset: number): number {
  return blockAt(blocks, offset);
}
