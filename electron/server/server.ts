import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Router } from '../archive/router';
import type { Session } from '../archive/context';
import { routeFor, methodNames } from '../../shared/api';
import { assetHeaders, contentTypeFor, resolveAppAsset } from '../main/security';
import { apiAuthorised, isAllowedHost, isAllowedOrigin, MAX_BODY_BYTES, pageAuthorised, TOKEN_COOKIE } from './policy';

export interface ServerOptions {
  router: Router;
  session: Session;
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
  send(res, 200, JSON.stringify(o.router.call(o.session, method, input)), 'application/json; charset=utf-8');
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
  createReadStream(file).pipe(res);
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
