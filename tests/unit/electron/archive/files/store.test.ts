import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/archive/db/migrate';
import { openArchive } from '../../../../../electron/archive/db/open';
import { addFileFromPath, storedFilePath } from '../../../../../electron/archive/files/store';
import { tempDir } from '../../../helpers';
import { gif, jpeg, png } from './pictures';

const LIMIT = 2 * 1024 * 1024;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Every file under a folder, relative, hidden ones included. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile()).sort();
}

function setup() {
  const archive = tempDir();
  const outside = tempDir();
  const db = new Database(':memory:');
  migrate(db);
  const put = (name: string, bytes: Buffer) => {
    const p = path.join(outside, name);
    writeFileSync(p, bytes);
    return p;
  };
  return { archive, outside, db, put, rows: () => db.prepare('SELECT sha256, bytes, media_type FROM files ORDER BY sha256').all() };
}

describe('the file store', () => {
  it('stores a file at files/ab/cd/<sha256>, read-only, with a row, and says what picture it is', () => {
    const s = setup();
    const bytes = png(30, 20);
    const r = addFileFromPath(s.archive, s.db, s.put('front.png', bytes), { maxBytes: LIMIT, image: true, what: 'photo' });
    const hash = sha(bytes);
    expect(r).toEqual({ sha256: hash, bytes: bytes.length, mediaType: 'image/png', image: { mediaType: 'image/png', width: 30, height: 20 } });
    const stored = path.join(s.archive, 'files', hash.slice(0, 2), hash.slice(2, 4), hash);
    expect(storedFilePath(s.archive, hash)).toBe(stored);
    expect(readFileSync(stored).equals(bytes)).toBe(true);
    expect(statSync(stored).mode & 0o222).toBe(0);
    expect(s.rows()).toEqual([{ sha256: hash, bytes: bytes.length, media_type: 'image/png' }]);
    expect(filesUnder(path.join(s.archive, 'files'))).toEqual([path.join(hash.slice(0, 2), hash.slice(2, 4), hash)]);
  });

  it('stores the same content once, whatever it is called, and copies large files in chunks', () => {
    const s = setup();
    const big = Buffer.concat([jpeg(2000, 1500, 100_000), Buffer.alloc(3 * 1024 * 1024 + 17, 7)]);
    const a = addFileFromPath(s.archive, s.db, s.put('a.jpg', big), { maxBytes: 10 * 1024 * 1024, image: true });
    const b = addFileFromPath(s.archive, s.db, s.put('copy of a.jpg', big), { maxBytes: 10 * 1024 * 1024, image: true });
    expect(b).toEqual(a);
    expect(a.bytes).toBe(big.length);
    expect(a.sha256).toBe(sha(big));
    expect(filesUnder(path.join(s.archive, 'files'))).toHaveLength(1);
    expect(s.rows()).toHaveLength(1);
  });

  it('accepts any file when no picture is required', () => {
    const s = setup();
    const r = addFileFromPath(s.archive, s.db, s.put('notes.txt', Buffer.from('hello')), { maxBytes: LIMIT });
    expect(r.mediaType).toBe('application/octet-stream');
    expect(r.image).toBeNull();
  });

  it('replaces a damaged copy at an address with the good one', () => {
    const s = setup();
    const bytes = png(8, 8);
    const target = storedFilePath(s.archive, sha(bytes));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, 'truncated');
    addFileFromPath(s.archive, s.db, s.put('p.png', bytes), { maxBytes: LIMIT, image: true });
    expect(readFileSync(target).equals(bytes)).toBe(true);
  });

  it('replaces a copy damaged without changing its length (bit rot), after checking its hash', () => {
    const s = setup();
    const bytes = png(8, 8);
    const first = addFileFromPath(s.archive, s.db, s.put('p.png', bytes), { maxBytes: LIMIT, image: true });
    const target = storedFilePath(s.archive, first.sha256);
    const rotten = Buffer.from(bytes);
    rotten[rotten.length - 5] = (rotten[rotten.length - 5] ?? 0) ^ 0x01;
    chmodSync(target, 0o600);
    writeFileSync(target, rotten);
    expect(statSync(target).size).toBe(bytes.length);

    const again = addFileFromPath(s.archive, s.db, s.put('again.png', bytes), { maxBytes: LIMIT, image: true });
    expect(again.sha256).toBe(first.sha256);
    expect(readFileSync(target).equals(bytes)).toBe(true);
    expect(statSync(target).mode & 0o777).toBe(0o444);
    expect(filesUnder(path.join(s.archive, 'files'))).toEqual([path.relative(path.join(s.archive, 'files'), target)]);
  });

  it.each([
    ['a missing file', (o: string) => path.join(o, 'missing.png'), /There is no file at .*missing\.png/],
    ['a folder', (o: string) => o, /is a folder, not a file/],
    ['a relative path', () => '../../etc/passwd', /Give the whole path of the photo/],
    ['a path with a NUL', (o: string) => path.join(o, 'a\u0000b.png'), /character no file system accepts/],
    ['a device', () => '/dev/null', /not an ordinary file/],
    ['a file below a file', (o: string) => path.join(o, 'empty.png', 'x.png'), /There is no file at/],
    ['an empty file', (o: string) => path.join(o, 'empty.png'), /empty\.png is empty \(0 bytes\)/],
    ['a GIF', (o: string) => path.join(o, 'x.gif'), /^x\.gif is not a JPEG or PNG photo/],
    ['text named .png', (o: string) => path.join(o, 'fake.png'), /^fake\.png is not a JPEG or PNG photo/],
    ['a file over the limit', (o: string) => path.join(o, 'huge.png'), /^huge\.png is 3\.5 MB; a photo may be at most 2 MB/],
  ])('refuses %s with a message on the path, and leaves nothing in files/', (_, where, message) => {
    const s = setup();
    s.put('empty.png', Buffer.alloc(0));
    s.put('x.gif', gif());
    s.put('fake.png', Buffer.from('just text'));
    truncateSync(s.put('huge.png', png(10, 10)), 3.5 * 1024 * 1024);
    let error: unknown;
    try {
      addFileFromPath(s.archive, s.db, where(s.outside), { maxBytes: LIMIT, image: true, what: 'photo' });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'ArchiveError', code: 'invalid_input', field: 'path' });
    expect((error as Error).message).toMatch(message);
    expect(filesUnder(path.join(s.archive, 'files'))).toEqual([]);
    expect(s.rows()).toEqual([]);
  });

  it('removes the half-made copies a stopped import left in the store when the archive is next opened', () => {
    const dir = path.join(tempDir(), 'A.tessera');
    openArchive(dir, { create: true }).close();
    const source = path.join(tempDir(), 'kept.bin');
    writeFileSync(source, 'a stored file');
    let a = openArchive(dir);
    const kept = addFileFromPath(dir, a.db, source, { maxBytes: 1024 });
    a.close();
    // A worker stopped mid-copy (a cancelled import) leaves its copy under the store's own prefix.
    writeFileSync(path.join(dir, 'files', '.incoming-0b8f5c1e-2a4d-4e6f-9a1b-3c5d7e9f1a2b'), 'half a recording');
    a = openArchive(dir);
    a.close();
    expect(readdirSync(path.join(dir, 'files')).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(readFileSync(storedFilePath(dir, kept.sha256), 'utf8')).toBe('a stored file');
  });

  it('checks a hash before making a path of it', () => {
    for (const bad of ['', '../../etc/passwd', 'A'.repeat(64), `${'a'.repeat(63)}/`, 'a'.repeat(65), `${'0'.repeat(62)}..`]) {
      expect(() => storedFilePath('/archive', bad), bad).toThrow(/not the SHA-256 of a stored file/);
    }
  });
});
