import { MARKER_STATUSES, MARKER_TYPES, type MarkerFilter } from '../../../../../shared/model/markers';

/**
 * The markers list's filters as they live in the URL (?text=…&status=proposed&status=approved&type=plaque&place=<id>),
 * so back/forward, reload and the register view keep them.
 */

const pick = <T extends string>(values: string[], allowed: readonly T[]): T[] => allowed.filter((a) => values.includes(a));

/** Parameters that belong to the page rather than the filter (the open tab): kept when the filter changes. */
const KEPT = ['tab'];

export function readMarkerQuery(params: URLSearchParams): MarkerFilter {
  const place = params.get('place') ?? '';
  return {
    text: params.get('text') ?? '',
    statuses: pick(params.getAll('status'), MARKER_STATUSES),
    types: pick(params.getAll('type'), MARKER_TYPES),
    placeId: place.trim() === '' ? null : place,
  };
}

/** The URL query for a filter; empty parts are left out so URLs stay short. `current` lends the page's own parameters. */
export function writeMarkerQuery(q: MarkerFilter, current?: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams();
  if (q.text.trim()) p.set('text', q.text);
  for (const s of q.statuses) p.append('status', s);
  for (const t of q.types) p.append('type', t);
  if (q.placeId) p.set('place', q.placeId);
  for (const k of KEPT) {
    const v = current?.get(k);
    if (v) p.set(k, v);
  }
  return p;
}

/** Only the filter part of a query string, e.g. to carry it from the list to the register. */
export function filterSearch(params: URLSearchParams): string {
  const s = writeMarkerQuery(readMarkerQuery(params)).toString();
  return s ? `?${s}` : '';
}

export function isFiltered(q: MarkerFilter): boolean {
  return q.text.trim() !== '' || q.statuses.length > 0 || q.types.length > 0 || q.placeId !== null;
}

export const NO_FILTER: MarkerFilter = { text: '', statuses: [], types: [], placeId: null };

/** The filter as the engine takes it (text trimmed). */
export function toFilterInput(q: MarkerFilter): MarkerFilter {
  return { ...q, text: q.text.trim() };
}
