import { describe, expect, it } from 'vitest';
import { codingArchive } from './helpers';

const transcript = [
  'They came at night. My brother was taken from the house.',
  'At the station the officers laughed at us. Nobody would tell us where he was.',
  'Years later the forum gave us a place to speak. That was the start of healing.',
].join('\n\n');

describe('coding a testimony', () => {
  it('codes passages with themes and a note, overlapping, and reads them back in order', () => {
    const a = codingArchive();
    const t = a.testimony(transcript);
    const { fear, police, healing } = a.themes;
    const laughed = a.call('coding.code', { testimonyId: t.id, range: a.range(transcript, 'the officers laughed at us'), data: { themeIds: [police.id, fear.id], note: 'Mockery' } });
    expect(laughed).toMatchObject({ kind: 'code', quote: 'the officers laughed at us', note: 'Mockery', review: '', version: 1, createdBy: 'Test Owner' });
    expect(laughed.themes.map((th) => th.id).sort()).toEqual([police.id, fear.id].sort());
    const station = a.call('coding.code', { testimonyId: t.id, range: a.range(transcript, 'At the station the officers laughed'), data: { themeIds: [police.id] } });
    const early = a.call('coding.code', { testimonyId: t.id, range: a.range(transcript, 'They came at night.'), data: { themeIds: [fear.id] } });
    a.call('coding.tag', { testimonyId: t.id, themeId: healing.id, note: 'Whole statement' });

    const got = a.call('coding.get', { testimonyId: t.id });
    expect(got.passages.map((p) => p.id)).toEqual([early.id, station.id, laughed.id]);
    expect(got.themes).toMatchObject([{ id: healing.id, note: 'Whole statement', createdBy: 'Test Owner' }]);

    // The testimony is found by its theme labels, and its facet lists its themes.
    const hits = a.call('search.query', { q: '"Healing (coding test)"', limit: 10 });
    expect(hits.items.map((h) => h.id)).toEqual([t.id]);
    const facts = a.db().prepare('SELECT theme_ids FROM testimonies WHERE id = ?').get(t.id) as { theme_ids: string };
    expect((JSON.parse(facts.theme_ids) as string[]).sort()).toEqual([fear.id, police.id, healing.id].sort());
    a.indexInStep();
  });

  it('audits every coding act with what it changed', () => {
    const a = codingArchive();
    const t = a.testimony(transcript);
    const p = a.call('coding.code', { testimonyId: t.id, range: a.range(transcript, 'My brother was taken'), data: { themeIds: [a.themes.fear.id], note: 'n1' } });
    const edited = a.call('coding.updateCode', { id: p.id, expectedVersion: 1, data: { themeIds: [a.themes.police.id], note: 'n2' } });
    expect(edited).toMatchObject({ version: 2, note: 'n2', themes: [{ id: a.themes.police.id }] });
    a.call('coding.remove', { id: p.id });
    const history = a.call('archive.history', { entityType: 'passage', entityId: p.id });
    expect(history.map((e) => e.action).sort()).toEqual(['create', 'remove', 'update']);
    expect(history.find((e) => e.action === 'remove')?.changes).toEqual(expect.arrayContaining([{ field: 'quote', old: 'My brother was taken', new: null }, { field: 'note', old: 'n2', new: null }, { field: 'themes', old: [a.themes.police.label], new: null }]));
    expect(a.call('coding.get', { testimonyId: t.id }).passages).toEqual([]);
    expect(a.db().prepare('SELECT count(*) AS n FROM passage_themes').get()).toEqual({ n: 0 });

    a.call('coding.tag', { testimonyId: t.id, themeId: a.themes.fear.id });
    a.call('coding.untag', { testimonyId: t.id, themeId: a.themes.fear.id });
    const tags = a.call('archive.history', { entityType: 'testimony', entityId: t.id });
    expect(tags.map((e) => e.action)).toEqual(expect.arrayContaining(['tag', 'untag']));
    a.indexInStep();
  });

  it('adds segments with title, synopsis, keywords and times, and edits them', () => {
    const a = codingArchive();
    const t = a.testimony(transcript);
    const s = a.call('coding.addSegment', {
      testimonyId: t.id,
      range: a.range(transcript, transcript.split('\n\n')[0] as string),
      data: { title: 'The arrest', synopsis: 'Officers take her brother at night.', keywords: ['night raid'], timeStart: 0, timeEnd: 42.5, themeIds: [a.themes.fear.id] },
    });
    expect(s).toMatchObject({ kind: 'segment', title: 'The arrest', keywords: ['night raid'], timeStart: 0, timeEnd: 42.5 });
    expect(a.call('search.query', { q: 'synopsis-free', limit: 5 }).total).toBe(0);
    expect(a.call('search.query', { q: '"night raid"', limit: 5 }).items.map((h) => h.id)).toEqual([t.id]);
    const moved = a.call('coding.updateSegment', { id: s.id, expectedVersion: 1, data: { title: 'The arrest at night', themeIds: [] }, range: a.range(transcript, 'They came at night.') });
    expect(moved).toMatchObject({ title: 'The arrest at night', quote: 'They came at night.', synopsis: '', themes: [], version: 2 });
    const stale = a.fail('coding.updateSegment', { id: s.id, expectedVersion: 1, data: { title: 'Late' } });
    expect(stale.code).toBe('conflict');
    expect(a.fail('coding.updateCode', { id: s.id, expectedVersion: 2, data: { themeIds: [a.themes.fear.id] } }).message).toMatch(/segment, not a coded passage/);
    a.indexInStep();
  });
});

