import type { MarkerPhoto } from '../../../../../shared/model/markers';

/** Photos in the order the sheet prints them. */
export function orderedPhotos(photos: readonly MarkerPhoto[]): MarkerPhoto[] {
  return [...photos].sort((a, b) => a.position - b.position);
}

/**
 * The place in the order (0 = first) a photo moves to one step earlier (-1) or later (+1), or null
 * when it is already first or last.
 */
export function movedPosition(photos: readonly MarkerPhoto[], photoId: string, step: -1 | 1): number | null {
  const order = orderedPhotos(photos);
  const i = order.findIndex((p) => p.id === photoId);
  if (i < 0) return null;
  const to = i + step;
  return to < 0 || to >= order.length ? null : to;
}
