import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { isTyping } from '../../app/shortcuts';
import { blockIndexAt, moveSelection, type KeyMove } from './keySelection';
import type { Block } from './layout';
import { selectOffsets, type Offsets } from './selection';

interface KeyHandlers {
  /** `c`: code the selection in the dialog. */
  code: () => void;
  /** `s`: mark the selection as a segment. */
  segment: () => void;
  /** `1`–`9`: apply that recent theme to the selection. */
  quick: (n: number) => void;
  /** `p`: place the passage waiting for new text on the selection (only while one waits). */
  place: (() => void) | null;
  /** Enter on a paragraph: the codes in it. */
  openCodesIn: (block: Block) => void;
}

const MOVES: Record<string, [KeyMove, KeyMove]> = {
  ArrowRight: ['nextSentence', 'extendSentence'],
  ArrowLeft: ['prevSentence', 'shrinkSentence'],
  ArrowDown: ['extendBlock', 'extendBlock'],
  ArrowUp: ['shrinkBlock', 'shrinkBlock'],
};

function blockEl(root: HTMLElement | null, i: number): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-block="${i}"]`) ?? null;
}

/**
 * The transcript's keys. On a paragraph: ↑/↓ move between paragraphs, Home/End to the first/last,
 * →/← select the next/previous sentence, Shift+→/← grow/shrink the selection by a sentence,
 * Shift+↓/↑ by a paragraph, Enter opens the codes in the paragraph. While the selection is in the
 * transcript: c codes it, s makes it a segment, 1–9 apply a recent theme, p places a passage that
 * waits for new text, Escape clears it.
 */
export function useCodingKeys(opts: {
  root: RefObject<HTMLElement | null>;
  text: string;
  blocks: Block[];
  focused: number;
  setFocused: (i: number) => void;
  selection: Offsets | null;
  canCode: boolean;
  active: boolean;
  handlers: KeyHandlers;
  clear: () => void;
}): (e: ReactKeyboardEvent) => void {
  const { root, text, blocks, focused, setFocused, selection, canCode, active, handlers, clear } = opts;
  /** The last selection made or coded, so → continues after a passage just coded. */
  const last = useRef<Offsets | null>(null);
  useEffect(() => {
    if (selection) last.current = selection;
  }, [selection]);

  const focusBlock = (i: number) => {
    const el = blockEl(root.current, i);
    if (!el) return;
    setFocused(i);
    el.focus();
  };

  const onKeyDown = (e: ReactKeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !(e.target instanceof HTMLElement) || e.target.dataset.block === undefined) return;
      const move = MOVES[e.key];
      if (move && (e.shiftKey || e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
        e.preventDefault();
        const remembered = last.current && blockIndexAt(blocks, last.current.start) === focused ? last.current : null;
        const next = moveSelection(text, blocks, focused, selection ?? (e.shiftKey ? null : remembered), move[e.shiftKey ? 1 : 0]);
        if (!next || !root.current) return;
        last.current = next;
        focusBlock(blockIndexAt(blocks, Math.max(next.start, next.end - 1)));
        selectOffsets(root.current, next)?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
        return;
      }
      let target = -1;
      if (e.key === 'ArrowDown') target = Math.min(blocks.length - 1, focused + 1);
      else if (e.key === 'ArrowUp') target = Math.max(0, focused - 1);
      else if (e.key === 'Home') target = 0;
      else if (e.key === 'End') target = blocks.length - 1;
      if (target >= 0) {
        e.preventDefault();
        clear();
        last.current = null;
        focusBlock(target);
        return;
      }
      if (e.key === 'Enter') {
        const b = blocks[focused];
        if (b) {
          e.preventDefault();
          handlers.openCodesIn(b);
        }
      }
  };

  useEffect(() => {
    if (!active || !canCode) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || document.querySelector('dialog[open]')) return;
      const inside = root.current?.contains(document.activeElement) ?? false;
      if (!selection && !inside) return;
      if (e.key === 'c' || e.key === 'C') {
        e.preventDefault();
        handlers.code();
      } else if (e.key === 's' || e.key === 'S') {
        e.preventDefault();
        handlers.segment();
      } else if ((e.key === 'p' || e.key === 'P') && handlers.place) {
        e.preventDefault();
        handlers.place();
      } else if (/^[1-9]$/.test(e.key)) {
        e.preventDefault();
        handlers.quick(Number(e.key));
      } else if (e.key === 'Escape' && selection) {
        clear();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, canCode, selection, root, handlers, clear]);

  return onKeyDown;
}
