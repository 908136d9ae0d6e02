import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input, MethodName, Output } from '../../../../shared/api';
import { createRouter } from '../../../../electron/archive/router';
import { createWorkspace } from '../../../../electron/archive/workspace';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const bin = path.join(root, 'bin', 'tessera.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'tessera-cli-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dataDir = path.join(work, 'data');
const one = path.join(work, 'One.tessera');
const two = path.join(work, 'Two.tessera');

function tessera(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TESSERA_DATA_DIR: dataDir, TESSERA_USER: 'cli-user', TESSERA_PASSWORD: 'cli-user-password' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes reports into an archive through the router, then closes it (the CLI takes its own lock). */
function withRouter<T>(dir: string, fn: (call: <M extends MethodName>(m: M, i: Input<M>) => Output<M>) => T): T {
  const workspace = createWorkspace({ dataDir });
  const router = createRouter(workspace, () => undefined);
  const session = { user: { name: 'Test Owner', role: 'administrator' as const } };
  const call = <M extends MethodName>(m: M, i: Input<M>): Output<M> => {
    const r = router.call(session, m, i);
    if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
    return r.value;
  };
  try {
    call('workspace.open', { path: dir });
    return fn(call);
  } finally {
    workspace.close();
  }
}

const ids: string[] = [];

beforeAll(() => {
  expect(tessera(['init', one]).code).toBe(0);
  expect(tessera(['init', two]).code).toBe(0);
  withRouter(one, (call) => {
    const r = call('reports.create', { data: { title: 'The only report', authors: ['Ifeoma Abara'] } });
    const s = r.sections[0];
    if (s) call('reports.saveSection', { id: r.id, sectionId: s.id, expectedVersion: s.version, data: { title: 'Introduction', body: 'We heard *many* people.' } });
  });
  withRouter(two, (call) => {
    for (const title of ['First draft', 'Second draft']) {
      const r = call('reports.create', { data: { title } });
      const s = r.sections[0];
      if (s) call('reports.saveSection', { id: r.id, sectionId: s.id, expectedVersion: s.version, data: { title: 'Summary', body: `The ${title.toLowerCase()}.` } });
      ids.push(r.id);
    }
  });
}, 60_000);

describe('tessera report', () => {
  it('prints the only report without --report, following the job, and never over an existing file', () => {
    const out = path.join(work, 'only.pdf');
    const r = tessera(['report', one, '--out', out]);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Wrote ${out}`);
    expect(r.stdout).toMatch(/Report “The only report” \(public edition\), \d+ pages?/);
    expect(r.stderr).toContain('Setting the pages');
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const again = tessera(['report', one, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  }, 60_000);

  it('prints the confidential edition of the report named, as JSON', () => {
    const out = path.join(work, 'second.pdf');
    const r = tessera(['report', two, '--out', out, '--report', ids[1] ?? '', '--edition', 'confidential', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ state: 'done', result: { path: out } });
  }, 60_000);

  it('with several reports and no --report, lists their ids and titles', () => {
    const r = tessera(['report', two, '--out', path.join(work, 'x.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2 reports; say which with --report <id>/);
    for (const [i, title] of ['First draft', 'Second draft'].entries()) expect(r.stderr).toContain(`${ids[i]} “${title}”`);
    expect(existsSync(path.join(work, 'x.pdf'))).toBe(false);
  });

  it.each([
    [['--out', 'y.pdf', '--edition', 'secret'], /no edition "secret"/],
    [['--out', 'y.pdf', '--report', 'nope'], /no report with the id nope/],
    [[], /required option '--out/],
  ])('refuses %j with exit code 2 and a reason', (args, reason) => {
    const r = tessera(['report', one, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(existsSync(path.join(process.cwd(), 'y.pdf'))).toBe(false);
  });
});
