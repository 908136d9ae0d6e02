import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../electron/archive/router';
import { createWorkspace } from '../../../../electron/archive/workspace';
import { owner, tempDir } from '../../helpers';

function setup() {
  const root = tempDir();
  const workspace = createWorkspace({ dataDir: path.join(root, 'data') });
  return { root, workspace, router: createRouter(workspace) };
}

describe('the workspace', () => {
  it('creates the default archive on first start and reopens it after', () => {
    const { root, workspace, router } = setup();
    const first = router.call(owner, 'workspace.openDefault', {});
    expect(first).toMatchObject({ ok: true, value: { isDefault: true, path: path.join(root, 'data', 'Default.tessera') } });
    router.call(owner, 'testimonies.create', { data: { title: 'Saved before closing', type: 'audio' } });
    workspace.close();
    const again = createWorkspace({ dataDir: path.join(root, 'data') });
    const r2 = createRouter(again);
    expect(r2.call(owner, 'workspace.openDefault', {})).toMatchObject({ ok: true, value: { counts: { testimonies: 1 } } });
    const list = r2.call(owner, 'testimonies.list', {});
    expect(list.ok && list.value.items[0]?.title).toBe('Saved before closing');
    again.close();
  });

  it('remembers recent archives, newest first, without duplicates', () => {
    const { root, workspace, router } = setup();
    const a = path.join(root, 'A.tessera');
    const b = path.join(root, 'B.tessera');
    router.call(owner, 'workspace.create', { path: a, name: 'Archive A' });
    router.call(owner, 'workspace.create', { path: b, name: 'Archive Б' });
    router.call(owner, 'workspace.open', { path: a });
    const recent = router.call(owner, 'workspace.recent', {});
    expect(recent.ok && recent.value.map((r) => r.name)).toEqual(['Archive A', 'Archive Б']);
    workspace.close();
  });

  it('keeps the current archive open when opening another fails', () => {
    const { root, workspace, router } = setup();
    router.call(owner, 'workspace.create', { path: path.join(root, 'A.tessera'), name: 'Archive A' });
    const notArchive = tempDir();
    writeFileSync(path.join(notArchive, 'readme.txt'), 'x');
    const r = router.call(owner, 'workspace.open', { path: notArchive });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'path' } });
    expect(router.call(owner, 'archive.info', {})).toMatchObject({ ok: true, value: { name: 'Archive A' } });
    expect(router.call(owner, 'workspace.open', { path: '' })).toMatchObject({ ok: false, error: { field: 'path' } });
    workspace.close();
  });

  it('tolerates a damaged recent list', () => {
    const { root, workspace, router } = setup();
    router.call(owner, 'workspace.create', { path: path.join(root, 'A.tessera'), name: 'A' });
    writeFileSync(path.join(root, 'data', 'recent-archives.json'), '{broken');
    const recent = router.call(owner, 'workspace.recent', {});
    expect(recent.ok && recent.value.map((r) => r.name)).toEqual(['A']);
    workspace.close();
  });
});
