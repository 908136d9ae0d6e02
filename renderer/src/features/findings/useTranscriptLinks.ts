import { useEffect, useRef, type RefObject } from 'react';
import { useSearchParams } from 'react-router-dom';
import { sentencesOf } from '../coding/keySelection';
import { selectOffsets, type Offsets } from '../coding/selection';
import { readSpan } from './model/links';

/**
 * The sentences of the paragraph around [start, end) that the span touches, joined: a search match
 * is a word or two, but what one cites is what was said, so the whole sentence is selected.
 */
export function sentenceAround(text: string, { start, end }: Offsets): Offsets {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  const to = next < 0 ? text.length : next;
  const touched = sentencesOf(text, from, to).filter((s) => s.start < end && s.end > start);
  if (touched.length === 0) return { start, end };
  return { start: Math.min(start, touched[0]!.start), end: Math.max(end, touched[touched.length - 1]!.end) };
}

/**
 * Selects in the drawn transcript what the address asks for (see links.ts): `?span=` a cited span,
 * `?cite=match` the sentence of the find match the reader came for. Once per address, after the
 * transcript's highlights are drawn (`ready`), so the selection is not lost to a redraw. The
 * selection toolbar then offers "Cite in a finding…".
 */
export function useTranscriptLinks(root: RefObject<HTMLElement | null>, text: string, match: [number, number] | null, ready: boolean): void {
  const [params] = useSearchParams();
  const span = params.get('span');
  const cite = params.get('cite');
  const done = useRef<string | null>(null);

  useEffect(() => {
    if (!ready || !root.current) return;
    const key = `${span ?? ''}|${cite ?? ''}`;
    if (done.current === key) return;
    let target: Offsets | null = readSpan(span, text.length);
    if (!target && cite === 'match' && match) target = sentenceAround(text, { start: match[0], end: match[1] });
    if (!target) return;
    done.current = key;
    // The paragraph takes focus (so Shift+arrows grow the selection from there), then the words are selected.
    const block = selectOffsets(root.current, target)?.startContainer.parentElement?.closest<HTMLElement>('[data-block]');
    block?.focus({ preventScroll: true });
    selectOffsets(root.current, target);
    block?.scrollIntoView({ block: 'center' });
  }, [ready, root, text, span, cite, match]);
}
