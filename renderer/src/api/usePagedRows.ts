import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api';
import type { Result } from '../../../shared/api';

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

/**
 * Rows fetched page by page as they come into view. `key` names the query (filters and sort):
 * when it changes everything is forgotten and page 0 is fetched again.
 */
export function usePagedRows<T>(
  key: string,
  fetchPage: (offset: number, limit: number) => Promise<Result<Page<T>>>,
  pageSize = 100,
): PagedRows<T> {
  const pages = useRef(new Map<number, T[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [, setVersion] = useState(0);

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return;
      pending.current.add(page);
      const gen = generation.current;
      void fetchRef.current(page * pageSize, pageSize).then((r) => {
        if (gen !== generation.current) return;
        pending.current.delete(page);
        if (!r.ok) {
          setError(r.error);
          return;
        }
        pages.current.set(page, r.value.items);
        setError(null);
        setTotal(r.value.total);
        setVersion((v) => v + 1);
      });
    },
    [pageSize],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    pending.current = new Set();
    setTotal(null);
    setError(null);
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

  const rowAt = useCallback(
    (index: number) => pages.current.get(Math.floor(index / pageSize))?.[index % pageSize],
    [pageSize],
  );

  return { total, rowAt, ensure, error };
}
