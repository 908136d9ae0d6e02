/**
 * Browser mode: the server prints a URL with `?token=…`. Keep the token for this tab in
 * sessionStorage and take it out of the visible URL so it is not bookmarked or shared.
 */
const KEY = 'tessera.token';

export function readToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      sessionStorage.setItem(KEY, fromUrl);
    } catch {
      // Storage may be unavailable; the token still works for this page load.
    }
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    memo = fromUrl;
    return fromUrl;
  }
  if (memo) return memo;
  try {
    memo = sessionStorage.getItem(KEY) ?? '';
  } catch {
    memo = '';
  }
  return memo;
}

let memo = '';
