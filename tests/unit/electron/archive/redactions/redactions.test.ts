import { describe, expect, it } from 'vitest';
import { archiveTools, cataloguer, commissioner, researcher, testArchive } from '../../../helpers';
import { publishableIds } from '../../../../../electron/archive/publish/policy';

const TRANSCRIPT = 'We went to the station twice. Sergeant Hale struck him at the gate on Mill Road. Nobody came until the morning.';
const SUMMARY = 'A mother describes the night her son was taken from the house on Mill Road.';

function setup() {
  const a = testArchive();
  const tools = archiveTools(a);
  const t = a.call('testimonies.create', { data: { title: 'The station', summary: SUMMARY, type: 'written_statement', accessLevel: 'public', consent: { publicRelease: true }, transcript: TRANSCRIPT } });
  const range = (text: string, words: string) => ({ ...tools.spanIn(text, words), quote: words });
  const history = (id: string) => a.call('archive.history', { entityType: 'passage', entityId: id });
  return { ...a, ...tools, t, range, history };
}

describe('redactions', () => {
  it('marks spans of the transcript and the summary with a reason, and lists them in reading order', () => {
    const a = setup();
    const summary = a.call('redactions.add', { testimonyId: a.t.id, field: 'summary', range: a.range(SUMMARY, 'Mill Road'), reason: 'Identifies the family home' });
    const name = a.call('redactions.add', { testimonyId: a.t.id, range: a.range(TRANSCRIPT, 'Sergeant Hale'), reason: 'Names an officer not yet heard' });
    expect(name).toMatchObject({ field: 'transcript', quote: 'Sergeant Hale', reason: 'Names an officer not yet heard', review: '', createdBy: 'Test Owner' });
    expect(a.call('redactions.list', { testimonyId: a.t.id }).map((r) => r.id)).toEqual([name.id, summary.id]);
    // The coding view does not list redactions as coded passages.
    expect(a.call('coding.get', { testimonyId: a.t.id }).passages).toEqual([]);
  });

  it('refuses a missing reason, stale text and a split character, saving nothing', () => {
    const a = setup();
    const noReason = a.refused('redactions.add', { testimonyId: a.t.id, range: a.range(TRANSCRIPT, 'Hale'), reason: '  ' });
    expect(noReason).toMatchObject({ code: 'invalid_input', field: 'reason' });
    expect(noReason.message).toContain('A reason is required');
    expect(a.refused('redactions.add', { testimonyId: a.t.id, range: { start: 0, end: 4, quote: 'Hale' }, reason: 'x' })).toMatchObject({ code: 'conflict', field: 'range' });
    expect(a.refused('redactions.add', { testimonyId: a.t.id, field: 'summary', range: a.range(TRANSCRIPT, 'Sergeant Hale'), reason: 'x' }).message).toMatch(/summary has changed/);
    const emoji = a.call('testimonies.create', { data: { title: 'Emoji', type: 'written_statement', transcript: 'a 👍 b' } });
    expect(a.refused('redactions.add', { testimonyId: emoji.id, range: { start: 2, end: 3, quote: '\ud83d' }, reason: 'x' }).message).toMatch(/middle of a character/);
    expect(a.call('redactions.list', { testimonyId: a.t.id })).toEqual([]);
  });

  it('lets cataloguers add and reword; only archivists remove or accept; researchers see none', () => {
    const a = setup();
    const r = a.as(cataloguer, 'redactions.add', { testimonyId: a.t.id, range: a.range(TRANSCRIPT, 'Hale'), reason: 'Name' });
    const reworded = a.as(cataloguer, 'redactions.update', { id: r.id, expectedVersion: r.version, reason: 'Names an officer' });
    expect(reworded).toMatchObject({ reason: 'Names an officer', version: 2 });
    expect(a.refused('redactions.remove', { id: r.id }, cataloguer).code).toBe('forbidden');
    expect(a.refused('redactions.confirm', { id: r.id, expectedVersion: 2 }, cataloguer).code).toBe('forbidden');
    expect(a.refused('redactions.list', { testimonyId: a.t.id }, researcher).code).toBe('forbidden');
    expect(a.refused('redactions.add', { testimonyId: a.t.id, range: a.range(TRANSCRIPT, 'gate'), reason: 'x' }, commissioner).code).toBe('forbidden');
    expect(a.as(commissioner, 'redactions.list', { testimonyId: a.t.id })).toHaveLength(1);
    expect(a.refused('redactions.update', { id: r.id, expectedVersion: 1, reason: 'Stale' }).code).toBe('conflict');
  });

  it('keeps a cataloguer from the redactions of a sealed testimony without saying it exists', () => {
    const a = setup();
    const sealed = a.call('testimonies.create', { data: { title: 'Sealed', type: 'written_statement', accessLevel: 'sealed', transcript: 'Sealed words.' } });
    const r = a.call('redactions.add', { testimonyId: sealed.id, range: { start: 0, end: 6, quote: 'Sealed' }, reason: 'x' });
    expect(a.refused('redactions.list', { testimonyId: sealed.id }, cataloguer).code).toBe('not_found');
    expect(a.refused('redactions.add', { testimonyId: sealed.id, range: { start: 7, end: 12, quote: 'words' }, reason: 'x' }, cataloguer).code).toBe('not_found');
    expect(a.refused('redactions.update', { id: r.id, expectedVersion: 1, reason: 'y' }, cataloguer).code).toBe('not_found');
  });

  it('removes a redaction with the history keeping what it covered and why', () => {
    const a = setup();
    const r = a.call('redactions.add', { testimonyId: a.t.id, range: a.range(TRANSCRIPT, 'Sergeant Hale'), reason: 'Names an officer' });
    expect(a.call('redactions.remove', { id: r.id })).toEqual({ id: r.id });
    expect(a.call('redactions.list', { testimonyId: a.t.id })).toEqual([]);
    const [removed, added] = a.history(r.id);
    expect(added).toMatchObject({ action: 'redact' });
    expect(removed?.action).toBe('remove');
    expect(removed?.changes).toEqual(
      expect.arrayContaining([
        { field: 'quote', old: 'Sergeant Hale', new: null },
        { field: 'reason', old: 'Names an officer', new: null },
        { field: 'field', old: 'transcript', new: null },
      ]),
    );
    expect(a.refused('redactions.remove', { id: r.id }).code).toBe('not_found');
  });

  it('never treats a coded passage as a redaction', () => {
    const a = setup();
    const theme = a.call('themes.create', { data: { label: 'Police violence (redaction test)' } });
    const code = a.call('coding.code', { testimonyId: a.t.id, range: a.range(TRANSCRIPT, 'struck him'), data: { themeIds: [theme.id] } });
    expect(a.refused('redactions.remove', { id: code.id }).code).toBe('not_found');
    expect(a.call('coding.get', { testimonyId: a.t.id }).passages).toHaveLength(1);
  });
});

