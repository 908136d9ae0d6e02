import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { contentRange, parseRange } from '../archive/files/range';
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
/** The bytes `start`…`end` (inclusive) of a file; rejects when it cannot be opened. */
export type ReadRange = (file: string, start: number, end: number) => Promise<Body>;
type Body = NonNullable<ConstructorParameters<typeof Response>[0]>;
/** The archive's own files by address (archive/served.ts): stored photos and recordings, finished jobs' PDFs. */
export type ArchiveFiles = (pathname: string) => ServedFile | null;

/** Streams a part of a file from disk (a recording may be gigabytes: never read whole into memory). */
export const streamRange: ReadRange = async (file, start, end) => {
  const handle = await open(file, 'r'); // opened first, so a missing or unreadable file is a 404, not a cut stream
  return Readable.toWeb(createReadStream('', { fd: handle, start, end })) as Body;
};

/** A range cut from a whole-file reader (tests inject one; small files only). */
const sliceOf =
  (read: ReadFile): ReadRange =>
  async (file, start, end) =>
    (await read(file)).slice(start, end + 1);

async function serveArchiveFile(served: ServedFile, request: AppRequest, readRange: ReadRange): Promise<Response> {
  let size: number;
  try {
    size = served.bytes ?? (await stat(served.file)).size;
  } catch {
    return plain(404, 'Not found');
  }
  const h = headers(served.contentType);
  h.set('accept-ranges', 'bytes');
  if (served.downloadName) h.set('content-disposition', contentDisposition(served.downloadName));
  // A single byte range is answered 206, so a recording can be seeked in the testimony view.
  const range = parseRange(request.headers?.get('range'), size);
  if (range.kind === 'unsatisfiable') {
    const refused = headers('text/plain; charset=utf-8');
    refused.set('content-range', contentRange(range, size)!);
    return new Response('That part of the file does not exist.', { status: 416, headers: refused });
  }
  const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, size - 1];
  if (range.kind === 'partial') h.set('content-range', contentRange(range, size)!);
  h.set('content-length', String(end - start + 1));
  const status = range.kind === 'partial' ? 206 : 200;
  if (request.method === 'HEAD') return new Response(null, { status, headers: h });
  let body: Body;
  try {
    body = size === 0 ? new Uint8Array(0) : await readRange(served.file, start, end);
  } catch {
    return plain(404, 'Not found');
  }
  return new Response(body, { status, headers: h });
}

export interface AppRequest {
  url: string;
  method: string;
  /** The request's headers (Range, for the archive's files); absent in some tests. */
  headers?: { get(name: string): string | null };
}

/**
 * Answers one app:// request. Exported for tests; `read` defaults to the file system, and the
 * archive's files are read through `readRange` (by default cut from `read`; the app streams them).
 */
export async function serveAppRequest(
  request: AppRequest,
  rootDir: string,
  read: ReadFile = readFile,
  archiveFiles: ArchiveFiles = () => null,
  readRange: ReadRange = sliceOf(read),
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const pathname = URL.canParse(request.url) ? new URL(request.url).pathname : '';
  if (pathname.startsWith('/files/') || pathname.startsWith('/job-results/')) {
    const served = archiveFiles(pathname);
    return served ? serveArchiveFile(served, request, readRange) : plain(404, 'Not found');
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

/** Serves `rootDir` (out/renderer) and the open archive's files (streamed, with ranges) as app://tessera/. Call once the app is ready. */
export function serveApp(rootDir: string, archiveFiles: ArchiveFiles): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rootDir, readFile, archiveFiles, streamRange));
}
