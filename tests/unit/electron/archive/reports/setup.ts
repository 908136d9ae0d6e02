import { archiveTools, testArchive } from '../../../helpers';

export { cataloguer, commissioner, researcher } from '../../../helpers';

export const OPEN_TEXT = 'The trucks came forty-one minutes later. Emeka Okafor timed it on the kitchen clock. Forty-one minutes.\nThen  the   sirens stopped.';
export const SEALED_TEXT = 'Nobody came to Sawyer Road that night. The ledger was burned in the yard.';

/**
 * An archive (with the starter thesaurus) for reports: a publishable testimony that names a person
 * without consent to be named, a sealed testimony, a hearing and a private session, and helpers to
 * call as another role, read the database and find a span in a transcript.
 */
export function reportArchive() {
  const a = testArchive();
  const emeka = a.call('people.create', { data: { name: 'Emeka Okafor', pseudonym: 'E. O.', consentToBeNamed: false } });
  const ada = a.call('people.create', { data: { name: 'Ada Brennan', consentToBeNamed: true } });
  const hearing = a.call('hearings.create', { data: { title: 'First public hearing', type: 'public_hearing', date: '2001-03-14' } });
  const privateSession = a.call('hearings.create', { data: { title: 'Statement of Emeka Okafor', type: 'private_session', date: '2001-04-02' } });
  const open = a.call('testimonies.create', {
    data: {
      title: 'Emeka Okafor on the night of the raid',
      type: 'audio',
      dateRecorded: '1998-03-14',
      accessLevel: 'public',
      consent: { publicRelease: true },
      transcript: OPEN_TEXT,
      people: [{ personId: emeka.id, role: 'narrator', narratorRole: 'survivor' }],
    },
  });
  const sealed = a.call('testimonies.create', {
    data: { title: 'A sealed statement', type: 'written_statement', dateRecorded: '1999', accessLevel: 'sealed', transcript: SEALED_TEXT, people: [{ personId: ada.id, role: 'narrator', narratorRole: 'witness' }] },
  });
  const { db, theme, refused, as, spanIn } = archiveTools(a);
  const span = (words: string, text = OPEN_TEXT) => spanIn(text, words);
  /** Records a redaction directly (issue 8 brings the interface that writes them). */
  const redact = (testimonyId: string, start: number, end: number) =>
    db()
      .prepare("INSERT INTO passages (id, testimony_id, kind, start, end, quote, created_by, created_at, updated_at) VALUES (?, ?, 'redaction', ?, ?, '', 'test', '2026-01-01', '2026-01-01')")
      .run(crypto.randomUUID(), testimonyId, start, end);
  const history = (id: string) => a.call('archive.history', { entityType: 'report', entityId: id });
  return { ...a, emeka, ada, hearing, privateSession, open, sealed, db, theme, refused, as, span, redact, history };
}
