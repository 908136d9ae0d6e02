import { useLocation, useSearchParams } from 'react-router-dom';

/**
 * A record view's open tab, kept in the URL (?tab=…) so back/forward and reload return to it.
 * The first tab leaves the URL bare; choosing a tab replaces the history entry and keeps the rest
 * of the query (the list's filters) and the location's state.
 */
export function useTabParam(first = 'details'): [string, (next: string) => void] {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const tab = params.get('tab') ?? first;
  const chooseTab = (next: string) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next === first) p.delete('tab');
        else p.set('tab', next);
        return p;
      },
      { replace: true, state: location.state as unknown },
    );
  return [tab, chooseTab];
}
