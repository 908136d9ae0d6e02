import { expect } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { Input, MethodName } from '../../../../../shared/api';
import type { Session } from '../../../../../electron/archive/context';
import { owner, testArchive } from '../../../helpers';

export const researcher: Session = { user: { name: 'Rhea Researcher', role: 'researcher' } };
export const cataloguer: Session = { user: { name: 'Cas Cataloguer', role: 'cataloguer' } };
export const commissioner: Session = { user: { name: 'Cato Commissioner', role: 'commissioner' } };

export const TRANSCRIPT = 'The trucks came forty-one minutes later. My mother timed it on the kitchen clock. Forty-one minutes.';

/**
 * An archive (with the starter thesaurus) holding a public testimony with a transcript, a sealed
 * one, and helpers to look up themes, call as another role and read the database.
 */
export function findingArchive() {
  const a = testArchive();
  const testimony = a.call('testimonies.create', { data: { title: 'A public statement', type: 'audio', accessLevel: 'public', consent: { publicRelease: true }, transcript: TRANSCRIPT } });
  const sealed = a.call('testimonies.create', { data: { title: 'A sealed statement', type: 'audio', accessLevel: 'sealed', transcript: 'Nobody came. Nobody wrote it down.' } });
  const db = (): Database => {
    const open = a.workspace.current();
    if (!open) throw new Error('no archive open');
    return open.db;
  };
  /** The id of the theme with this preferred label. */
  const theme = (label: string): string => {
    const id = db().prepare('SELECT id FROM themes WHERE label = ? AND merged_into IS NULL').pluck().get(label) as string | undefined;
    if (!id) throw new Error(`no theme ${label}`);
    return id;
  };
  /** The error a call is refused with (the call must be refused). */
  const refused = <M extends MethodName>(method: M, input: Input<M>, session: Session = owner) => {
    const r = a.router.call(session, method, input);
    if (r.ok) throw new Error(`${method} was accepted`);
    return r.error;
  };
  /** The answer of a call as another role (the call must be accepted). */
  const as = <M extends MethodName>(session: Session, method: M, input: Input<M>) => {
    const r = a.router.call(session, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const span = (words: string, text = TRANSCRIPT) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`not in the transcript: ${words}`);
    return { start, end: start + words.length };
  };
  const audit = (entityType: 'finding' | 'recommendation', id: string) => a.call('archive.history', { entityType, entityId: id });
  return { ...a, testimony, sealed, db, theme, refused, as, span, audit };
}

/** A string matching `re`, inside toMatchObject (typed, so no `any` leaks into the expectation). */
export const matching = (re: RegExp): string => expect.stringMatching(re) as string;
