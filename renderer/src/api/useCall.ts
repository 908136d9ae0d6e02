import { useCallback, useEffect, useState } from 'react';
import type { ApiError, Input, MethodName, Output } from '../../../shared/api';
import { call } from './client';

export interface CallState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

interface Answer<T> {
  key: string | null;
  data: T | null;
  error: ApiError | null;
}

/**
 * Reads one method's answer and keeps it while the input stays the same (compared as JSON).
 * Pass `null` as input to skip the call; change `refresh` to read again. Stale answers are ignored;
 * the last good data stays visible while a new answer is on its way.
 */
export function useCall<M extends MethodName>(method: M, input: Input<M> | null, refresh: unknown = 0): CallState<Output<M>> {
  const [answer, setAnswer] = useState<Answer<Output<M>>>({ key: null, data: null, error: null });
  const [tick, setTick] = useState(0);
  const inputKey = input === null ? null : JSON.stringify(input);
  const requestKey = inputKey === null ? null : `${method}|${inputKey}|${tick}|${String(refresh)}`;

  useEffect(() => {
    if (inputKey === null || requestKey === null) return;
    let live = true;
    void call(method, JSON.parse(inputKey) as Input<M>).then((r) => {
      if (!live) return;
      setAnswer((a) => (r.ok ? { key: requestKey, data: r.value, error: null } : { key: requestKey, data: a.data, error: r.error }));
    });
    return () => {
      live = false;
    };
  }, [method, inputKey, requestKey]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: answer.data, error: answer.error, loading: requestKey !== null && answer.key !== requestKey, reload };
}

/**
 * A caller for writes that change what a `useCall` shows: it calls the method and, when the call
 * succeeds, reloads (pass that useCall's `reload`). Answers the call's result either way.
 */
export function useCallThenReload(reload: () => void) {
  return useCallback(
    async <M extends MethodName>(method: M, input: Input<M>) => {
      const result = await call(method, input);
      if (result.ok) reload();
      return result;
    },
    [reload],
  );
}
