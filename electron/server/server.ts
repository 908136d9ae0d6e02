import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import type { Door } from '../archive/accounts/door';
import { contentRange, parseRange } from '../archive/files/range';
import { contentDisposition, servedFile } from '../archive/served';
import type { Workspace } from '../archive/workspace';
import { routeFor, methodNames } from '../../shared/api';
import { assetHeaders, contentTypeFor, resolveAppAsset } from '../main/security';
import { apiAuthorised, isAllowedHost, isAllowedOrigin, MAX_BODY_BYTES, pageAuthorised, TOKEN_COOKIE } from './policy';
import { stageUpload, UPLOAD_MAX_BYTES, UploadTooLarge } from './staging';

export interface ServerOptions {
  /** Who is signed in to this browser-mode session; every API call goes through it. */
  door: Door;
  /** For the archive's own files: stored photos and finished jobs' PDFs (archive/served.ts). */
  workspace: Workspace;
  token: string;
  staticDir: string;
  port?: number;
}

const API_ROUTES = new Map(methodNames.map((m) => [routeFor(m), m]));

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(o: ServerOptions, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  if (!apiAuthorised(o.token, req.headers)) return send(res, 401, 'A valid token is required.');
  if (req.method !== 'POST') return send(res, 405, 'Use POST.');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON.');
  const method = API_ROUTES.get(pathname) ?? pathname.slice('/api/'.length);
  let body: string;
  try {
    body = await readBody(req);
  } catch {
    return send(res, 413, `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
  }
  let input: unknown;
  try {
    input = body === '' ? {} : JSON.parse(body);
  } catch {
    return send(res, 200, JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'The request is not valid JSON.' } }), 'application/json');
  }
  send(res, 200, JSON.stringify(o.door.call(method, input)), 'application/json; charset=utf-8');
}

/** POST /upload: stages a chosen file for the engine (see staging.ts); answers `{ path }`. */
async function handleUpload(o: ServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!apiAuthorised(o.token, req.headers)) return send(res, 401, 'A valid token is required.');
  if (req.method !== 'POST') return send(res, 405, 'Use POST.');
  if (!o.door.current()) return send(res, 401, 'Sign in to use this archive.');
  const declared = Number(req.headers['content-length'] ?? 0);
  const limit = `${UPLOAD_MAX_BYTES / 1024 / 1024 / 1024} GB`;
  if (declared > UPLOAD_MAX_BYTES) return send(res, 413, `The file is larger than Tessera accepts (${limit}).`);
  const name = String(req.headers['x-file-name'] ?? 'upload');
  try {
    const file = await stageUpload(req, name);
    send(res, 200, JSON.stringify({ path: file }), 'application/json; charset=utf-8');
  } catch (e) {
    if (e instanceof UploadTooLarge) return send(res, 413, `The file is larger than Tessera accepts (${limit}).`);
    send(res, 500, 'The file could not be received. Try again.');
  }
}

/**
 * Streams a file into a response whose headers are sent. A file that vanishes or cannot be read
 * after the checks (removed, unreadable, a failing disk) must not take the server down: the
 * response is cut short (the browser sees a failed download, not a truncated file passed as
 * whole), and the server goes on answering.
 */
function sendFile(file: string, res: ServerResponse, range?: { start: number; end: number }): void {
  pipeline(createReadStream(file, range), res, (err) => {
    if (err && !res.destroyed) res.destroy();
  });
}

/**
 * GET /files/<sha256> and /job-results/<id>: the archive's own files (archive/served.ts), for the
 * person signed in. A single byte range is answered 206, so a recording can be seeked.
 */
function handleServed(o: ServerOptions, req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (!pageAuthorised(o.token, url, req.headers.cookie)) return send(res, 401, 'A valid token is required.');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Use GET.');
  // The archive's photos, recordings and PDFs are for whoever is signed in, as far as their role reads.
  const session = o.door.current();
  if (!session) return send(res, 401, 'Sign in to use this archive.');
  const served = servedFile(o.workspace, url.pathname, session);
  if (!served) return send(res, 404, 'Not found.');
  let size: number;
  try {
    size = served.bytes ?? statSync(served.file).size;
  } catch {
    return send(res, 404, 'Not found.');
  }
  const headers: Record<string, string | number> = { ...assetHeaders(served.contentType), 'accept-ranges': 'bytes' };
  if (served.downloadName) headers['content-disposition'] = contentDisposition(served.downloadName);
  const range = parseRange(req.headers.range, size);
  if (range.kind === 'unsatisfiable') {
    res.writeHead(416, { ...assetHeaders('text/plain; charset=utf-8'), 'accept-ranges': 'bytes', 'content-range': contentRange(range, size)! });
    return void res.end('That part of the file does not exist.');
  }
  const part = range.kind === 'partial' ? range : null;
  if (part) headers['content-range'] = contentRange(range, size)!;
  headers['content-length'] = part ? part.end - part.start + 1 : size;
  res.writeHead(part ? 206 : 200, headers);
  if (req.method === 'HEAD') return void res.end();
  sendFile(served.file, res, part ?? undefined);
}

function handleStatic(o: ServerOptions, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const auth = pageAuthorised(o.token, url, req.headers.cookie);
  if (!auth) return send(res, 401, 'Tessera: open the address printed by "npm run start:browser" (it carries the access token).');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Use GET.');
  const file = resolveAppAsset(`app://tessera${url.pathname}`, o.staticDir);
  if (!file || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'Not found.');
  const headers = assetHeaders(contentTypeFor(file));
  if (auth === 'query') headers['set-cookie'] = `${TOKEN_COOKIE}=${o.token}; HttpOnly; SameSite=Strict; Path=/`;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return void res.end();
  sendFile(file, res);
}

/** The browser-mode transport: the same router over HTTP on 127.0.0.1, token required. */
export function startServer(o: ServerOptions): Promise<{ server: Server; port: number; url: string }> {
  const server = createServer((req, res) => {
    const port = (server.address() as { port: number }).port;
    if (!isAllowedHost(req.headers.host, port)) return send(res, 403, 'Tessera answers only on its own local address.');
    if (!isAllowedOrigin(req.headers.origin, port)) return send(res, 403, 'Tessera answers only its own pages.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      handleApi(o, req, res, url.pathname).catch(() => send(res, 500, 'The request failed.'));
      return;
    }
    if (url.pathname === '/upload') {
      handleUpload(o, req, res).catch(() => send(res, 500, 'The upload failed.'));
      return;
    }
    if (url.pathname.startsWith('/files/') || url.pathname.startsWith('/job-results/')) return handleServed(o, req, res, url);
    handleStatic(o, req, res, url);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({ server, port, url: `http://127.0.0.1:${port}/?token=${o.token}` });
    });
  });
}
