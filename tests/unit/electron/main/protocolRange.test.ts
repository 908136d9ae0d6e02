import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serveAppRequest, streamRange } from '../../../../electron/main/protocol';
import { tempDir } from '../../helpers';

vi.mock('electron', () => ({ protocol: {} }));

/** app:// serves the archive's recordings in parts (HTTP Range), streamed from disk, so the player can seek. */

function setup() {
  const root = tempDir();
  const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
  const file = path.join(root, 'recording.bin');
  writeFileSync(file, bytes);
  const archiveFiles = (pathname: string) => (pathname === '/files/rec' ? { file, contentType: 'audio/mpeg', bytes: 1000 } : null);
  const fetchApp = (range?: string, method = 'GET') =>
    serveAppRequest({ url: 'app://tessera/files/rec', method, headers: new Headers(range ? { range } : {}) }, root, readFile, archiveFiles, streamRange);
  return { bytes, fetchApp };
}

describe('app://: the archive’s files in parts', () => {
  it('answers the whole file with Accept-Ranges, a part with 206, and 416 past the end', async () => {
    const { bytes, fetchApp } = setup();
    const whole = await fetchApp();
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-length')).toBe('1000');
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);

    const part = await fetchApp('bytes=100-199');
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);

    const tail = await fetchApp('bytes=-10');
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(990))).toBe(true);

    const past = await fetchApp('bytes=1000-');
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */1000');
    expect(past.headers.get('content-security-policy')).toBeTruthy();

    const head = await fetchApp('bytes=0-9', 'HEAD');
    expect(head.status).toBe(206);
    expect(head.headers.get('content-length')).toBe('10');
  });

  it('answers 404 when the stored file cannot be opened', async () => {
    const root = tempDir();
    const archiveFiles = () => ({ file: path.join(root, 'gone'), contentType: 'audio/mpeg', bytes: 10 });
    const r = await serveAppRequest({ url: 'app://tessera/files/x', method: 'GET' }, root, readFile, archiveFiles, streamRange);
    expect(r.status).toBe(404);
  });
});
