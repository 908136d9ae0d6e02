import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../../shared/api';

export interface Page<T> {
  total: number;
  items: T[];
}

export interface PagedRows<T> {
  total: number | null;
  /** The row at an index, or undefined while its page loads. */
  rowAt: (index: number) => T | undefined;
  /** Ask for the pages covering [start, end]. */
  ensure: (start: number, end: number) => void;
  error: ApiError | null;
}

interface Status {
  key: string;
  total: number | null;
  error: ApiError | null;
  /** Bumped when a page arrives, so the table re-renders. */
  version: number;
}

/**
 * Rows fetched page by page as they come into view. `key` names the query (filters and sort):
 * when it changes everything is forgotten and page 0 is fetched again.
 */
export function usePagedRows<T>(key: string, fetchPage: (offset: number, limit: number) => Promise<Result<Page<T>>>, pageSize = 100): PagedRows<T> {
  const pages = useRef(new Map<number, T[]>());
  const pending = useRef(new Set<number>());
  const currentKey = useRef(key);
  const fetchRef = useRef(fetchPage);
  const [status, setStatus] = useState<Status>({ key, total: null, error: null, version: 0 });

  useLayoutEffect(() => {
    fetchRef.current = fetchPage;
  });

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return;
      pending.current.add(page);
      const k = currentKey.current;
      void fetchRef.current(page * pageSize, pageSize).then((r) => {
        if (k !== currentKey.current) return;
        pending.current.delete(page);
        if (r.ok) pages.current.set(page, r.value.items);
        setStatus((s) => ({
          key: k,
          total: r.ok ? r.value.total : s.key === k ? s.total : null,
          error: r.ok ? null : r.error,
          version: s.version + 1,
        }));
      });
    },
    [pageSize],
  );

  useEffect(() => {
    currentKey.current = key;
    pages.current = new Map();
    pending.current = new Set();
    load(0);
  }, [key, load]);

  const ensure = useCallback(
    (start: number, end: number) => {
      const first = Math.max(0, Math.floor(start / pageSize));
      const last = Math.max(first, Math.floor(end / pageSize));
      for (let p = first; p <= last; p++) load(p);
    },
    [load, pageSize],
  );

  const rowAt = useCallback((index: number) => pages.current.get(Math.floor(index / pageSize))?.[index % pageSize], [pageSize]);

  const current = status.key === key;
  return { total: current ? status.total : null, rowAt, ensure, error: current ? status.error : null };
}
