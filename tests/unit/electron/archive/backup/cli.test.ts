import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers';

const root = path.resolve(__dirname, '..', '..', '..', '..', '..');
const bin = path.join(root, 'bin', 'tessera.mjs');

function cli(dataDir: string) {
  return (args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      env: { ...process.env, TESSERA_DATA_DIR: dataDir, TESSERA_USER: 'cli-admin', TESSERA_PASSWORD: 'a long enough password' },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
}

/** A new archive folder made by `tessera init`, and the CLI bound to its data folder. */
function initArchive() {
  const base = tempDir();
  const tessera = cli(path.join(base, 'data'));
  const dir = path.join(base, 'C.tessera');
  expect(tessera(['init', dir]).code).toBe(0);
  return { base, dir, tessera };
}

// Each test spawns the CLI several times (through tsx): they are given more time than the default.
describe('tessera backup and tessera restore', { timeout: 120_000 }, () => {
  it('backs up into the backups folder or to --out, never over something that exists', () => {
    const { base, dir, tessera } = initArchive();
    const made = tessera(['backup', dir, '--json']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const backup = JSON.parse(made.stdout) as { name: string; kind: string };
    expect(backup.kind).toBe('manual');
    expect(readdirSync(path.join(dir, 'backups'))).toEqual([backup.name]);
    const out = path.join(base, 'elsewhere.backup');
    const human = tessera(['backup', dir, '--out', out]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(`Backed up ${dir} to ${out}: the database and 0 stored files`);
    const again = tessera(['backup', dir, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('restores a backup, keeping the database it replaced', () => {
    const { base, dir, tessera } = initArchive();
    const backup = JSON.parse(tessera(['backup', dir, '--json']).stdout) as { name: string };
    const json = path.join(base, 'one.json');
    writeFileSync(json, JSON.stringify([{ title: 'Made after the backup', type: 'audio' }]));
    expect(tessera(['add', dir, '--json', json]).code).toBe(0);
    const restored = tessera(['restore', dir, backup.name]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/The database that was there is kept as .*archive\.sqlite\.before-restore-/);
    expect(tessera(['list', dir, '--json']).stdout.trim()).toBe('[]');
  });

  it('refuses a damaged backup, and brings back a damaged archive keeping the damaged file', () => {
    const { base, dir, tessera } = initArchive();
    const backup = JSON.parse(tessera(['backup', dir, '--json']).stdout) as { name: string };
    const out = path.join(base, 'broken.backup');
    expect(tessera(['backup', dir, '--out', out]).code).toBe(0);
    const kept = () => readdirSync(dir).filter((n) => n.startsWith('archive.sqlite.')).sort();
    const dbBefore = readFileSync(path.join(dir, 'archive.sqlite'));
    writeFileSync(path.join(out, 'archive.sqlite'), 'junk'.repeat(1000));
    const refused = tessera(['restore', dir, out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/cannot be used: its database is damaged or is not a database/);
    expect(kept()).toEqual([]);
    expect(readFileSync(path.join(dir, 'archive.sqlite')).equals(dbBefore)).toBe(true);

    writeFileSync(path.join(dir, 'archive.sqlite'), 'junk'.repeat(1000));
    const listed = tessera(['list', dir]);
    expect(listed.code).toBe(1);
    expect(listed.stderr).toContain(`tessera restore "${dir}" ${backup.name}`);
    const back = tessera(['restore', dir, backup.name]);
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/kept as .*archive\.sqlite\.damaged-/);
    expect(tessera(['verify', dir]).code).toBe(0);
  });
});
