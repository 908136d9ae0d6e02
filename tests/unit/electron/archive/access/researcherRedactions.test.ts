import { describe, expect, it } from 'vitest';
import { redactedOffset } from '../../../../../electron/archive/access/redactedReading';
import { REDACTED } from '../../../../../electron/archive/publish/redact';
import { archiveTools, cataloguer, researcher, testArchive } from '../../../helpers';

/**
 * A researcher reads a restricted testimony with its redactions applied: testimonies.get gives the
 * transcript and summary with "[redacted]" in place of each redacted span, and coding.get gives
 * coded passages placed on that text, whose quotes never hold a redacted word. Staff still read
 * the words they redact and review.
 */

const SECRET = 'SECRETNAME-Q17';
const TRANSCRIPT = `We met at the mill. The informer was ${SECRET} from the depot. After that nobody spoke of it.`;
const SUMMARY = `A statement about the mill and ${SECRET}.`;
const CONSENT = { recording: true, quoting: true, naming: true, publicRelease: false, researchAccess: true, takenBy: 'Field team', takenOn: '2020-01-10' };

function restrictedWithRedactions() {
  const a = testArchive();
  const tools = archiveTools(a);
  const theme = a.call('themes.create', { data: { label: 'Informers' } });
  const t = a.call('testimonies.create', { data: { title: 'Mill statement', type: 'audio', accessLevel: 'restricted', consent: CONSENT, summary: SUMMARY, transcript: TRANSCRIPT } });
  const range = (text: string, words: string) => ({ ...tools.spanIn(text, words), quote: words });
  // Passages coded before the words were redacted may hold them (coding.code refuses a selection
  // across a redaction made earlier).
  const code = (words: string) => a.call('coding.code', { testimonyId: t.id, range: range(TRANSCRIPT, words), data: { themeIds: [theme.id] } });
  code(`The informer was ${SECRET} from the depot.`);
  code('nobody spoke');
  code(`was ${SECRET}`.slice(0, 8)); // "was SECR": ends inside the redacted span
  a.call('redactions.add', { testimonyId: t.id, field: 'transcript', range: range(TRANSCRIPT, SECRET), reason: 'Names an informer' });
  a.call('redactions.add', { testimonyId: t.id, field: 'summary', range: range(SUMMARY, SECRET), reason: 'Names an informer' });
  return { a, tools, t };
}

describe('a researcher reading a redacted testimony', () => {
  it('gets the transcript and summary with the redactions applied, as public outputs apply them', () => {
    const { tools, t } = restrictedWithRedactions();
    const read = tools.as(researcher, 'testimonies.get', { id: t.id });
    expect(read.transcript).toBe(`We met at the mill. The informer was ${REDACTED} from the depot. After that nobody spoke of it.`);
    expect(read.summary).toBe(`A statement about the mill and ${REDACTED}.`);
    expect(JSON.stringify(read)).not.toContain('SECRETNAME');
    // Staff still read the words they redact and review.
    expect(tools.as(cataloguer, 'testimonies.get', { id: t.id }).transcript).toBe(TRANSCRIPT);
  });

  it('gets coded passages placed on the redacted transcript, with no redacted word in a quote', () => {
    const { tools, t } = restrictedWithRedactions();
    const transcript = tools.as(researcher, 'testimonies.get', { id: t.id }).transcript;
    const coding = tools.as(researcher, 'coding.get', { testimonyId: t.id });
    expect(JSON.stringify(coding)).not.toContain('SECRETNAME');
    expect(coding.passages.map((p) => p.quote)).toEqual([`The informer was ${REDACTED} from the depot.`, `was ${REDACTED}`, 'nobody spoke']);
    for (const p of coding.passages) expect(transcript.slice(p.start, p.end)).toBe(p.quote);
    // Staff get the passages as coded.
    const staff = tools.as(cataloguer, 'coding.get', { testimonyId: t.id });
    expect(staff.passages.map((p) => p.quote)).toContain(`The informer was ${SECRET} from the depot.`);
  });

  it('finds nothing by a redacted word in search, and sees no redacted word in a snippet', () => {
    const { tools, t } = restrictedWithRedactions();
    const byWord = (session: typeof researcher, q: string) => tools.as(session, 'search.query', { q, scope: 'full', limit: 20 });
    expect(byWord(researcher, 'SECRETNAME-Q17').items.map((h) => h.id)).toEqual([]);
    expect(byWord(cataloguer, 'SECRETNAME-Q17').items.map((h) => h.id)).toEqual([t.id]);
    // A search for other words still finds it, with a snippet from the redacted text.
    const found = byWord(researcher, 'informer');
    expect(found.items.map((h) => h.id)).toEqual([t.id]);
    expect(JSON.stringify(found)).not.toContain('SECRETNAME');
    expect(JSON.stringify(byWord(researcher, 'mill'))).not.toContain('SECRETNAME');
  });

  it('sees no redacted word in the history of the testimony or its passages, and no history of a redaction', () => {
    const { a, tools, t } = restrictedWithRedactions();
    const history = (entityType: 'testimony' | 'passage', entityId: string) => a.router.call(researcher, 'archive.history', { entityType, entityId });
    const whole = history('testimony', t.id);
    expect(whole).toMatchObject({ ok: true });
    expect(JSON.stringify(whole)).not.toContain(SECRET);
    const passages = tools.db().prepare("SELECT id, kind FROM passages WHERE testimony_id = ?").all(t.id) as { id: string; kind: string }[];
    for (const p of passages) {
      const r = history('passage', p.id);
      if (p.kind === 'redaction') expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
      else expect(JSON.stringify(r)).not.toContain(SECRET);
    }
    // Staff read the words in the history, as they read them in the record.
    expect(JSON.stringify(tools.as(cataloguer, 'archive.history', { entityType: 'testimony', entityId: t.id }))).toContain(SECRET);
  });

  it('moves offsets past, into and out of redacted spans', () => {
    const spans = [
      { start: 10, end: 20 },
      { start: 30, end: 32 },
    ];
    const shrink = 10 - REDACTED.length;
    expect(redactedOffset(5, spans, 'start')).toBe(5);
    expect(redactedOffset(10, spans, 'end')).toBe(10);
    expect(redactedOffset(15, spans, 'start')).toBe(10);
    expect(redactedOffset(15, spans, 'end')).toBe(10 + REDACTED.length);
    expect(redactedOffset(20, spans, 'start')).toBe(20 - shrink);
    expect(redactedOffset(25, spans, 'end')).toBe(25 - shrink);
    expect(redactedOffset(40, spans, 'end')).toBe(40 - shrink - (2 - REDACTED.length));
  });
});
