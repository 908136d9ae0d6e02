import { expect } from 'vitest';
import { archiveTools, testArchive } from '../../../helpers';

export { cataloguer, commissioner, researcher } from '../../../helpers';

export const TRANSCRIPT = 'The trucks came forty-one minutes later. My mother timed it on the kitchen clock. Forty-one minutes.';

/**
 * An archive (with the starter thesaurus) holding a public testimony with a transcript, a sealed
 * one, and helpers to look up themes, call as another role and read the database.
 */
export function findingArchive() {
  const a = testArchive();
  const testimony = a.call('testimonies.create', { data: { title: 'A public statement', type: 'audio', accessLevel: 'public', consent: { publicRelease: true }, transcript: TRANSCRIPT } });
  const sealed = a.call('testimonies.create', { data: { title: 'A sealed statement', type: 'audio', accessLevel: 'sealed', transcript: 'Nobody came. Nobody wrote it down.' } });
  const { db, theme, refused, as, spanIn } = archiveTools(a);
  const span = (words: string, text = TRANSCRIPT) => spanIn(text, words);
  const audit = (entityType: 'finding' | 'recommendation', id: string) => a.call('archive.history', { entityType, entityId: id });
  return { ...a, testimony, sealed, db, theme, refused, as, span, audit };
}

/** A string matching `re`, inside toMatchObject (typed, so no `any` leaks into the expectation). */
export const matching = (re: RegExp): string => expect.stringMatching(re) as string;
