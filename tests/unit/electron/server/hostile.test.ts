import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDoor } from '../../../../electron/archive/accounts/door';
import { startServer } from '../../../../electron/server/server';
import { tempDir, testArchive } from '../../helpers';

/**
 * Browser mode against hostile callers: every way in (the API, /upload, the archive's files,
 * finished jobs' files, pages and assets) refuses a request without the token or with a wrong one
 * (401), and one that names another host or comes from another origin (403) even when it carries
 * the right token, which is what a DNS-rebinding page or a page in another tab would try. Each
 * target is first shown to answer a proper request, so a refusal means the check, not a 404.
 */

const TOKEN = 'hostile-test-token-0123456789';
const WRONG = 'hostile-test-token-0123456780'; // same length: only the bytes differ
const root = path.resolve(__dirname, '..', '..', '..', '..');

let port = 0;
let sha = '';
let count: () => number = () => 0;
let stagedFiles: () => number = () => 0;
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** A fresh archive with a stored photo and its administrator signed in, served on a new port. */
async function serve(): Promise<void> {
  const { router, call, workspace } = testArchive();
  const door = createDoor(router, { lockAfterMs: 60_000 });
  if (!door.call('auth.setup', { name: 'Hostile Admin', password: 'a long enough passphrase' }).ok) throw new Error('setup failed');
  const staticDir = tempDir();
  mkdirSync(path.join(staticDir, 'assets'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Tessera</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const photo = path.join(tempDir(), 'front.png');
  writeFileSync(photo, readFileSync(path.join(root, 'resources', 'sample', 'photos', 'm-001-marker.png')));
  const marker = call('markers.create', { data: { title: 'Hostile test marker' } });
  sha = call('markers.addPhoto', { id: marker.id, path: photo }).photos[0]!.sha256;
  count = () => call('testimonies.list', {}).total;
  const s = await startServer({ door, workspace, token: TOKEN, staticDir });
  port = s.port;
  stops.push(() => s.server.close());
  // One proper upload shows where uploads are staged (a folder per upload), so the test can
  // check that a refused one left nothing there.
  const staged = await send({ path: '/upload', method: 'POST', headers: { host: `127.0.0.1:${port}`, 'x-tessera-token': TOKEN, 'x-file-name': 'first.txt' }, body: 'first' });
  const stagingRoot = path.dirname(path.dirname((JSON.parse(staged.body) as { path: string }).path));
  stagedFiles = () => readdirSync(stagingRoot).length;
}

interface Reply {
  status: number;
  body: string;
  headers: Record<string, unknown>;
}

function send(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** How a caller proves itself: the API and uploads by header, pages and files by cookie or query. */
type Credential = { header?: string; cookie?: string; query?: string };

interface Target {
  name: string;
  /** The request with the given credential and extra headers (Host, Origin). */
  request(cred: Credential, extra: Record<string, string>): Promise<Reply>;
  /** What a proper request gets. */
  ok: number;
}

function headersFor(cred: Credential, extra: Record<string, string>): Record<string, string> {
  return {
    host: `127.0.0.1:${port}`,
    ...(cred.header !== undefined ? { 'x-tessera-token': cred.header } : {}),
    ...(cred.cookie !== undefined ? { cookie: `tessera_token=${cred.cookie}` } : {}),
    ...extra,
  };
}
const withQuery = (p: string, cred: Credential) => (cred.query !== undefined ? `${p}?token=${encodeURIComponent(cred.query)}` : p);

const targets: Target[] = [
  {
    name: 'the API',
    ok: 200,
    request: (cred, extra) =>
      send({
        path: withQuery('/api/testimonies.create', cred),
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headersFor(cred, extra) },
        body: JSON.stringify({ data: { title: 'Planted by an attacker', type: 'audio' } }),
      }),
  },
  {
    name: '/upload',
    ok: 200,
    request: (cred, extra) =>
      send({ path: withQuery('/upload', cred), method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'planted.txt', ...headersFor(cred, extra) }, body: 'planted' }),
  },
  { name: "an archive's file", ok: 200, request: (cred, extra) => send({ path: withQuery(`/files/${sha}`, cred), headers: headersFor(cred, extra) }) },
  // No job has run, so a proper request finds nothing (404); a refused one must not get that far.
  { name: "a finished job's file", ok: 404, request: (cred, extra) => send({ path: withQuery(`/job-results/${crypto.randomUUID()}`, cred), headers: headersFor(cred, extra) }) },
  { name: 'the page', ok: 200, request: (cred, extra) => send({ path: withQuery('/', cred), headers: headersFor(cred, extra) }) },
  { name: 'an asset', ok: 200, request: (cred, extra) => send({ path: withQuery('/assets/app.js', cred), headers: headersFor(cred, extra) }) },
];

/** The right credential for each target, as our own page sends it. */
const proper = (t: Target): Credential => (t.name === 'the API' || t.name === '/upload' ? { header: TOKEN } : { cookie: TOKEN });

const hostile: [string, (t: Target) => Credential, () => Record<string, string>, number][] = [
  ['no token at all', () => ({}), () => ({}), 401],
  ['a wrong token in every place', () => ({ header: WRONG, cookie: WRONG, query: WRONG }), () => ({}), 401],
  ['an empty token', () => ({ header: '', cookie: '', query: '' }), () => ({}), 401],
  ['the token with a character added', () => ({ header: `${TOKEN}x`, cookie: `${TOKEN}x` }), () => ({}), 401],
  ['the token where that door does not take it', (t) => (proper(t).header ? { cookie: TOKEN, query: TOKEN } : { header: TOKEN }), () => ({}), 401],
  ['a foreign Host (evil.example:port)', proper, () => ({ host: `evil.example:${port}` }), 403],
  ['our address on another port', proper, () => ({ host: `127.0.0.1:${port + 1}` }), 403],
  ['localhost on another port', proper, () => ({ host: `localhost:${port + 1}` }), 403],
  ['a Host without a port', proper, () => ({ host: '127.0.0.1' }), 403],
  ['a DNS-rebinding Host', proper, () => ({ host: `rebind.attacker.example:${port}` }), 403],
  ['a look-alike Host', proper, () => ({ host: `127.0.0.1.attacker.example:${port}` }), 403],
  ['another Origin', proper, () => ({ origin: 'http://evil.example' }), 403],
  ['a null Origin (file:// or a sandboxed frame)', proper, () => ({ origin: 'null' }), 403],
  ['our address on another port as Origin', proper, () => ({ origin: `http://127.0.0.1:${port + 1}` }), 403],
  ['https on our port as Origin', proper, () => ({ origin: `https://127.0.0.1:${port}` }), 403],
  ['a rebinding Origin and Host together', proper, () => ({ host: `rebind.attacker.example:${port}`, origin: `http://rebind.attacker.example:${port}` }), 403],
];

describe('browser mode refuses hostile requests', () => {
  it.each(targets.map((t) => [t.name, t] as const))('%s: answers a proper request, refuses every hostile one', async (_, target) => {
    await serve();
    const before = { testimonies: count(), staged: stagedFiles() };
    for (const [name, credential, extra, status] of hostile) {
      const reply = await target.request(credential(target), extra());
      expect(reply.status, name).toBe(status);
      // A refusal grants nothing: no data, no cookie, no permission to read across origins.
      expect(reply.body, name).not.toContain(TOKEN);
      expect(reply.body, name).not.toContain('Tessera</title>');
      expect(reply.body, name).not.toMatch(/^\{"ok"/);
      expect(reply.headers['set-cookie'], name).toBeUndefined();
      expect(reply.headers['access-control-allow-origin'], name).toBeUndefined();
    }
    expect({ testimonies: count(), staged: stagedFiles() }).toEqual(before);
    // The same request done properly is answered, so the refusals above were the checks at work.
    expect((await target.request(proper(target), { origin: `http://127.0.0.1:${port}` })).status).toBe(target.ok);
  });
});
