import { describe, expect, it } from 'vitest';
import { archiveTools, testArchive } from '../../../helpers';
import { createPublicForm, nameFacts } from '../../../../../electron/archive/publish/publicTestimony';
import { readRedactions, REDACTED } from '../../../../../electron/archive/publish/redact';
import { getTestimony } from '../../../../../electron/archive/testimonies/queries';

/** Redactions in the public form of a testimony and in the public scope of search. */

const TRANSCRIPT = 'We went to the station twice. Fennimore paid the deputies to look away. Nobody came until the morning fire.';
const SUMMARY = 'A statement about the station on Quarry Lane and the fire.';

function setup() {
  const a = testArchive();
  const tools = archiveTools(a);
  const t = a.call('testimonies.create', { data: { title: 'The station', summary: SUMMARY, type: 'written_statement', accessLevel: 'public', consent: { publicRelease: true }, transcript: TRANSCRIPT } });
  const redact = (words: string, field: 'transcript' | 'summary' = 'transcript') =>
    a.call('redactions.add', { testimonyId: t.id, field, range: { ...tools.spanIn(field === 'summary' ? SUMMARY : TRANSCRIPT, words), quote: words }, reason: 'Test' });
  const publicForm = () => createPublicForm(nameFacts(tools.db()), readRedactions(tools.db()))(getTestimony(tools.db(), { id: t.id }));
  const search = (q: string) => a.call('search.query', { q, scope: 'public' });
  return { ...a, ...tools, t, redact, publicForm, search };
}

describe('the public form of a testimony', () => {
  it('replaces redacted spans of the transcript and the summary by one visible marker each', () => {
    const a = setup();
    a.redact('Fennimore paid');
    a.redact('paid the deputies');
    a.redact('Quarry Lane', 'summary');
    const r = a.publicForm();
    expect(r.transcript).toBe(`We went to the station twice. ${REDACTED} to look away. Nobody came until the morning fire.`);
    expect(r.summary).toBe(`A statement about the station on ${REDACTED} and the fire.`);
    expect(JSON.stringify(r)).not.toMatch(/Fennimore|deputies|Quarry/);
  });

  it('refuses a testimony whose redaction waits for review', () => {
    const a = setup();
    a.redact('Fennimore');
    const t = a.call('testimonies.get', { id: a.t.id });
    a.call('testimonies.update', { id: t.id, expectedVersion: t.version, data: { ...t, transcript: TRANSCRIPT.replace('Fennimore', 'Fenimore') } });
    expect(() => a.publicForm()).toThrow(/may not be published/);
  });
});

describe('public search over redacted words', () => {
  it('does not find a testimony by a redacted word, and its snippet never shows one', () => {
    const a = setup();
    expect(a.search('Fennimore').total).toBe(1);
    a.redact('Fennimore paid the deputies');
    a.redact('Quarry Lane', 'summary');
    expect(a.search('Fennimore').total).toBe(0);
    expect(a.search('deputies').total).toBe(0);
    expect(a.search('Quarry').total).toBe(0);
    expect(a.search('station Fennimore').total).toBe(0);
    // The full scope still finds it: redaction is for public outputs.
    expect(a.call('search.query', { q: 'Fennimore', scope: 'full' }).total).toBe(1);
    const hit = a.search('look away').items[0];
    expect(hit?.snippet.text).toContain(REDACTED);
    expect(hit?.snippet.text).not.toMatch(/Fennimore|deputies/);
    // Without words to match the lead of the summary stands in, redacted.
    const lead = a.search('-nothingmatches').items[0];
    expect(lead?.snippet.text).toContain(`on ${REDACTED} and`);
    expect(lead?.snippet.text).not.toContain('Quarry');
  });

  it('does not leave a testimony out because of a redacted word it excludes', () => {
    const a = setup();
    a.redact('Fennimore');
    expect(a.search('-Fennimore').total).toBe(1);
    expect(a.search('station -Fennimore').total).toBe(1);
    expect(a.search('station -deputies').total).toBe(0);
    expect(a.call('search.query', { q: 'station -Fennimore', scope: 'full' }).total).toBe(0);
  });

  it('answers as before for testimonies without redactions, and exports no redacted word', () => {
    const a = setup();
    const other = a.call('testimonies.create', { data: { title: 'The fire', type: 'written_statement', accessLevel: 'public', consent: { publicRelease: true }, transcript: 'Fennimore was seen at the fire.' } });
    a.redact('Fennimore paid the deputies');
    expect(a.search('Fennimore').items.map((h) => h.id)).toEqual([other.id]);
    expect(a.search('fire').total).toBe(2);
    const csv = a.call('search.exportCsv', { q: 'fire', scope: 'public' });
    expect(csv.rows).toBe(2);
    expect(csv.csv).toContain(REDACTED);
    expect(csv.csv).not.toMatch(/deputies/);
  });
});
