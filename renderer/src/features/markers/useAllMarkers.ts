import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api';
import type { MarkerFilter, MarkerRow } from '../../../../shared/model/markers';
import { call } from '../../api/client';

const PAGE = 500;

/** Every marker the filter keeps (page after page), for the register; `refresh` reads again. */
export function useAllMarkers(filter: MarkerFilter, refresh: unknown): { rows: MarkerRow[] | null; error: ApiError | null } {
  const key = JSON.stringify(filter);
  const [state, setState] = useState<{ key: string; rows: MarkerRow[] | null; error: ApiError | null }>({ key: '', rows: null, error: null });

  useEffect(() => {
    let live = true;
    const want = `${key}|${String(refresh)}`;
    void (async () => {
      const rows: MarkerRow[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const r = await call('markers.list', { ...(JSON.parse(key) as MarkerFilter), offset, limit: PAGE });
        if (!live) return;
        if (!r.ok) return setState({ key: want, rows: null, error: r.error });
        rows.push(...r.value.items);
        if (r.value.items.length < PAGE || rows.length >= r.value.total) break;
      }
      setState({ key: want, rows, error: null });
    })();
    return () => {
      live = false;
    };
  }, [key, refresh]);

  return { rows: state.rows, error: state.error };
}
