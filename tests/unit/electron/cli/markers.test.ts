import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const bin = path.join(root, 'bin', 'tessera.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'tessera-cli-markers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dir = path.join(work, 'Sample.tessera');

function tessera(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TESSERA_DATA_DIR: path.join(work, 'data'), TESSERA_USER: 'cli-user', TESSERA_PASSWORD: 'cli-user-password' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  expect(tessera(['sample', dir]).code).toBe(0);
}, 60_000);

describe('tessera markers', () => {
  it('lists the sample markers, as lines and as JSON { ref, title, status, type }', () => {
    const human = tessera(['markers', dir, '--list']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^M-001\s+Dedicated\s+Lucius Bell, 1928–1957$/m);
    const json = tessera(['markers', dir, '--list', '--json']);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as Record<string, string>[];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(rows[0]!).sort()).toEqual(['ref', 'status', 'title', 'type']);
    expect(rows.map((r) => r.ref)).toEqual([...rows.map((r) => r.ref)].sort());
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThanOrEqual(5);
  });

  it('writes one record sheet and the register as PDFs, and never over an existing file', () => {
    const sheet = path.join(work, 'M-003 sheet.pdf');
    const one = tessera(['markers', dir, '--out', sheet, '--marker', 'm-003']);
    expect(one.stderr).not.toContain('Error');
    expect(one.code).toBe(0);
    expect(one.stdout).toContain(`Wrote ${sheet}`);
    expect(readFileSync(sheet).subarray(0, 5).toString()).toBe('%PDF-');

    const register = path.join(work, 'register.pdf');
    const all = tessera(['markers', dir, '--out', register, '--edition', 'confidential', '--json']);
    expect(all.code).toBe(0);
    const job = JSON.parse(all.stdout) as { state: string; result: { path: string } };
    expect(job).toMatchObject({ state: 'done', result: { path: register } });

    writeFileSync(path.join(work, 'taken.pdf'), 'mine');
    const again = tessera(['markers', dir, '--out', path.join(work, 'taken.pdf')]);
    expect(again.code).toBe(2);
    expect(readFileSync(path.join(work, 'taken.pdf'), 'utf8')).toBe('mine');
  }, 60_000);

  it.each([
    [['--list', '--out', 'x.pdf'], /--list or --out, not both/],
    [[], /Say what to do/],
    [['--out', 'x.pdf', '--edition', 'secret'], /no edition "secret"/],
    [['--out', 'x.pdf', '--marker', 'M-999'], /no marker with the reference M-999/],
  ])('refuses %j with exit code 2 and a reason', (args, reason) => {
    const r = tessera(['markers', dir, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(existsSync(path.join(process.cwd(), 'x.pdf'))).toBe(false);
  });
});
