/** The reading room's addresses, in the hash so they work from file://: #/, #/search?q=, #/record/REF. */
export type Route = { view: 'home'; page: number } | { view: 'search'; q: string; page: number } | { view: 'record'; ref: string; q: string };

function pageOf(params: URLSearchParams): number {
  const n = Number(params.get('page') ?? '1');
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** Null for a hash that is not one of ours (an in-page anchor such as #main). */
export function parseRoute(hash: string): Route | null {
  if (hash === '' || hash === '#') return { view: 'home', page: 1 };
  if (!hash.startsWith('#/')) return null;
  const [pathPart = '', query = ''] = hash.slice(1).split('?');
  const params = new URLSearchParams(query);
  const q = params.get('q') ?? '';
  if (pathPart === '/search') return q.trim() ? { view: 'search', q, page: pageOf(params) } : { view: 'home', page: 1 };
  const record = /^\/record\/(.+)$/.exec(pathPart);
  if (record?.[1]) {
    try {
      return { view: 'record', ref: decodeURIComponent(record[1]), q };
    } catch {
      return { view: 'home', page: 1 };
    }
  }
  return { view: 'home', page: pageOf(params) };
}

export function href(route: Route): string {
  const params = new URLSearchParams();
  if (route.view !== 'home' && route.q) params.set('q', route.q);
  if (route.view !== 'record' && route.page > 1) params.set('page', String(route.page));
  const query = params.toString() ? `?${params.toString()}` : '';
  if (route.view === 'home') return `#/${query}`;
  if (route.view === 'search') return `#/search${query}`;
  return `#/record/${encodeURIComponent(route.ref)}${query}`;
}
