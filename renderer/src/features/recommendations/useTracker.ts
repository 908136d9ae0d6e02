import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api';
import type { RecommendationFilter, RecommendationRow, TrackerCounts } from '../../../../shared/model/findings';
import { call } from '../../api/client';

/** The largest page recommendations.list gives; a commission's list is read whole, page after page. */
const PAGE = 500;

interface Tracker {
  rows: RecommendationRow[] | null;
  counts: TrackerCounts | null;
  error: ApiError | null;
}

/**
 * Every recommendation the filter keeps, in number order, with the tracker's counts (from the
 * first page, which counts the whole filtered set). Stale answers are ignored; until the current
 * filter's answer arrives rows are null (loading), while the last counts stay so the filter menus
 * do not jump.
 */
export function useTracker(filter: RecommendationFilter, refresh: unknown): Tracker {
  const key = JSON.stringify(filter);
  const [answer, setAnswer] = useState<Tracker & { key: string }>({ key: '', rows: null, counts: null, error: null });

  useEffect(() => {
    let live = true;
    void (async () => {
      const rows: RecommendationRow[] = [];
      let counts: TrackerCounts | null = null;
      for (let offset = 0; ; offset += PAGE) {
        const r = await call('recommendations.list', { ...(JSON.parse(key) as RecommendationFilter), offset, limit: PAGE });
        if (!live) return;
        if (!r.ok) return setAnswer((a) => ({ key, rows: null, counts: a.counts, error: r.error }));
        counts ??= r.value.counts;
        rows.push(...r.value.items);
        if (r.value.items.length < PAGE || rows.length >= r.value.total) break;
      }
      setAnswer({ key, rows, counts, error: null });
    })();
    return () => {
      live = false;
    };
  }, [key, refresh]);

  return answer.key === key ? answer : { rows: null, counts: answer.counts, error: null };
}
