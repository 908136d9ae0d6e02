import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Input, MethodName, Output } from '../../../../shared/api';
import { owner, tempDir } from '../../helpers';
import { createRouter } from '../../../../electron/archive/router';
import { createWorkspace } from '../../../../electron/archive/workspace';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const bin = path.join(root, 'bin', 'tessera.mjs');

function tessera(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TESSERA_DATA_DIR: path.join(tempDir(), 'data'), TESSERA_USER: 'cli-user', TESSERA_PASSWORD: 'cli-user-password' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Works on an archive in this process (the CLI has no coding commands), then closes it for the CLI. */
function withRouter(dir: string, fn: (call: <M extends MethodName>(m: M, i: Input<M>) => Output<M>) => void): void {
  const workspace = createWorkspace({ dataDir: path.join(tempDir(), 'data') });
  const router = createRouter(workspace);
  const call = <M extends MethodName>(m: M, i: Input<M>): Output<M> => {
    const r = router.call(owner, m, i);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  try {
    call('workspace.open', { path: dir });
    fn(call);
  } finally {
    workspace.close();
  }
}

type Row = { id: string; label: string; parent: string | null; testimonies: number; passages: number };

describe('tessera themes', () => {
  it('prints the thesaurus as a tree with rolled-up counts, and as JSON in tree order', () => {
    const dir = path.join(tempDir(), 'T.tessera');
    expect(tessera(['init', dir]).code).toBe(0);
    withRouter(dir, (call) => {
      const tree = call('themes.tree', {}).items;
      const id = (label: string) => tree.find((n) => n.label === label)?.id ?? '';
      const text = 'They held me for nine days. The beatings were every night.';
      const one = call('testimonies.create', { data: { title: 'One', type: 'written_statement', transcript: text } });
      const two = call('testimonies.create', { data: { title: 'Two', type: 'written_statement', transcript: text } });
      call('coding.tag', { testimonyId: one.id, themeId: id('Physical torture') });
      call('coding.code', { testimonyId: two.id, range: { start: 0, end: 27, quote: text.slice(0, 27) }, data: { themeIds: [id('Torture')] } });
      call('coding.code', { testimonyId: two.id, range: { start: 28, end: text.length, quote: text.slice(28) }, data: { themeIds: [id('Physical torture')] } });
      call('themes.retire', { id: id('Amnesty'), retired: true });
    });

    const human = tessera(['themes', dir]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Violations {2}\(2 testimonies, 2 passages\)$/m);
    expect(human.stdout).toMatch(/^ {2}Torture {2}\(2 testimonies, 2 passages\)$/m);
    expect(human.stdout).toMatch(/^ {4}Physical torture {2}\(2 testimonies, 1 passage\)$/m);
    expect(human.stdout).toMatch(/^ {2}Killing {2}\(0 testimonies, 0 passages\)$/m);
    expect(human.stdout).not.toContain('Amnesty');

    const json = tessera(['themes', dir, '--json']);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as Row[];
    expect(Object.keys(rows[0] ?? {})).toEqual(['id', 'label', 'parent', 'testimonies', 'passages']);
    expect(rows[0]).toMatchObject({ label: 'Policing and justice', parent: null });
    const seen = new Set<string>();
    for (const r of rows) {
      if (r.parent !== null) expect(seen.has(r.parent), `${r.label} after its parent`).toBe(true);
      seen.add(r.id);
    }
    const torture = rows.find((r) => r.label === 'Torture');
    expect(torture).toMatchObject({ testimonies: 2, passages: 2, parent: rows.find((r) => r.label === 'Violations')?.id });

    const retired = tessera(['themes', dir, '--retired']);
    expect(retired.stdout).toMatch(/^ {4}Amnesty {2}\(0 testimonies, 0 passages\) {2}\[retired\]$/m);
  });

  it.each([
    ['a missing folder argument', ['themes']],
    ['a folder that is not an archive', ['themes', '__EMPTY__']],
    ['an unknown option', ['themes', '__EMPTY__', '--colour']],
  ])('exits 2 with one line on stderr for %s', (_, args) => {
    const r = tessera(args.map((a) => a.replace('__EMPTY__', tempDir())));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().length).toBeGreaterThan(0);
  });
});
