import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers';
import { sampleArchive, settled } from '../archive/jobs/helpers';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const bin = path.join(root, 'bin', 'tessera.mjs');

/** No TESSERA_PASSWORD: verify-bag opens no archive and must not ask anyone to sign in. */
function tessera(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TESSERA_DATA_DIR: path.join(tempDir(), 'data'), TESSERA_PASSWORD: '' }, input: '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tessera verify-bag', () => {
  it('says a bag as written is valid (exit 0), and lists the problems of a changed one (exit 1), as text and as JSON', async () => {
    const t = sampleArchive();
    const out = path.join(tempDir(), 'Transfer bag');
    const job = await settled(t, t.call('exports.start', { format: 'bagit', scope: 'public', out }));
    expect(job.state).toBe('done');

    const ok = tessera(['verify-bag', out]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Valid bag: 4 files, \d+\.\d\d MB\n$/);
    const json = tessera(['verify-bag', out, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: true, complete: true, problems: [] });

    const csv = path.join(out, 'data', 'metadata', 'csv', 'people.csv');
    writeFileSync(csv, `${readFileSync(csv, 'utf8')}\r\n`);
    const bad = tessera(['verify-bag', out]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Not a valid bag (incomplete):\n');
    expect(bad.stdout).toContain('  data/metadata/csv/people.csv does not match its SHA256 digest in manifest-sha256.txt (it was changed after the bag was made).\n');
    expect(bad.stderr).toMatch(/^tessera: /);
    const badJson = tessera(['verify-bag', out, '--json']);
    expect(badJson.code).toBe(1);
    expect(JSON.parse(badJson.stdout)).toMatchObject({ valid: false, complete: false });

    const none = tessera(['verify-bag', path.join(tempDir(), 'nothing here')]);
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/There is no bag folder at /);
  }, 120_000);
});
