import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import type { Passage } from '../../../../shared/model/themes';
import type { Coding } from './useCoding';

/** The transcript's address for one passage: the theme page and the Themes tab link here. */
export function passageHref(passageId: string): string {
  return `?tab=transcript&passage=${encodeURIComponent(passageId)}`;
}

/** The transcript's address for placing a passage again on new text. */
export function placeHref(passageId: string): string {
  return `?tab=transcript&place=${encodeURIComponent(passageId)}`;
}

/**
 * `?passage=<id>` scrolls to that passage's highlight (or segment heading) and focuses it, once it is
 * drawn; `?place=<id>` names a passage waiting to be placed on new text.
 */
export function usePassageLinks(root: RefObject<HTMLElement | null>, coding: Coding): { placingId: string | null; placing: Passage | null; stopPlacing: () => void } {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const passageId = params.get('passage');
  const placingId = params.get('place');
  const done = useRef<string | null>(null);

  useEffect(() => {
    if (!passageId || done.current === passageId) return;
    const id = CSS.escape(passageId);
    const el = root.current?.querySelector<HTMLElement>(`[data-passages~="${id}"], [data-segment="${id}"]`);
    if (!el) return;
    done.current = passageId;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [passageId, root, coding.codes, coding.segments]);

  const stopPlacing = useCallback(
    () =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.delete('place');
          return next;
        },
        { replace: true, state: location.state as unknown },
      ),
    [setParams, location.state],
  );

  return { placingId, placing: placingId ? (coding.byId.get(placingId) ?? null) : null, stopPlacing };
}