describe('redactions when their text is edited (failing safe)', () => {
  const edit = (a: ReturnType<typeof setup>, change: { transcript?: string; summary?: string }) => {
    const t = a.call('testimonies.get', { id: a.t.id });
    return a.call('testimonies.update', { id: t.id, expectedVersion: t.version, data: { ...t, ...change } });
  };

  it('follows its words when text before them changes, and the testimony stays published', () => {
    const a = setup();
    a.call('redactions.add', { testimonyId: a.t.id, range: a.range(TRANSCRIPT, 'Sergeant Hale'), reason: 'Name' });
    const edited = `Late in 1963: ${TRANSCRIPT}`;
    edit(a, { transcript: edited });
    const [r] = a.call('redactions.list', { testimonyId: a.t.id });
    expect(r).toMatchObject({ start: edited.indexOf('Sergeant Hale'), quote: 'Sergeant Hale', review: '' });
    expect(publishableIds(a.db())).toContain(a.t.id);
  });

  it('holds the testimony back from every public output when its redacted words are rewritten, until an archivist accepts', () => {
    const a = setup();
    a.call('redactions.add', { testimonyId: a.t.id, range: a.range(TRANSCRIPT, 'Sergeant Hale'), reason: 'Name' });
    edit(a, { transcript: TRANSCRIPT.replace('Sergeant Hale', 'Sgt. Hale') });
    const [r] = a.call('redactions.list', { testimonyId: a.t.id });
    expect(r?.review).toBe('changed');
    expect(publishableIds(a.db())).not.toContain(a.t.id);
    expect(a.call('search.query', { q: 'station', scope: 'public' }).total).toBe(0);
    a.call('redactions.confirm', { id: r?.id ?? '', expectedVersion: r?.version ?? 0 });
    expect(publishableIds(a.db())).toContain(a.t.id);
  });

  it('keeps a testimony held back when the redacted words are deleted (they may have moved), until the redaction is removed', () => {
    const a = setup();
    a.call('redactions.add', { testimonyId: a.t.id, range: a.range(TRANSCRIPT, 'Hale'), reason: 'Name' });
    // The name is cut from one sentence and pasted into another: the span cannot follow it.
    edit(a, { transcript: 'Hale was there. We went to the station twice. Sergeant struck him at the gate on Mill Road. Nobody came until the morning.' });
    const [r] = a.call('redactions.list', { testimonyId: a.t.id });
    expect(r?.review).not.toBe('');
    expect(publishableIds(a.db())).not.toContain(a.t.id);
    if (r?.review === 'deleted') expect(a.refused('redactions.confirm', { id: r.id, expectedVersion: r.version }).message).toMatch(/redact them there; then remove this redaction/);
    a.call('redactions.remove', { id: r?.id ?? '' });
    expect(publishableIds(a.db())).toContain(a.t.id);
  });

  it('anchors summary redactions in the summary: a transcript edit leaves them alone, a summary edit moves them', () => {
    const a = setup();
    a.call('redactions.add', { testimonyId: a.t.id, field: 'summary', range: a.range(SUMMARY, 'Mill Road'), reason: 'Address' });
    edit(a, { transcript: `Preface. ${TRANSCRIPT}` });
    expect(a.call('redactions.list', { testimonyId: a.t.id })[0]).toMatchObject({ start: SUMMARY.indexOf('Mill Road'), review: '' });
    edit(a, { summary: `Recorded in 1998. ${SUMMARY}` });
    expect(a.call('redactions.list', { testimonyId: a.t.id })[0]).toMatchObject({ start: `Recorded in 1998. ${SUMMARY}`.indexOf('Mill Road'), quote: 'Mill Road', review: '' });
    edit(a, { summary: 'A mother describes the night her son was taken.' });
    expect(a.call('redactions.list', { testimonyId: a.t.id })[0]?.review).toBe('deleted');
    expect(publishableIds(a.db())).not.toContain(a.t.id);
  });

  it('does not let a summary redaction block coding of the transcript at the same offsets', () => {
    const a = setup();
    a.call('redactions.add', { testimonyId: a.t.id, field: 'summary', range: { start: 2, end: 8, quote: SUMMARY.slice(2, 8) }, reason: 'x' });
    const theme = a.call('themes.create', { data: { label: 'Visits (redaction test)' } });
    expect(a.call('coding.code', { testimonyId: a.t.id, range: { start: 0, end: 10, quote: TRANSCRIPT.slice(0, 10) }, data: { themeIds: [theme.id] } }).start).toBe(0);
  });
});
