import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api';
import type { MarkerFilter, MarkerRow } from '../../../../shared/model/markers';
import { call } from '../../api/client';

/** The largest page markers.list gives; the register reads page after page. */
const PAGE = 500;

interface Answer {
  /** The filter (as JSON) these rows answer. */
  key: string;
  rows: MarkerRow[] | null;
  error: ApiError | null;
}

/**
 * Every marker the filter keeps (page after page), for the register; `refresh` reads again.
 * useCall reads one page only, hence this hook. Like useCall it ignores stale answers and keeps
 * the rows while the same filter is read again, but rows of another filter are never shown:
 * until the new filter's answer arrives, `rows` is null (loading).
 */
export function useAllMarkers(filter: MarkerFilter, refresh: unknown): { rows: MarkerRow[] | null; error: ApiError | null } {
  const key = JSON.stringify(filter);
  const [answer, setAnswer] = useState<Answer>({ key: '', rows: null, error: null });

  useEffect(() => {
    let live = true;
    void (async () => {
      const rows: MarkerRow[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const r = await call('markers.list', { ...(JSON.parse(key) as MarkerFilter), offset, limit: PAGE });
        if (!live) return;
        if (!r.ok) return setAnswer({ key, rows: null, error: r.error });
        rows.push(...r.value.items);
        if (r.value.items.length < PAGE || rows.length >= r.value.total) break;
      }
      setAnswer({ key, rows, error: null });
    })();
    return () => {
      live = false;
    };
  }, [key, refresh]);

  return answer.key === key ? { rows: answer.rows, error: answer.error } : { rows: null, error: null };
}
