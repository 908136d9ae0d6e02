import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, assetHeaders, contentTypeFor, resolveAppAsset } from './security';

/**
 * The app:// protocol: the renderer is served from out/renderer as the secure, standard origin
 * app://tessera, never from file:// (whose origin is shared by every file on the disk) and never
 * from a dev server, so the app runs under the same policy in development and in production.
 */

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function headers(contentType: string): Headers {
  return new Headers(assetHeaders(contentType));
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}

const MISSING = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG']);

export type ReadFile = (file: string) => Promise<Uint8Array>;

/** Answers one app:// request. Exported for tests; `read` defaults to the file system. */
export async function serveAppRequest(
  request: { url: string; method: string },
  rootDir: string,
  read: ReadFile = readFile,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveAppAsset(request.url, rootDir);
  if (file === null) return plain(404, 'Not found');
  let body: Uint8Array;
  try {
    body = await read(file);
  } catch (error) {
    if (MISSING.has((error as NodeJS.ErrnoException).code ?? '')) return plain(404, 'Not found');
    return plain(500, 'Could not read the file');
  }
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headers(contentTypeFor(file)) });
}

/** Serves `rootDir` (out/renderer) as app://tessera/. Call once the app is ready. */
export function serveApp(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rootDir));
}
