import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../../electron/archive/audit/checks';
import { storedFilePath } from '../../../../../electron/archive/files/store';
import { markerArchive } from '../markers/setup';
import { png } from './pictures';

describe('fixity of stored files', () => {
  it('re-hashes every stored file and names the marker photo whose file is changed or missing', () => {
    const a = markerArchive();
    const m = a.call('markers.create', { data: { title: 'Sawyer Road oak', ref: 'M-001' } });
    const one = a.call('markers.addPhoto', { id: m.id, path: a.file('front.png', png(20, 10, 1)) }).photos[0];
    const two = a.call('markers.addPhoto', { id: m.id, path: a.file('oak.png', png(20, 10, 2)) }).photos[1];
    if (!one || !two) throw new Error('photos not added');
    const stored = (c: ReturnType<typeof runChecks>) => c.find((x) => x.name === 'stored files');

    expect(stored(runChecks(a.db(), a.dir))).toEqual({ name: 'stored files', ok: true, detail: '2 files match their SHA-256' });

    const changed = storedFilePath(a.dir, two.sha256);
    chmodSync(changed, 0o644);
    writeFileSync(changed, png(20, 10, 3));
    expect(stored(runChecks(a.db(), a.dir))).toEqual({
      name: 'stored files',
      ok: false,
      detail: `the file of M-001 photo oak.png no longer matches its SHA-256 (${two.sha256}); restore it from a backup`,
    });

    rmSync(storedFilePath(a.dir, one.sha256));
    const detail = stored(runChecks(a.db(), a.dir))?.detail;
    expect(detail).toMatch(/photo (front|oak)\.png (is missing|no longer matches)/);
    expect(detail).toMatch(/\(and 1 more file\)$/);
  });
});
