import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeManifestPath, encodeManifestPath } from '../../../../../../electron/archive/exports/bagit/layout';
import { verifyBag } from '../../../../../../electron/archive/exports/bagit/verify';
import { archiveTools, tempDir } from '../../../../helpers';
import { filesUnder, sampleArchive, settled, type TestArchive } from '../../jobs/helpers';

/**
 * The BagIt package (RFC 8493): what a full and a public bag hold, manifests checked by hand
 * against node's crypto, and the validator's answers the way the RFC defines complete and valid —
 * a bag as written, then one change at a time that must make it invalid with a precise problem.
 */

const RECORDING = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(50_000, 3)]);

function withAttachments(): { t: TestArchive; ref: string } {
  const t = sampleArchive();
  const db = archiveTools(t).db();
  const { id, ref } = db.prepare('SELECT id, ref FROM testimonies ORDER BY ref_sort LIMIT 1').get() as { id: string; ref: string };
  const dir = tempDir('tessera-attach-');
  writeFileSync(path.join(dir, 'a.wav'), RECORDING);
  writeFileSync(path.join(dir, 'b.wav'), Buffer.concat([RECORDING, Buffer.from('second')]));
  t.call('attachments.add', { testimonyId: id, path: path.join(dir, 'a.wav'), name: 'Hearing: day 1.wav', kind: 'recording' });
  // A name that needs sanitising, and a second file whose safe name is the same.
  t.call('attachments.add', { testimonyId: id, path: path.join(dir, 'b.wav'), name: 'Hearing? day 1.wav', kind: 'recording' });
  return { t, ref };
}

async function bag(t: TestArchive, scope: 'full' | 'public'): Promise<string> {
  const out = path.join(tempDir(), `Bag ${scope}`);
  const job = await settled(t, t.call('exports.start', { format: 'bagit', scope, out }));
  expect(job.error).toBeNull();
  expect(job.state).toBe('done');
  return out;
}

const sha = (alg: string, data: Buffer | string) => createHash(alg).update(data).digest('hex');
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

