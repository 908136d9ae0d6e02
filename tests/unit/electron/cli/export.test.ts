import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers';

const bin = path.resolve(__dirname, '..', '..', '..', '..', 'bin', 'tessera.mjs');

function tessera(dataDir: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TESSERA_DATA_DIR: dataDir, TESSERA_USER: 'cli-user', TESSERA_PASSWORD: 'cli-user-password' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tessera export --format reading-room', () => {
  it('builds the folder, reports where, and refuses a folder that exists or an unknown format', () => {
    const root = tempDir();
    const data = path.join(root, 'data');
    const archive = path.join(root, 'S.tessera');
    expect(tessera(data, ['sample', archive]).code).toBe(0);
    const out = path.join(root, 'room');

    const built = tessera(data, ['export', archive, '--format', 'reading-room', '--out', out, '--json']);
    expect(built.stderr).toContain('Indexing the testimonies');
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout)).toMatchObject({ state: 'done', result: { path: out } });
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);

    const again = tessera(data, ['export', archive, '--format', 'reading-room', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    const unknown = tessera(data, ['export', archive, '--format', 'pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no export format "pdf"');
    expect(readdirSync(root).sort()).toEqual(['S.tessera', 'data', 'room']);
  });
});

describe('tessera export --format csv', () => {
  it('writes the CSV folder in the public scope by default, with a byte order mark and one row per public testimony', () => {
    const root = tempDir();
    const data = path.join(root, 'data');
    const archive = path.join(root, 'S.tessera');
    expect(tessera(data, ['sample', archive]).code).toBe(0);
    const out = path.join(root, 'csv');

    const made = tessera(data, ['export', archive, '--format', 'csv', '--out', out]);
    expect(made.stderr).toContain('Starting…');
    expect(made.code).toBe(0);
    expect(made.stdout).toBe(`Wrote the CSV export in ${out}\n18 public testimonies, 32 people and 26 themes as CSV (testimonies.csv, people.csv, themes.csv).\n`);
    expect(readdirSync(out).sort()).toEqual(['people.csv', 'testimonies.csv', 'themes.csv']);
    const csv = readFileSync(path.join(out, 'testimonies.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFId,Reference code,Title,Summary,Type,')).toBe(true);
    expect(csv).toMatch(/\r\n[0-9a-f-]{36},MTRC-2026-0001,"Cora Bell Whitfield on the killing of her brother Lucius Bell, Stoneford, 1957",/);
    expect(csv).not.toContain('Provenance');

    const scope = tessera(data, ['export', archive, '--format', 'reading-room', '--scope', 'full']);
    expect(scope.code).toBe(2);
    expect(scope.stderr).toContain('no full scope');
  }, 120_000);
});
