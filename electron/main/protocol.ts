import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, resolveAppAsset } from './security';

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

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function headers(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    // Sent with every response: documents and worker scripts take their policy from their own response.
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
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
