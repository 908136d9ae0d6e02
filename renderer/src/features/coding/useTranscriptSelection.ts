import { useCallback, useEffect, useState, type RefObject } from 'react';
import { selectionOffsets, trimOffsets, type Offsets } from './selection';
import { snapOut } from '../../../../shared/model/graphemes';

export interface TranscriptSelection {
  /** The selected text as transcript offsets (white space at the ends left out), or null. */
  range: Offsets | null;
  /** Where the selection toolbar goes, relative to the wrapper. */
  anchor: { top: number; left: number } | null;
  clear: () => void;
}

/**
 * Follows the window's selection while it lies in the transcript (`root`), as offsets into `text`,
 * and where its last line ends (for the floating toolbar, placed inside `wrapper`).
 */
export function useTranscriptSelection(root: RefObject<HTMLElement | null>, wrapper: RefObject<HTMLElement | null>, text: string, active: boolean): TranscriptSelection {
  const [state, setState] = useState<{ range: Offsets | null; anchor: { top: number; left: number } | null }>({ range: null, anchor: null });

  useEffect(() => {
    if (!active) return;
    const update = () => {
      const el = root.current;
      const box = wrapper.current;
      if (!el || !box) return;
      // While a dialog is open the selection it was opened for is already held; leave the toolbar be.
      if (document.querySelector('dialog[open]')) return;
      const raw = selectionOffsets(el);
      const range = raw ? trimOffsets(text, raw) : null;
      if (!range) {
        setState((s) => (s.range === null ? s : { range: null, anchor: null }));
        return;
      }
      const snapped = snapOut(text, range.start, range.end);
      const sel = window.getSelection();
      const rects = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).getClientRects() : null;
      const last = rects && rects.length > 0 ? rects[rects.length - 1] : null;
      const outer = box.getBoundingClientRect();
      const anchor = last ? { top: last.bottom - outer.top + 8, left: Math.max(0, Math.min(last.right - outer.left - 40, outer.width - 320)) } : null;
      setState((s) => (s.range && s.range.start === snapped.start && s.range.end === snapped.end && s.anchor?.top === anchor?.top && s.anchor?.left === anchor?.left ? s : { range: snapped, anchor }));
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [root, wrapper, text, active]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setState({ range: null, anchor: null });
  }, []);

  return { ...state, clear };
}
