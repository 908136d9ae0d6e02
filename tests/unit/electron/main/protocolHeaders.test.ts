import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serveAppRequest, type ReadFile } from '../../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/security';
import { tempDir } from '../../helpers';

vi.mock('electron', () => ({ protocol: {} }));

/**
 * The CSP reaches the renderer only as a header of app:// responses (there is no <meta> to fall
 * back on), so every answer the protocol can give carries it: pages, assets, the archive's
 * files, and every refusal and failure, whose bodies must not become a page without a policy.
 */

function app() {
  const root = tempDir();
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Tessera</title>');
  writeFileSync(path.join(root, 'assets', 'a.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'photo.bin'), 'png bytes');
  const archiveFiles = (pathname: string) => (pathname === '/files/abc' ? { file: path.join(root, 'photo.bin'), contentType: 'image/png' } : null);
  return { root, archiveFiles };
}

const failing: ReadFile = () => Promise.reject(Object.assign(new Error('I/O error'), { code: 'EIO' }));

describe('every app:// response carries the security headers', () => {
  it.each([
    ['the page', 'app://tessera/', 'GET', 200, undefined],
    ['a client route', 'app://tessera/testimonies/T-1', 'GET', 200, undefined],
    ['a script', 'app://tessera/assets/a.js', 'GET', 200, undefined],
    ['HEAD of the page', 'app://tessera/index.html', 'HEAD', 200, undefined],
    ["an archive's file", 'app://tessera/files/abc', 'GET', 200, undefined],
    ['a missing archive file', 'app://tessera/files/nope', 'GET', 404, undefined],
    ['a missing asset', 'app://tessera/assets/missing.js', 'GET', 404, undefined],
    ['another origin', 'app://evil/index.html', 'GET', 404, undefined],
    ['traversal', 'app://tessera/..%2f..%2fetc%2fpasswd', 'GET', 404, undefined],
    ['a POST', 'app://tessera/index.html', 'POST', 405, undefined],
    ['a failing disk', 'app://tessera/index.html', 'GET', 500, failing],
    ['a failing disk under an archive file', 'app://tessera/files/abc', 'GET', 404, failing],
  ] as const)('%s (%s %s → %i)', async (_, url, method, status, read) => {
    const { root, archiveFiles } = app();
    const r = await serveAppRequest({ url, method }, root, read, archiveFiles);
    expect(r.status).toBe(status);
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.headers.get('content-type')).toBeTruthy();
  });
});
