import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Input, MethodName, Output } from '../../../shared/api';
import { call } from './client';

export interface CallState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Reads one method's answer and keeps it while the input stays the same (compared as JSON).
 * Pass `null` as input to skip the call. Stale answers are ignored.
 */
export function useCall<M extends MethodName>(method: M, input: Input<M> | null, refresh: unknown = 0): CallState<Output<M>> {
  const [data, setData] = useState<Output<M> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(input !== null);
  const [tick, setTick] = useState(0);
  const key = input === null ? null : JSON.stringify(input);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    if (key === null) {
      setLoading(false);
      return;
    }
    let live = true;
    setLoading(true);
    void call(method, inputRef.current as Input<M>).then((r) => {
      if (!live) return;
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else {
        setError(r.error);
      }
      setLoading(false);
    });
    return () => {
      live = false;
    };
  }, [method, key, tick, refresh]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
