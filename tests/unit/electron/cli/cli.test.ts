import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { owner, tempDir } from '../../helpers';
import { createRouter } from '../../../../electron/archive/router';
import { createWorkspace } from '../../../../electron/archive/workspace';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const bin = path.join(root, 'bin', 'tessera.mjs');

function tessera(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, TESSERA_DATA_DIR: path.join(tempDir(), 'data'), TESSERA_USER: 'cli-user', TESSERA_PASSWORD: 'cli-user-password' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the tessera command', () => {
  it('round-trips init → add → list --json → show --json → add into another archive', () => {
    const dir = path.join(tempDir(), 'A.tessera');
    expect(tessera(['init', dir, '--name', 'Commission A']).code).toBe(0);
    const items = [
      { title: 'Statement of Sipho Ngcobo', type: 'written_statement', dateRecorded: 'circa 1963', accessLevel: 'public', transcript: 'Ngcobo spoke of the church fire.' },
      { title: 'Interview — Ñandú family', type: 'audio', dateRecorded: '1971/1973', duration: '0:45:00' },
    ];
    const added = tessera(['add', dir, '--json', '-'], JSON.stringify(items));
    expect(added.code).toBe(0);
    const list = tessera(['list', dir, '--json']);
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.stdout) as { ref: string; title: string; date: string }[];
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['accessLevel', 'date', 'ref', 'status', 'title', 'type']);
    expect(rows.map((r) => r.date).sort()).toEqual(['1971/1973', 'circa 1963']);
    const ref = rows.find((r) => r.title.includes('Ngcobo'))?.ref ?? '';
    const shown = tessera(['show', dir, ref, '--json']);
    expect(shown.code).toBe(0);
    const record = JSON.parse(shown.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({ ref, title: items[0]?.title, dateRecorded: 'circa 1963', accessLevel: 'public', cataloguer: 'cli-user' });

    const other = path.join(tempDir(), 'B.tessera');
    expect(tessera(['init', other]).code).toBe(0);
    const file = path.join(tempDir(), 'one.json');
    writeFileSync(file, JSON.stringify([record]));
    expect(tessera(['add', other, '--json', file]).code).toBe(0);
    const copy = JSON.parse(tessera(['show', other, ref, '--json']).stdout) as Record<string, unknown>;
    for (const key of ['ref', 'title', 'summary', 'type', 'dateRecorded', 'transcript', 'accessLevel', 'consent']) expect(copy[key]).toEqual(record[key]);
  });

  it('hides withdrawn testimonies unless --all', () => {
    const dir = path.join(tempDir(), 'W.tessera');
    tessera(['init', dir]);
    tessera(['add', dir, '--json', '-'], JSON.stringify([{ title: 'Kept', type: 'audio' }, { title: 'Withdrawn one', type: 'audio' }]));
    const workspace = createWorkspace({ dataDir: tempDir() });
    const router = createRouter(workspace);
    router.call(owner, 'workspace.open', { path: dir });
    const rows = router.call(owner, 'testimonies.list', {});
    const target = rows.ok ? rows.value.items.find((r) => r.title === 'Withdrawn one') : undefined;
    expect(router.call(owner, 'testimonies.withdraw', { id: target?.id ?? '', reason: 'Asked by narrator' })).toMatchObject({ ok: true });
    workspace.close();
    expect((JSON.parse(tessera(['list', dir, '--json']).stdout) as { title: string }[]).map((r) => r.title)).toEqual(['Kept']);
    expect(JSON.parse(tessera(['list', dir, '--json', '--all']).stdout)).toHaveLength(2);
  });

  it.each([
    ['no command', [], undefined],
    ['an unknown command', ['frobnicate'], undefined],
    ['a missing argument', ['list'], undefined],
    ['add without --json', ['add', '__DIR__'], undefined],
    ['malformed JSON', ['add', '__DIR__', '--json', '-'], '[{"title":'],
    ['JSON that is not an array', ['add', '__DIR__', '--json', '-'], '{"title":"x"}'],
    ['an invalid testimony', ['add', '__DIR__', '--json', '-'], '[{"title":"ok","type":"audio"},{"type":"audio"}]'],
    ['an unknown reference code', ['show', '__DIR__', 'NOPE-1'], undefined],
    ['a folder that is not an archive', ['list', '__EMPTY__'], undefined],
    ['a missing file', ['add', '__DIR__', '--json', '/no/such/file.json'], undefined],
  ])('exits 2 with one line on stderr for %s, and saves nothing', (_, args, input) => {
    const dir = path.join(tempDir(), 'E.tessera');
    tessera(['init', dir]);
    const r = tessera(args.map((a) => a.replace('__DIR__', dir).replace('__EMPTY__', tempDir())), input);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().length).toBeGreaterThan(0);
    expect(JSON.parse(tessera(['list', dir, '--json']).stdout)).toEqual([]);
  });

  it('exits 1 on a damaged archive, with a reason', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'archive.sqlite'), 'garbage '.repeat(500));
    const r = tessera(['list', dir, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/damaged/);
  });
});
