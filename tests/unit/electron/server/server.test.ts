import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storedFilePath } from '../../../../electron/archive/files/store';
import { startServer } from '../../../../electron/server/server';
import { apiAuthorised, cookieToken, isAllowedHost, isAllowedOrigin, pageAuthorised, tokensEqual } from '../../../../electron/server/policy';
import { createDoor } from '../../../../electron/archive/accounts/door';
import { tempDir, testArchive } from '../../helpers';

const TOKEN = 'secret-token-123';
const root = path.resolve(__dirname, '..', '..', '..', '..');
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((s) => s()));

const ADMIN = { name: 'Server Admin', password: 'a long enough passphrase' };

/** A server on a test archive; its first administrator is signed in unless `signedIn` is false. */
async function serve(opts: { signedIn?: boolean } = {}) {
  const { router, call, workspace, dir } = testArchive();
  const door = createDoor(router, { lockAfterMs: 60_000 });
  if (opts.signedIn !== false && !door.call('auth.setup', ADMIN).ok) throw new Error('setup failed');
  const staticDir = tempDir();
  mkdirSync(path.join(staticDir, 'assets'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Tessera</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(path.dirname(staticDir), 'outside.txt'), 'private');
  const s = await startServer({ door, workspace, token: TOKEN, staticDir });
  stops.push(() => s.server.close());
  return { ...s, call, dir, staticDir, door };
}

function send(port: number, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (port: number, method: string, body: unknown, headers: Record<string, string> = { 'x-tessera-token': TOKEN }) =>
  send(port, { path: `/api/${method}`, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('browser-mode server policy', () => {
  it.each([
    ['127.0.0.1:4000', true],
    ['localhost:4000', true],
    ['127.0.0.1:4001', false],
    ['evil.example:4000', false],
    ['127.0.0.1.evil.example:4000', false],
    ['', false],
    [undefined, false],
  ])('host %j allowed: %s', (host, ok) => expect(isAllowedHost(host, 4000)).toBe(ok));

  it.each([
    [undefined, true],
    ['http://127.0.0.1:4000', true],
    ['http://localhost:4000', true],
    ['http://127.0.0.1:4001', false],
    ['https://127.0.0.1:4000', false],
    ['http://attacker.example', false],
    ['http://127.0.0.1.attacker.example:4000', false],
    ['null', false],
    ['', false],
  ])('origin %j allowed: %s', (origin, ok) => expect(isAllowedOrigin(origin, 4000)).toBe(ok));

  it('compares tokens exactly', () => {
    expect(tokensEqual('abc', 'abc')).toBe(true);
    for (const bad of ['abd', 'ab', 'abcd', '', undefined, ['abc'], 123]) expect(tokensEqual('abc', bad)).toBe(false);
    expect(apiAuthorised('abc', { 'x-tessera-token': 'abc' })).toBe(true);
    expect(apiAuthorised('abc', { cookie: 'tessera_token=abc' })).toBe(false);
    expect(cookieToken('a=1; tessera_token=xyz=; b=2')).toBe('xyz=');
    expect(pageAuthorised('abc', new URL('http://h/?token=abc'), undefined)).toBe('query');
    expect(pageAuthorised('abc', new URL('http://h/'), 'tessera_token=abc')).toBe('cookie');
    expect(pageAuthorised('abc', new URL('http://h/?token=abx'), 'tessera_token=abd')).toBe(false);
  });
});

describe('browser-mode server', () => {
  it('answers nothing but choosing an archive and signing in until someone signs in, then as them', async () => {
    const { port, call } = await serve({ signedIn: false });
    const body = async (method: string, input: unknown) => JSON.parse((await api(port, method, input)).body) as unknown;
    expect(await body('testimonies.create', { data: { title: 'Before sign-in', type: 'audio' } })).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'Sign in to use this archive.' } });
    expect(await body('auth.status', {})).toMatchObject({ ok: true, value: { needsSetup: true, user: null } });
    expect(await body('auth.setup', ADMIN)).toEqual({ ok: true, value: { name: ADMIN.name, role: 'administrator' } });
    expect(await body('auth.signOut', {})).toEqual({ ok: true, value: {} });
    expect(await body('auth.signIn', { name: ADMIN.name, password: 'not the password' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await body('auth.signIn', ADMIN)).toEqual({ ok: true, value: { name: ADMIN.name, role: 'administrator' } });
    expect(await body('testimonies.create', { data: { title: 'After sign-in', type: 'audio' } })).toMatchObject({ ok: true });
    expect(call('testimonies.list', {}).items.map((t) => t.title)).toEqual(['After sign-in']);
    expect(await body('archive.history', { entityType: 'testimony', entityId: call('testimonies.list', {}).items[0]!.id })).toMatchObject({ ok: true, value: [{ user: ADMIN.name }] });
  });

  it('serves no archive file and stages no upload before sign-in', async () => {
    const { port } = await serve({ signedIn: false });
    const cookie = { cookie: `tessera_token=${TOKEN}` };
    expect((await send(port, { path: `/files/${'a'.repeat(64)}`, headers: cookie })).status).toBe(401);
    expect((await send(port, { path: `/job-results/${crypto.randomUUID()}`, headers: cookie })).status).toBe(401);
    const upload = await send(port, { path: '/upload', method: 'POST', headers: { 'x-tessera-token': TOKEN, 'content-type': 'application/octet-stream' }, body: 'bytes' });
    expect(upload.status).toBe(401);
    expect(upload.body).toBe('Sign in to use this archive.');
  });

  it('answers the router over POST /api/<method> with the token', async () => {
    const { port, call } = await serve();
    const r = await api(port, 'testimonies.create', { data: { title: 'Over HTTP', type: 'audio' } });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { title: 'Over HTTP' } });
    expect(call('testimonies.list', {}).total).toBe(1);
  });

  it('refuses requests without the token with 401 and changes nothing', async () => {
    const { port, call } = await serve();
    expect((await api(port, 'testimonies.create', { data: { title: 'x', type: 'audio' } }, {})).status).toBe(401);
    expect((await api(port, 'testimonies.create', { data: { title: 'x', type: 'audio' } }, { 'x-tessera-token': 'wrong' })).status).toBe(401);
    expect((await api(port, 'testimonies.list', {}, { cookie: `tessera_token=${TOKEN}` })).status).toBe(401);
    expect((await send(port, { path: '/' })).status).toBe(401);
    expect(call('testimonies.list', {}).total).toBe(0);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { port } = await serve();
    expect((await send(port, { path: `/?token=${TOKEN}`, headers: { host: 'attacker.example' } })).status).toBe(403);
  });

  it('refuses an API call with a valid token but a foreign or non-loopback Host, and changes nothing', async () => {
    const { port, call } = await serve();
    for (const host of ['attacker.example', `attacker.example:${port}`, `192.168.1.20:${port}`, `0.0.0.0:${port}`, `[::1]:${port}`, `127.0.0.1.attacker.example:${port}`, `127.0.0.1:${port + 1}`]) {
      const r = await api(port, 'testimonies.create', { data: { title: 'Rebound', type: 'audio' } }, { 'x-tessera-token': TOKEN, host });
      expect(r.status, host).toBe(403);
    }
    expect(call('testimonies.list', {}).total).toBe(0);
  });

  it('refuses a page on another origin: no CORS grant, its preflight and its simple requests fail, nothing changes', async () => {
    const { port, call } = await serve();
    const origin = { origin: 'http://attacker.example' };
    // A cross-origin fetch that sends the token header needs a preflight first; ours refuses it.
    const preflight = await send(port, {
      path: '/api/testimonies.create',
      method: 'OPTIONS',
      headers: { ...origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-tessera-token' },
    });
    expect(preflight.status).toBe(403);
    // What a page may send without a preflight: a form post with the cookie the browser holds.
    const form = await send(port, { path: '/api/testimonies.create', method: 'POST', headers: { ...origin, 'content-type': 'text/plain', cookie: `tessera_token=${TOKEN}` }, body: JSON.stringify({ data: { title: 'x', type: 'audio' } }) });
    expect(form.status).toBe(403);
    const page = await send(port, { path: '/', headers: { ...origin, referer: 'http://attacker.example/' } });
    expect(page.status).toBe(403);
    for (const r of [preflight, form, page]) {
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
      expect(r.headers['access-control-allow-credentials']).toBeUndefined();
      expect(r.body).not.toContain(TOKEN);
    }
    // Even with the token, a call from another origin is refused, and nothing grants it the right to read.
    const withToken = await api(port, 'testimonies.create', { data: { title: 'x', type: 'audio' } }, { 'x-tessera-token': TOKEN, ...origin });
    expect(withToken.status).toBe(403);
    expect(withToken.headers['access-control-allow-origin']).toBeUndefined();
    // Our own page's calls (which carry our origin) are answered.
    const own = await api(port, 'testimonies.list', {}, { 'x-tessera-token': TOKEN, origin: `http://127.0.0.1:${port}` });
    expect(own.status).toBe(200);
    expect(call('testimonies.list', {}).total).toBe(0);
  });

  it('listens on 127.0.0.1 only: another loopback address of this machine finds nobody there', async () => {
    const { server, port, url } = await serve();
    expect(server.address()).toMatchObject({ address: '127.0.0.1', port });
    expect(new URL(url).hostname).toBe('127.0.0.1');
    // A server bound to every address (0.0.0.0) would answer on 127.0.0.2 as well.
    const refused = await new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.2', port, path: '/', headers: { host: `127.0.0.1:${port}` } }, (res) => {
        res.resume();
        resolve(`answered ${res.statusCode ?? 0}`);
      });
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      req.end();
    });
    expect(refused).toBe('ECONNREFUSED');
  });

  it('refuses non-JSON bodies and reports unknown methods and bad JSON as data', async () => {
    const { port } = await serve();
    const form = await send(port, { path: '/api/testimonies.list', method: 'POST', headers: { 'x-tessera-token': TOKEN, 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    expect(JSON.parse((await api(port, 'nope.nothing', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const bad = await send(port, { path: '/api/testimonies.list', method: 'POST', headers: { 'x-tessera-token': TOKEN, 'content-type': 'application/json' }, body: '{not json' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('serves the app with the token in the query, then by cookie, with a CSP; never outside its folder', async () => {
    const { port } = await serve();
    const first = await send(port, { path: `/?token=${TOKEN}` });
    expect(first.status).toBe(200);
    expect(String(first.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(first.headers['set-cookie'])).toContain('HttpOnly');
    const cookie = { cookie: `tessera_token=${TOKEN}` };
    expect((await send(port, { path: '/assets/app.js', headers: cookie })).status).toBe(200);
    for (const p of ['/../outside.txt', '/%2e%2e/outside.txt', '/assets/..%2f..%2foutside.txt', '/..%5coutside.txt']) {
      const r = await send(port, { path: p, headers: cookie });
      expect(r.body).not.toContain('private');
    }
  });

  it('stages an upload (token required), after which the engine stores it and the page can read it back by hash', async () => {
    const { port, call } = await serve();
    const png = readFileSync(path.join(root, 'resources', 'sample', 'photos', 'm-001-marker.png'));
    const upload = (headers: Record<string, string>) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/upload', method: 'POST', headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/octet-stream', ...headers } }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end(png);
      });
    expect((await upload({})).status).toBe(401);
    const staged = await upload({ 'x-tessera-token': TOKEN, 'x-file-name': encodeURIComponent('../../Front view «1».png') });
    expect(staged.status).toBe(200);
    const { path: stagedPath } = JSON.parse(staged.body) as { path: string };
    expect(path.basename(stagedPath)).toBe('Front view «1».png');
    expect(readFileSync(stagedPath).equals(png)).toBe(true);

    const marker = call('markers.create', { data: { title: 'Upload test' } });
    const withPhoto = call('markers.addPhoto', { id: marker.id, path: stagedPath, caption: 'Front' });
    const sha = withPhoto.photos[0]!.sha256;
    expect((await send(port, { path: `/files/${sha}` })).status).toBe(401);
    const cookie = { cookie: `tessera_token=${TOKEN}` };
    const photo = await send(port, { path: `/files/${sha}`, headers: cookie });
    expect(photo.status).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    for (const p of [`/files/${sha.toUpperCase()}`, '/files/..%2farchive.sqlite', '/files/archive.sqlite', `/job-results/${crypto.randomUUID()}`]) {
      expect((await send(port, { path: p, headers: cookie })).status).toBe(404);
    }
  });

  it('survives a file that cannot be read after the checks (cut short), and answers the next request', async () => {
    const { port, call, dir, staticDir } = await serve();
    const cookie = { cookie: `tessera_token=${TOKEN}` };
    // /proc/self/mem (Linux) is a regular file to stat() but every read of it fails (EIO), as a
    // file removed or damaged between the check and the read would.
    const unreadable = '/proc/self/mem';
    expect(statSync(unreadable).isFile()).toBe(true);
    /** How the download ended: whole, or cut short (the client sees the connection reset). */
    const attempt = (p: string) => send(port, { path: p, headers: cookie }).then(() => 'whole', (e: Error) => `cut short: ${e.message}`);

    symlinkSync(unreadable, path.join(staticDir, 'assets', 'broken.js'));
    expect(await attempt('/assets/broken.js')).toMatch(/^cut short/);
    expect((await send(port, { path: '/assets/app.js', headers: cookie })).status).toBe(200);

    const png = readFileSync(path.join(root, 'resources', 'sample', 'photos', 'm-001-marker.png'));
    const photoFile = path.join(tempDir(), 'front.png');
    writeFileSync(photoFile, png);
    const marker = call('markers.create', { data: { title: 'Unreadable photo' } });
    const sha = call('markers.addPhoto', { id: marker.id, path: photoFile }).photos[0]!.sha256;
    const stored = storedFilePath(dir, sha);
    rmSync(stored, { force: true });
    symlinkSync(unreadable, stored);

    expect(await attempt(`/files/${sha}`)).toMatch(/^cut short/);
    // The server is still there.
    expect((await send(port, { path: '/assets/app.js', headers: cookie })).status).toBe(200);
    expect((await api(port, 'markers.get', { id: marker.id })).status).toBe(200);
  });
});
