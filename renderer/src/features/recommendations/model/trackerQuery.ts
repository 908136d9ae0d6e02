import { RECOMMENDATION_STATUSES, type RecommendationFilter } from '../../../../../shared/model/findings';

/**
 * The tracker's filter as it lives in the URL (?text=…&addressee=Police%20department&status=underway&theme=<id>),
 * so back/forward, reload and the way back from a recommendation keep it.
 */

export function readTrackerQuery(params: URLSearchParams): RecommendationFilter {
  const theme = params.get('theme') ?? '';
  const statuses = params.getAll('status');
  return {
    text: params.get('text') ?? '',
    addressees: [...new Set(params.getAll('addressee').filter((a) => a.trim() !== ''))],
    statuses: RECOMMENDATION_STATUSES.filter((s) => statuses.includes(s)),
    themeId: theme.trim() === '' ? null : theme,
  };
}

/** The URL query for a filter; empty parts are left out so URLs stay short. */
export function writeTrackerQuery(q: RecommendationFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (q.text.trim()) p.set('text', q.text);
  for (const a of q.addressees) p.append('addressee', a);
  for (const s of q.statuses) p.append('status', s);
  if (q.themeId) p.set('theme', q.themeId);
  return p;
}

/** Only the filter part of a query string, to carry it from the tracker to a recommendation and back. */
export function filterSearch(params: URLSearchParams): string {
  const s = writeTrackerQuery(readTrackerQuery(params)).toString();
  return s ? `?${s}` : '';
}

export function isFiltered(q: RecommendationFilter): boolean {
  return q.text.trim() !== '' || q.addressees.length > 0 || q.statuses.length > 0 || q.themeId !== null;
}

export const NO_FILTER: RecommendationFilter = { text: '', addressees: [], statuses: [], themeId: null };

/** The filter as the engine takes it (text trimmed). */
export function toFilterInput(q: RecommendationFilter): RecommendationFilter {
  return { ...q, text: q.text.trim() };
}
