import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element is at least `min` pixels wide, followed as the window (or a pane beside it)
 * changes size: the section editor puts its preview beside the text only when both fit.
 */
export function useWide(ref: RefObject<HTMLElement | null>, min: number): boolean {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWide(el.getBoundingClientRect().width >= min);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, min]);
  return wide;
}
