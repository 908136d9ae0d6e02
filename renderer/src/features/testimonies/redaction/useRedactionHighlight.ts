import { useEffect, type RefObject } from 'react';
import { rangeOfOffsets, type Offsets } from '../../coding/selection';

/** The name of the highlight styled by `::highlight(redacted)` (styles/redaction.css). */
const NAME = 'redacted';

/**
 * Shades the redacted spans of the rendered transcript with the CSS Custom Highlight API, which
 * styles ranges of text without adding elements (the transcript's spans belong to the coding
 * view). The list of redactions under the transcript says the same in words, with the reasons.
 */
export function useRedactionHighlight(root: RefObject<HTMLElement | null>, spans: readonly Offsets[], ready: boolean): void {
  useEffect(() => {
    const el = root.current;
    if (!ready || !el || typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
    const ranges = spans.filter((s) => s.end > s.start).map((s) => rangeOfOffsets(el, s)).filter((r): r is Range => r !== null);
    CSS.highlights.set(NAME, new Highlight(...ranges));
    return () => {
      CSS.highlights.delete(NAME);
    };
  });
}
