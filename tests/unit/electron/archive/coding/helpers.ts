import type { Database } from 'better-sqlite3';
import type { Input, MethodName } from '../../../../../shared/api';
import { owner, testArchive } from '../../../helpers';

/** A new archive with a few themes of its own, and helpers for coding tests. */
export function codingArchive() {
  const a = testArchive();
  const theme = (label: string) => a.call('themes.create', { data: { label: `${label} (coding test)` } });
  const [fear, police, healing] = [theme('Fear'), theme('Police'), theme('Healing')];
  const testimony = (transcript: string, title = 'Coding test testimony') => a.call('testimonies.create', { data: { title, type: 'written_statement', transcript } });
  /** The range of the `nth` occurrence (0-based) of `quote` in `text`. */
  const range = (text: string, quote: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`"${quote}" is not in the text`);
    return { start: at, end: at + quote.length, quote };
  };
  /** Calls a method that must fail, and gives its error. */
  const fail = <M extends MethodName>(method: M, input: Input<M>) => {
    const r = a.router.call(owner, method, input);
    if (r.ok) throw new Error(`${method} should have failed`);
    return r.error;
  };
  const db = (): Database => {
    const open = a.workspace.current();
    if (!open) throw new Error('no archive open');
    return open.db;
  };
  const auditCount = () => (db().prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  const indexInStep = () => db().prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)").run();
  return { ...a, themes: { fear, police, healing }, theme, testimony, range, fail, db, auditCount, indexInStep };
}
