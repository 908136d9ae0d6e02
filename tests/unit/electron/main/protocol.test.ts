import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { serveAppRequest } from '../../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY, contentTypeFor } from '../../../../electron/main/security';

vi.mock('electron', () => ({ protocol: {} }));

const root = mkdtempSync(path.join(tmpdir(), 'tessera-protocol-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Tessera</title>');
writeFileSync(path.join(root, 'assets', 'index-1.js'), 'console.log(1)');
writeFileSync(path.join(root, 'assets', 'index-1.css'), 'body{}');
mkdirSync(path.join(root, 'assets', 'folder.js'));
// A file beside the served folder that no request may reach.
writeFileSync(path.join(root, '..', `${path.basename(root)}-secret.txt`), 'secret');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(path.join(root, '..', `${path.basename(root)}-secret.txt`), { force: true });
});

const get = (url: string, method = 'GET') => serveAppRequest({ url, method }, root);

describe('serveAppRequest', () => {
  it('serves the app with its type, the CSP and nosniff', async () => {
    const r = await get('app://tessera/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await r.text()).toContain('<title>Tessera</title>');
  });

  it.each([
    ['app://tessera/assets/index-1.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://tessera/assets/index-1.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://tessera/testimonies/T-1', 'text/html; charset=utf-8', '<!doctype html>'],
  ])('serves %s as %s', async (url, type, start) => {
    const r = await get(url);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(type);
    expect((await r.text()).startsWith(start)).toBe(true);
  });

  it('answers HEAD without a body', async () => {
    const r = await get('app://tessera/index.html', 'HEAD');
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('');
  });

  it.each([
    ['a missing file', 'app://tessera/assets/missing.js'],
    ['a folder', 'app://tessera/assets/folder.js'],
    ['traversal to a sibling file', `app://tessera/..%2f${path.basename(root)}-secret.txt`],
    ['encoded traversal', `app://tessera/assets/%2e%2e%5c..%5c${path.basename(root)}-secret.txt`],
    ['another origin', 'app://other/index.html'],
    ['a hidden file', 'app://tessera/.env'],
  ])('answers 404 for %s and never leaks the file', async (_, url) => {
    const r = await get(url);
    expect(r.status).toBe(404);
    expect(await r.text()).not.toContain('secret');
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s', async (method) => {
    expect((await get('app://tessera/index.html', method)).status).toBe(405);
  });

  it('answers 500, not a crash, when the disk fails', async () => {
    const failing = () => Promise.reject(Object.assign(new Error('I/O error'), { code: 'EIO' }));
    const r = await serveAppRequest({ url: 'app://tessera/index.html', method: 'GET' }, root, failing);
    expect(r.status).toBe(500);
  });

  it('reads only inside the folder', async () => {
    const read: string[] = [];
    const spy = async (file: string) => {
      read.push(file);
      return readFile(file);
    };
    await serveAppRequest({ url: 'app://tessera/assets/index-1.js', method: 'GET' }, root, spy);
    expect(read).toEqual([path.join(root, 'assets', 'index-1.js')]);
  });
});

describe('serveAppRequest: the archive\'s own files', () => {
  const photo = path.join(root, '..', `${path.basename(root)}-photo.png`);
  writeFileSync(photo, 'png bytes');
  afterAll(() => rmSync(photo, { force: true }));
  const archiveFiles = (pathname: string) =>
    pathname === '/files/abc' ? { file: photo, contentType: 'image/png' } : pathname === '/job-results/j1' ? { file: photo, contentType: 'application/pdf', downloadName: 'Sheet M-001 «Пам’ять».pdf' } : null;
  const fetchApp = (url: string, method = 'GET') => serveAppRequest({ url, method }, root, readFile, archiveFiles);

  it('serves a stored photo inline with its recorded type, the CSP and nosniff', async () => {
    const r = await fetchApp('app://tessera/files/abc');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('image/png');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers.get('content-disposition')).toBeNull();
    expect(await r.text()).toBe('png bytes');
  });

  it('serves a finished job\'s PDF as a download with its name in UTF-8', async () => {
    const r = await fetchApp('app://tessera/job-results/j1');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="Sheet M-001 _________.pdf"; filename*=UTF-8''${encodeURIComponent('Sheet M-001 «Пам’ять».pdf')}`);
  });

  it('answers 404 for anything the archive does not serve, and never falls back to the app folder', async () => {
    expect((await fetchApp('app://tessera/files/other')).status).toBe(404);
    expect((await fetchApp('app://tessera/job-results/../index.html')).status).toBe(200); // normalised to /index.html: the app itself
    expect((await fetchApp('app://tessera/files/')).status).toBe(404);
    expect((await serveAppRequest({ url: 'app://tessera/files/abc', method: 'GET' }, root)).status).toBe(404);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.MJS', 'text/javascript; charset=utf-8'],
    ['a.woff2', 'font/woff2'],
    ['a.svg', 'image/svg+xml'],
    ['a.exe', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
