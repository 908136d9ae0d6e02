import { timingSafeEqual } from 'node:crypto';

/** Pure checks for the browser-mode server, tested with hostile inputs. */

export const TOKEN_HEADER = 'x-tessera-token';
export const TOKEN_COOKIE = 'tessera_token';
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export function tokensEqual(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only our own loopback origin may talk to us (defeats DNS rebinding). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * A request that says where it comes from must come from our own page. Browsers send `Origin` on
 * every cross-origin request and on same-origin POSTs; navigations and same-origin GETs may omit
 * it, which is allowed (the token is still required). `null` (file://, sandboxed frames) is refused.
 */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function cookieToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}

/** API calls need the header (a page on another origin cannot set it without our consent). */
export function apiAuthorised(token: string, headers: Record<string, string | string[] | undefined>): boolean {
  return tokensEqual(token, headers[TOKEN_HEADER]);
}

/** Pages and assets: the token in the query (first visit) or the cookie set by it. */
export function pageAuthorised(token: string, url: URL, cookieHeader: string | undefined): 'query' | 'cookie' | false {
  if (tokensEqual(token, url.searchParams.get('token'))) return 'query';
  if (tokensEqual(token, cookieToken(cookieHeader))) return 'cookie';
  return false;
}
