import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const bin = path.join(root, 'bin', 'tessera.mjs');

function tessera(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TESSERA_DATA_DIR: path.join(tempDir(), 'data'), TESSERA_USER: 'cli-user', TESSERA_PASSWORD: 'cli-user-password' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tessera search', () => {
  // One sample archive for the three tests (they only read it).
  const shared = mkdtempSync(path.join(tmpdir(), 'tessera-cli-search-'));
  const dir = path.join(shared, 'S.tessera');
  beforeAll(() => {
    expect(tessera(['sample', dir]).code).toBe(0);
  });
  afterAll(() => rmSync(shared, { recursive: true, force: true }));

  it('prints ranked results as JSON { ref, title, snippet, score } and as text', () => {
    const r = tessera(['search', dir, '"fire department"', '--json', '--limit', '2']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { ref: string; title: string; snippet: string; score: number }[];
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['ref', 'score', 'snippet', 'title']);
    expect(rows[0]?.snippet.toLowerCase()).toContain('fire department');
    expect(rows[0]?.score).toBeGreaterThanOrEqual(rows[1]?.score ?? 0);
    const text = tessera(['search', dir, 'nandu']);
    expect(text.stdout).toMatch(/MTRC-2026-\d{4} {2}.*Ñandú/);
    expect(text.stdout).toMatch(/\[Ñandú\]/);
    expect(text.stdout).toMatch(/of \d+ results/);
  });

  it('keeps to what may be published with --scope public', () => {
    const sealed = tessera(['search', dir, '"Plymouth Valiant"', '--json', '--scope', 'public']);
    expect(sealed.code).toBe(0);
    expect(JSON.parse(sealed.stdout)).toEqual([]);
    expect(JSON.parse(tessera(['search', dir, '"Plymouth Valiant"', '--json']).stdout)).toHaveLength(1);
  });

  it('explains bad input on stderr and bad options with exit code 2', () => {
    const hint = tessera(['search', dir, 'title:']);
    expect(hint.code).toBe(0);
    expect(hint.stderr).toMatch(/needs a word after it/);
    expect(tessera(['search', dir, 'fire', '--limit', 'lots']).code).toBe(2);
    expect(tessera(['search', dir, 'fire', '--scope', 'secret']).code).toBe(2);
  });
});
