import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Input, MethodName, Output } from '../../shared/api';
import type { Session } from '../../electron/archive/context';
import { createRouter } from '../../electron/archive/router';
import { createWorkspace } from '../../electron/archive/workspace';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** A fresh folder under the system temp dir, removed after the test. */
export function tempDir(prefix = 'tessera-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const owner: Session = { user: { name: 'Test Owner', role: 'owner' } };

/** A workspace with a new, open archive, and a typed caller that throws on error results. */
export function testArchive() {
  const root = tempDir();
  const workspace = createWorkspace({ dataDir: path.join(root, 'data') });
  const logged: unknown[] = [];
  const router = createRouter(workspace, (m, e) => logged.push([m, e]));
  cleanups.push(() => workspace.close());
  const created = router.call(owner, 'workspace.create', { path: path.join(root, 'Test.tessera'), name: 'Test archive' });
  if (!created.ok) throw new Error(created.error.message);
  const call = <M extends MethodName>(method: M, input: Input<M>): Output<M> => {
    const r = router.call(owner, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  return { root, dir: path.join(root, 'Test.tessera'), workspace, router, call, logged };
}
