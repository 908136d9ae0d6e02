import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
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

export const owner: Session = { user: { name: 'Test Owner', role: 'administrator' } };

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

/** Sessions of the other roles, for tests of who may do what. */
export const researcher: Session = { user: { name: 'Rhea Researcher', role: 'researcher' } };
export const cataloguer: Session = { user: { name: 'Cas Cataloguer', role: 'cataloguer' } };
export const commissioner: Session = { user: { name: 'Cato Commissioner', role: 'commissioner' } };

/**
 * Helpers over a test archive: its database, a theme's id by label, the error a call is refused
 * with (it must be refused), a call as another role (it must be accepted), and the offsets of
 * words in a text.
 */
export function archiveTools(a: ReturnType<typeof testArchive>) {
  const db = (): Database => {
    const open = a.workspace.current();
    if (!open) throw new Error('no archive open');
    return open.db;
  };
  const theme = (label: string): string => {
    const id = db().prepare('SELECT id FROM themes WHERE label = ? AND merged_into IS NULL').pluck().get(label) as string | undefined;
    if (!id) throw new Error(`no theme ${label}`);
    return id;
  };
  const refused = <M extends MethodName>(method: M, input: Input<M>, session: Session = owner) => {
    const r = a.router.call(session, method, input);
    if (r.ok) throw new Error(`${method} was accepted`);
    return r.error;
  };
  const as = <M extends MethodName>(session: Session, method: M, input: Input<M>) => {
    const r = a.router.call(session, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const spanIn = (text: string, words: string) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`not in the transcript: ${words}`);
    return { start, end: start + words.length };
  };
  return { db, theme, refused, as, spanIn };
}
