import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import type { ServedFile } from '../archive/served';
import { contentDisposition } from '../archive/served';
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
/** The archive's own files by address (archive/served.ts): stored photos, finished jobs' PDFs. */
export type ArchiveFiles = (pathname: string) => ServedFile | null;

async function serveArchiveFile(served: ServedFile, method: string, read: ReadFile): Promise<Response> {
  let body: Uint8Array;
  try {
    body = await read(served.file);
  } catch {
    return plain(404, 'Not found');
  }
  const h = headers(served.contentType);
  if (served.downloadName) h.set('content-disposition', contentDisposition(served.downloadName));
  return new Response(method === 'HEAD' ? null : body, { status: 200, headers: h });
}

/** Answers one app:// request. Exported for tests; `read` defaults to the file system. */
export async function serveAppRequest(
  request: { url: string; method: string },
  rootDir: string,
  read: ReadFile = readFile,
  archiveFiles: ArchiveFiles = () => null,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const pathname = URL.canParse(request.url) ? new URL(request.url).pathname : '';
  if (pathname.startsWith('/files/') || pathname.startsWith('/job-results/')) {
    const served = archiveFiles(pathname);
    return served ? serveArchiveFile(served, request.method, read) : plain(404, 'Not found');
  }
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

/** Serves `rootDir` (out/renderer) and the open archive's files as app://tessera/. Call once the app is ready. */
export function serveApp(rootDir: string, archiveFiles: ArchiveFiles): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rootDir, readFile, archiveFiles));
}
