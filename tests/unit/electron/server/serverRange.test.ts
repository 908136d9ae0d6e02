import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDoor } from '../../../../electron/archive/accounts/door';
import { startServer } from '../../../../electron/server/server';
import { tempDir, testArchive } from '../../helpers';

/**
 * Browser mode serves a testimony's recording in parts (HTTP Range), so the page's player can
 * seek; and serves it only to someone whose role reads the testimony.
 */

const TOKEN = 'range-token-456';
const COOKIE = { cookie: `tessera_token=${TOKEN}` };
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((s) => s()));

async function serve() {
  const { router, call, workspace } = testArchive();
  const door = createDoor(router, { lockAfterMs: 60_000 });
  if (!door.call('auth.setup', { name: 'Range Admin', password: 'a long enough passphrase' }).ok) throw new Error('setup failed');
  const s = await startServer({ door, workspace, token: TOKEN, staticDir: tempDir() });
  stops.push(() => s.server.close());
  return { ...s, call, door };
}

function get(port: number, p: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: p, method, headers: { host: `127.0.0.1:${port}`, ...COOKIE, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A recording of 10,000 bytes whose every byte says where it is. */
function recording(): { file: string; bytes: Buffer } {
  const bytes = Buffer.alloc(10_000);
  bytes.write('ID3', 0, 'latin1');
  for (let i = 3; i < bytes.length; i++) bytes[i] = i % 251;
  const file = path.join(tempDir(), 'hearing.mp3');
  writeFileSync(file, bytes);
  return { file, bytes: readFileSync(file) };
}

describe('browser mode: a recording in parts', () => {
  it('answers 206 with the bytes asked for, 200 with the whole, 416 past the end', async () => {
    const { port, call } = await serve();
    const t = call('testimonies.create', { data: { title: 'Heard', type: 'audio' } });
    const { file, bytes } = recording();
    const { sha256 } = call('attachments.add', { testimonyId: t.id, path: file, name: '', kind: 'recording' });
    const url = `/files/${sha256}`;

    const whole = await get(port, url);
    expect(whole.status).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-type']).toBe('audio/mpeg');
    expect(whole.headers['content-length']).toBe('10000');
    expect(whole.body.equals(bytes)).toBe(true);

    const first = await get(port, url, { range: 'bytes=0-99' });
    expect(first.status).toBe(206);
    expect(first.headers['content-range']).toBe('bytes 0-99/10000');
    expect(first.headers['content-length']).toBe('100');
    expect(first.body.equals(bytes.subarray(0, 100))).toBe(true);

    const rest = await get(port, url, { range: 'bytes=9000-' });
    expect(rest.status).toBe(206);
    expect(rest.headers['content-range']).toBe('bytes 9000-9999/10000');
    expect(rest.body.equals(bytes.subarray(9000))).toBe(true);

    const tail = await get(port, url, { range: 'bytes=-50' });
    expect(tail.status).toBe(206);
    expect(tail.body.equals(bytes.subarray(9950))).toBe(true);

    const past = await get(port, url, { range: 'bytes=10000-' });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe('bytes */10000');

    const junk = await get(port, url, { range: 'bytes=banana' });
    expect(junk.status).toBe(200);
    expect(junk.body.equals(bytes)).toBe(true);

    const head = await get(port, url, { range: 'bytes=10-19' }, 'HEAD');
    expect(head.status).toBe(206);
    expect(head.headers['content-length']).toBe('10');
    expect(head.body.length).toBe(0);
  });

  it('answers 404 for a sealed testimony’s recording to a researcher, as for a file that is not there', async () => {
    const { port, call, door } = await serve();
    const sealed = call('testimonies.create', { data: { title: 'Sealed', type: 'audio', accessLevel: 'sealed' } });
    const { file } = recording();
    const { sha256 } = call('attachments.add', { testimonyId: sealed.id, path: file, name: '', kind: 'recording' });
    expect((await get(port, `/files/${sha256}`)).status).toBe(200);
    const password = 'another long passphrase';
    call('users.create', { name: 'Rhea Researcher', role: 'researcher', password });
    door.signOut();
    const signedIn = door.call('auth.signIn', { name: 'Rhea Researcher', password });
    expect(signedIn.ok).toBe(true);
    const refused = await get(port, `/files/${sha256}`, { range: 'bytes=0-99' });
    expect(refused.status).toBe(404);
    expect((await get(port, `/files/${'0'.repeat(64)}`)).body.toString()).toBe(refused.body.toString());
  });
});
