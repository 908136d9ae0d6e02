import type { Database } from 'better-sqlite3';
import type { Input } from '../../../../../shared/api';
import { testArchive } from '../../../helpers';

type ThemeData = Input<'themes.create'>['data'];

/** A new archive whose thesaurus is emptied of the starter themes, so each test sees only its own. */
export function emptyThesaurus() {
  const a = testArchive();
  const db = (): Database => {
    const open = a.workspace.current();
    if (!open) throw new Error('no archive open');
    return open.db;
  };
  db().prepare('DELETE FROM themes').run();
  const create = (label: string, more: Partial<ThemeData> = {}) => a.call('themes.create', { data: { label, ...more } });
  const tree = (includeRetired = false) => a.call('themes.tree', { includeRetired }).items;
  const labels = (includeRetired = false) => tree(includeRetired).map((n) => `${'  '.repeat(n.depth)}${n.label}`);
  /** Every row of the tables a thesaurus write may touch, to show that a refused one changed nothing. */
  const snapshot = () => ({
    themes: db().prepare('SELECT * FROM themes ORDER BY id').all(),
    tags: db().prepare('SELECT * FROM testimony_themes ORDER BY testimony_id, theme_id').all(),
    codes: db().prepare('SELECT * FROM passage_themes ORDER BY passage_id, theme_id').all(),
    audit: db().prepare('SELECT count(*) AS n FROM audit_log').get(),
  });
  const error = (method: Parameters<typeof a.router.call>[1], input: unknown) => {
    const r = a.router.call({ user: { name: 'Test Owner', role: 'administrator' } }, method, input);
    if (r.ok) throw new Error(`${String(method)} was expected to fail`);
    return r.error;
  };
  return { ...a, db, create, tree, labels, snapshot, error };
}