describe('bad coding input: a clear message, nothing changed', () => {
  function setup() {
    const a = codingArchive();
    const t = a.testimony(transcript);
    const segment = a.call('coding.addSegment', { testimonyId: t.id, range: a.range(transcript, 'At the station the officers laughed at us.'), data: { title: 'At the station' } });
    return { a, t, segment, before: () => ({ audit: a.auditCount(), coding: a.call('coding.get', { testimonyId: t.id }) }) };
  }

  it('refuses a selection whose text is no longer there', () => {
    const { a, t, before } = setup();
    const b = before();
    const e = a.fail('coding.code', { testimonyId: t.id, range: { start: 0, end: 4, quote: 'Thex' }, data: { themeIds: [a.themes.fear.id] } });
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/transcript has changed.*Reload/);
    expect(before()).toEqual(b);
  });

  it('refuses a code that crosses a segment boundary, and a segment overlapping another', () => {
    const { a, t, before } = setup();
    const b = before();
    const crossing = a.fail('coding.code', { testimonyId: t.id, range: a.range(transcript, 'house.\n\nAt the station'), data: { themeIds: [a.themes.fear.id] } });
    expect(crossing.message).toMatch(/crosses the boundary of segment “At the station”/);
    const overlap = a.fail('coding.addSegment', { testimonyId: t.id, range: a.range(transcript, 'laughed at us. Nobody'), data: { title: 'Overlap' } });
    expect(overlap.message).toMatch(/overlap segment “At the station”/);
    // Inside a segment, or exactly on it, is fine.
    a.call('coding.code', { testimonyId: t.id, range: a.range(transcript, 'At the station the officers laughed at us.'), data: { themeIds: [a.themes.police.id] } });
    expect(before().coding.passages).toHaveLength(b.coding.passages.length + 1);
  });

  it('refuses a selection that crosses a redacted span', () => {
    const { a, t } = setup();
    const r = a.range(transcript, 'My brother');
    a.db()
      .prepare("INSERT INTO passages (id, testimony_id, kind, start, end, quote, created_by, created_at, updated_at) VALUES (?, ?, 'redaction', ?, ?, ?, 'x', 'now', 'now')")
      .run(crypto.randomUUID(), t.id, r.start, r.end, r.quote);
    const b = a.auditCount();
    const e = a.fail('coding.code', { testimonyId: t.id, range: a.range(transcript, 'night. My brother was'), data: { themeIds: [a.themes.fear.id] } });
    expect(e.message).toMatch(/crosses a redacted span/);
    expect(a.fail('coding.addSegment', { testimonyId: t.id, range: a.range(transcript, 'brother was taken'), data: { title: 'Half a redaction' } }).message).toMatch(/redacted/);
    expect(a.auditCount()).toBe(b);
    // Redactions are not listed as coding, and cannot be removed as a passage.
    expect(a.call('coding.get', { testimonyId: t.id }).passages.every((p) => p.kind !== ('redaction' as string))).toBe(true);
  });

  it('refuses a range that splits a letter from its accents or an emoji', () => {
    const a = codingArchive();
    const text = 'We met Nguye\u0302\u0303n Đức 👩‍👩‍👧 at the forum.';
    const t = a.testimony(text);
    const at = text.indexOf('Nguy');
    const split = a.fail('coding.code', { testimonyId: t.id, range: { start: at, end: at + 5, quote: text.slice(at, at + 5) }, data: { themeIds: [a.themes.fear.id] } });
    expect(split.message).toMatch(/middle of a character/);
    const fam = text.indexOf('👩');
    expect(a.fail('coding.code', { testimonyId: t.id, range: { start: fam, end: fam + 2, quote: text.slice(fam, fam + 2) }, data: { themeIds: [a.themes.fear.id] } }).message).toMatch(/middle of a character/);
    const whole = a.call('coding.code', { testimonyId: t.id, range: a.range(text, 'Nguye\u0302\u0303n Đức 👩‍👩‍👧'), data: { themeIds: [a.themes.fear.id] } });
    expect(whole.quote).toBe('Nguye\u0302\u0303n Đức 👩‍👩‍👧');
  });

  it('refuses missing, merged and retired themes by name, and a code with no theme', () => {
    const { a, t, before } = setup();
    const b = before();
    const r = a.range(transcript, 'Nobody would tell us');
    const merged = a.theme('Old fear');
    a.call('themes.merge', { sourceId: merged.id, targetId: a.themes.fear.id });
    expect(a.fail('coding.code', { testimonyId: t.id, range: r, data: { themeIds: [merged.id] } }).message).toMatch(/“Old fear \(coding test\)” was merged into “Fear \(coding test\)”/);
    const retired = a.theme('Retired');
    a.call('themes.retire', { id: retired.id, retired: true });
    expect(a.fail('coding.code', { testimonyId: t.id, range: r, data: { themeIds: [retired.id] } }).message).toMatch(/“Retired \(coding test\)” is retired/);
    expect(a.fail('coding.tag', { testimonyId: t.id, themeId: retired.id }).message).toMatch(/retired/);
    expect(a.fail('coding.code', { testimonyId: t.id, range: r, data: { themeIds: [crypto.randomUUID()] } }).message).toMatch(/does not exist/);
    expect(a.fail('coding.code', { testimonyId: t.id, range: r, data: { themeIds: [] } }).message).toMatch(/at least one theme/);
    expect(before().coding).toEqual(b.coding);
  });

  it('lets a withdrawn testimony be read but not coded', () => {
    const { a, t, segment } = setup();
    a.call('coding.tag', { testimonyId: t.id, themeId: a.themes.fear.id });
    a.call('testimonies.withdraw', { id: t.id, reason: 'At the narrator’s request' });
    const b = a.auditCount();
    expect(a.call('coding.get', { testimonyId: t.id }).passages).toHaveLength(1);
    const msg = /withdrawn: it can be read but not coded/;
    expect(a.fail('coding.code', { testimonyId: t.id, range: a.range(transcript, 'They came'), data: { themeIds: [a.themes.fear.id] } }).message).toMatch(msg);
    expect(a.fail('coding.tag', { testimonyId: t.id, themeId: a.themes.police.id }).message).toMatch(msg);
    expect(a.fail('coding.untag', { testimonyId: t.id, themeId: a.themes.fear.id }).message).toMatch(msg);
    expect(a.fail('coding.remove', { id: segment.id }).message).toMatch(msg);
    expect(a.fail('coding.updateSegment', { id: segment.id, expectedVersion: 1, data: { title: 'x' } }).message).toMatch(msg);
    expect(a.auditCount()).toBe(b);
  });

  it('says so when tagging twice or untagging a theme that is not there', () => {
    const { a, t } = setup();
    a.call('coding.tag', { testimonyId: t.id, themeId: a.themes.fear.id });
    expect(a.fail('coding.tag', { testimonyId: t.id, themeId: a.themes.fear.id }).message).toMatch(/already tagged/);
    expect(a.call('coding.tag', { testimonyId: t.id, themeId: a.themes.fear.id, note: 'Now with a note' })).toMatchObject([{ note: 'Now with a note' }]);
    expect(a.fail('coding.untag', { testimonyId: t.id, themeId: a.themes.police.id }).message).toMatch(/not tagged/);
    expect(a.fail('coding.get', { testimonyId: crypto.randomUUID() }).code).toBe('not_found');
  });
});