describe('the BagIt package', () => {
  it('writes a full bag that verifies: declaration, bag-info, the metadata, the attachments, manifests and tag manifests', async () => {
    const { t, ref } = withAttachments();
    const out = await bag(t, 'full');
    expect(readFileSync(path.join(out, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const files = filesUnder(out);
    expect(files).toEqual(expect.arrayContaining(['bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'tagmanifest-sha256.txt', 'tagmanifest-sha512.txt', 'data/metadata/csv/testimonies.csv', 'data/metadata/dublin-core.xml', 'data/metadata/archive-json/archive.json']));
    expect(files).toContain(`data/files/${ref}/Hearing_ day 1.wav`);
    expect(files).toContain(`data/files/${ref}/Hearing_ day 1 (2).wav`);

    // One manifest line checked by hand against node's crypto.
    const recording = `data/files/${ref}/Hearing_ day 1.wav`;
    expect(lines(path.join(out, 'manifest-sha256.txt'))).toContain(`${sha('sha256', RECORDING)} ${recording}`);
    expect(lines(path.join(out, 'manifest-sha512.txt'))).toContain(`${sha('sha512', RECORDING)} ${recording}`);
    // Every payload file is in both manifests; the tag manifests cover the tag files.
    const payload = files.filter((f) => f.startsWith('data/'));
    for (const m of ['manifest-sha256.txt', 'manifest-sha512.txt']) expect(lines(path.join(out, m)).map((l) => l.split(' ').slice(1).join(' ')).sort()).toEqual(payload);
    expect(lines(path.join(out, 'tagmanifest-sha256.txt')).map((l) => l.split(' ')[1])).toEqual(['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt']);
    expect(lines(path.join(out, 'tagmanifest-sha256.txt'))[0]).toBe(`${sha('sha256', readFileSync(path.join(out, 'bagit.txt')))} bagit.txt`);

    const info = readFileSync(path.join(out, 'bag-info.txt'), 'utf8');
    const octets = payload.reduce((n, f) => n + readFileSync(path.join(out, f)).length, 0);
    expect(info).toContain(`Source-Organization: ${t.call('settings.get', {}).archiveName}\n`);
    expect(info).toMatch(/^Bagging-Date: \d{4}-\d\d-\d\d$/m);
    expect(info).toContain(`Payload-Oxum: ${octets}.${payload.length}\n`);
    expect(info).toMatch(/^Bag-Software-Agent: Tessera \d+\.\d+\.\d+$/m);
    expect(info).toMatch(/^Bag-Size: [\d.]+ (KB|MB)$/m);
    expect(info).toMatch(/^External-Description: Full export of .*, confidential: 40 testimonies .* and 2 attached files in data\/files\/<reference code>\/\.$/m);

    expect(verifyBag(out)).toEqual({ valid: true, complete: true, problems: [], files: payload.length, bytes: octets });
  }, 120_000);

  it('writes a public bag without attachment files, and says why', async () => {
    const { t } = withAttachments();
    const out = await bag(t, 'public');
    const files = filesUnder(out);
    expect(files.filter((f) => f.startsWith('data/files/') || f.includes('archive-json'))).toEqual([]);
    expect(readFileSync(path.join(out, 'bag-info.txt'), 'utf8')).toMatch(/^External-Description: Public export of .*: only what the publish policy lets out \(\d+ testimonies\), redacted and pseudonymised, .* It holds no attachment files: recordings and scans cannot be redacted\.$/m);
    expect(verifyBag(out)).toMatchObject({ valid: true, complete: true, problems: [] });
  }, 120_000);

  it('finds each change RFC 8493 says makes a bag incomplete or invalid, with a precise problem', async () => {
    const { t, ref } = withAttachments();
    const made = await bag(t, 'full');
    const copy = () => {
      const dir = path.join(tempDir(), 'bag');
      cpSync(made, dir, { recursive: true });
      return dir;
    };
    const recording = `data/files/${ref}/Hearing_ day 1.wav`;

    // A flipped byte in a payload file: complete, but invalid in both algorithms.
    let b = copy();
    const bytes = readFileSync(path.join(b, recording));
    bytes.writeUInt8(bytes.readUInt8(100) ^ 1, 100);
    writeFileSync(path.join(b, recording), bytes);
    let r = verifyBag(b);
    expect(r).toMatchObject({ valid: false, complete: true });
    expect(r.problems).toEqual([
      `${recording} does not match its SHA256 digest in manifest-sha256.txt (it was changed after the bag was made).`,
      `${recording} does not match its SHA512 digest in manifest-sha512.txt (it was changed after the bag was made).`,
    ]);

    // A missing payload file: incomplete (and the Oxum no longer holds).
    b = copy();
    rmSync(path.join(b, recording));
    r = verifyBag(b);
    expect(r).toMatchObject({ valid: false, complete: false });
    expect(r.problems).toContain(`${recording} is named in manifest-sha256.txt and manifest-sha512.txt but is not in the bag.`);
    expect(r.problems.some((p) => p.startsWith('bag-info.txt: Payload-Oxum says'))).toBe(true);

    // An extra payload file no manifest lists: incomplete.
    b = copy();
    writeFileSync(path.join(b, 'data', 'smuggled.txt'), 'not in any manifest');
    r = verifyBag(b);
    expect(r).toMatchObject({ valid: false, complete: false });
    expect(r.problems).toContain('data/smuggled.txt is in the payload but not listed in manifest-sha256.txt and manifest-sha512.txt.');

    // A wrong Payload-Oxum: incomplete, and bag-info.txt no longer matches its tag manifests.
    b = copy();
    const info = readFileSync(path.join(b, 'bag-info.txt'), 'utf8');
    writeFileSync(path.join(b, 'bag-info.txt'), info.replace(/Payload-Oxum: (\d+)\.(\d+)/, (_, o: string, n: string) => `Payload-Oxum: ${Number(o) + 1}.${n}`));
    r = verifyBag(b);
    expect(r).toMatchObject({ valid: false, complete: false });
    expect(r.problems[0]).toMatch(/^bag-info\.txt: Payload-Oxum says \d+ octets in \d+ files; the payload holds \d+ octets in \d+ files\.$/);
    expect(r.problems).toContain('bag-info.txt does not match its SHA256 digest in tagmanifest-sha256.txt (it was changed after the bag was made).');

    // A payload file changed and its manifests rewritten to match: only the tag manifests catch it.
    b = copy();
    const changed = Buffer.concat([readFileSync(path.join(b, recording)), Buffer.from('x')]);
    writeFileSync(path.join(b, recording), changed);
    for (const alg of ['sha256', 'sha512']) {
      const m = path.join(b, `manifest-${alg}.txt`);
      writeFileSync(m, readFileSync(m, 'utf8').replace(new RegExp(`^[0-9a-f]+ ${recording.replace(/[.()]/g, '\\$&')}$`, 'm'), `${sha(alg, changed)} ${recording}`));
      const oxum = readFileSync(path.join(b, 'bag-info.txt'), 'utf8').replace(/Payload-Oxum: (\d+)\./, (_, o: string) => `Payload-Oxum: ${Number(o) + 1}.`);
      if (alg === 'sha256') writeFileSync(path.join(b, 'bag-info.txt'), oxum);
    }
    r = verifyBag(b);
    expect(r).toMatchObject({ valid: false, complete: true });
    expect(r.problems).toContain('manifest-sha256.txt does not match its SHA256 digest in tagmanifest-sha256.txt (it was changed after the bag was made).');
    expect(r.problems).toContain('manifest-sha512.txt does not match its SHA512 digest in tagmanifest-sha512.txt (it was changed after the bag was made).');
    expect(r.problems.filter((p) => p.startsWith(recording))).toEqual([]);

    // A manifest path that climbs out of the bag: refused and never opened.
    b = copy();
    writeFileSync(path.join(path.dirname(b), 'outside.txt'), 'outside');
    appendFileSync(path.join(b, 'manifest-sha256.txt'), `${sha('sha256', 'outside')} data/../../outside.txt\n`);
    r = verifyBag(b);
    expect(r.valid).toBe(false);
    const n = lines(path.join(b, 'manifest-sha256.txt')).length;
    expect(r.problems).toContain(`manifest-sha256.txt line ${n} names a path outside the bag (data/../../outside.txt); it was not opened.`);
    expect(existsSync(path.join(path.dirname(b), 'outside.txt'))).toBe(true);
  }, 180_000);

  it('writes and reads manifest paths as RFC 8493 §2.1.3 says: CR, LF and % percent-encoded, forward slashes', () => {
    expect(encodeManifestPath(path.join('data', 'a%b\nc\rd.txt'))).toBe('data/a%25b%0Ac%0Dd.txt');
    expect(decodeManifestPath('data/a%25b%0Ac%0Dd.txt')).toBe('data/a%b\nc\rd.txt');
    expect(decodeManifestPath('data/100%250A.txt')).toBe('data/100%0A.txt');

    // A bag made by hand with such a name (this file system allows it) verifies.
    const b = tempDir();
    mkdirSync(path.join(b, 'data'));
    const name = 'odd%\nname.txt';
    writeFileSync(path.join(b, 'data', name), 'content');
    writeFileSync(path.join(b, 'bagit.txt'), 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    writeFileSync(path.join(b, 'manifest-sha256.txt'), `${sha('sha256', 'content')}  data/odd%25%0Aname.txt\n`);
    writeFileSync(path.join(b, 'bag-info.txt'), 'Payload-Oxum: 7.1\n');
    expect(verifyBag(b)).toEqual({ valid: true, complete: true, problems: [], files: 1, bytes: 7 });
    writeFileSync(path.join(b, 'bagit.txt'), 'BagIt-Version: 1.0\n');
    expect(verifyBag(b).problems).toEqual(['bagit.txt is not well-formed: it must hold exactly "BagIt-Version: M.N" and "Tag-File-Character-Encoding: UTF-8".']);
  });

  it('finds a bag without its payload folder incomplete (RFC 8493 §2.1.2: data/ must exist), and one with an empty data/ complete', () => {
    const b = tempDir();
    writeFileSync(path.join(b, 'bagit.txt'), 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    writeFileSync(path.join(b, 'manifest-sha256.txt'), '');
    expect(verifyBag(b)).toEqual({ valid: false, complete: false, problems: ['data/ is missing: a bag keeps its payload in a folder named data, even an empty one.'], files: 0, bytes: 0 });
    mkdirSync(path.join(b, 'data'));
    expect(verifyBag(b)).toEqual({ valid: true, complete: true, problems: [], files: 0, bytes: 0 });
  });
});
