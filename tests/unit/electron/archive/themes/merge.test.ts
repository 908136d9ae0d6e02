import { describe, expect, it } from 'vitest';
import { checkIndex } from '../../../../../electron/archive/search/indexer';
import { emptyThesaurus } from './themeHelpers';

function setup() {
  const a = emptyThesaurus();
  const policing = a.create('Policing');
  const trust = a.create('Trust in police', { parentId: policing.id, altLabels: [{ label: 'Confidence in police', lang: '' }] });
  const faith = a.create('Faith in the force', { altLabels: [{ label: 'Vertroue in die polisie', lang: 'af' }, { label: 'Confidence in police', lang: '' }] });
  const patrols = a.create('Night patrols', { parentId: faith.id });
  const text = 'Nobody believed the constable any more. After the raid we kept our doors locked.';
  const one = a.call('testimonies.create', { data: { title: 'Statement one', type: 'written_statement', transcript: text } });
  const two = a.call('testimonies.create', { data: { title: 'Statement two', type: 'written_statement', transcript: 'We spoke at the forum about the new station.' } });
  const quote = 'Nobody believed the constable any more.';
  const passage = a.call('coding.code', { testimonyId: one.id, range: { start: 0, end: quote.length, quote }, data: { themeIds: [faith.id, trust.id] } });
  const onlyFaith = a.call('coding.code', { testimonyId: one.id, range: { start: 44, end: 51, quote: text.slice(44, 51) }, data: { themeIds: [faith.id] } });
  a.call('coding.tag', { testimonyId: one.id, themeId: faith.id, note: 'Said twice' });
  a.call('coding.tag', { testimonyId: one.id, themeId: trust.id, note: 'Central' });
  a.call('coding.tag', { testimonyId: two.id, themeId: faith.id, note: 'In passing' });
  return { ...a, policing, trust, faith, patrols, one, two, passage, onlyFaith };
}

describe('thesaurus: merging one theme into another', () => {
  it('moves every assignment, adds the labels as other labels, re-parents narrower themes and keeps the source as history', () => {
    const a = setup();
    expect(a.call('search.query', { q: 'theme:"trust in police"' }).items.map((h) => h.title)).toEqual(['Statement one']);
    const merged = a.call('themes.merge', { sourceId: a.faith.id, targetId: a.trust.id });
    expect(merged.altLabels).toEqual([
      { label: 'Confidence in police', lang: '' },
      { label: 'Faith in the force', lang: '' },
      { label: 'Vertroue in die polisie', lang: 'af' },
    ]);
    expect(merged.children.map((c) => c.label)).toEqual(['Night patrols']);
    expect(merged.counts).toMatchObject({ ownPassages: 2, ownTestimonies: 2 });

    const source = a.call('themes.get', { id: a.faith.id });
    expect(source).toMatchObject({ retired: true, mergedInto: { id: a.trust.id, label: 'Trust in police' } });
    expect(a.tree(true).map((n) => n.label)).not.toContain('Faith in the force');

    // Testimony one had both themes whole: one tag is kept and the notes are joined.
    expect(a.call('coding.get', { testimonyId: a.one.id }).themes.map((t) => [t.label, t.note])).toEqual([['Trust in police', 'Central\n\nSaid twice']]);
    expect(a.call('coding.get', { testimonyId: a.two.id }).themes.map((t) => [t.label, t.note])).toEqual([['Trust in police', 'In passing']]);
    const passages = a.call('coding.get', { testimonyId: a.one.id }).passages;
    expect(passages.map((p) => p.themes.map((t) => t.label))).toEqual([['Trust in police'], ['Trust in police']]);
    expect(a.db().prepare('SELECT count(*) FROM passage_themes WHERE theme_id = ?').pluck().get(a.faith.id)).toBe(0);
    expect(a.db().prepare('SELECT theme_ids FROM testimonies WHERE id = ?').pluck().get(a.two.id)).toBe(JSON.stringify([a.trust.id]));

    // The search index is exact, and the merged label still finds the testimonies.
    checkIndex(a.db());
    expect(a.call('search.query', { q: '"faith in the force"' }).items.map((h) => h.title).sort()).toEqual(['Statement one', 'Statement two']);
    expect(a.call('search.query', { q: 'theme:vertroue' }).total).toBe(2);
    expect(a.call('search.query', { q: 'theme:"trust in police"' }).items.map((h) => h.title).sort()).toEqual(['Statement one', 'Statement two']);
    expect(a.call('search.query', { q: 'theme:"in passing"' }).total).toBe(0);

    const history = a.call('archive.history', { entityType: 'theme', entityId: a.trust.id })[0];
    expect(history?.action).toBe('merge');
    expect(history?.changes).toContainEqual({ field: 'testimonyTags', old: null, new: 2 });
    expect(history?.changes).toContainEqual({ field: 'passageCodes', old: null, new: 2 });
    expect(a.call('archive.history', { entityType: 'theme', entityId: a.faith.id })[0]?.action).toBe('merge');
  });

  it('refuses merging a theme into itself, into its own narrower theme, or once merged, with nothing changed', () => {
    const a = setup();
    const before = a.snapshot();
    expect(a.error('themes.merge', { sourceId: a.faith.id, targetId: a.faith.id }).message).toContain('into itself');
    expect(a.error('themes.merge', { sourceId: a.faith.id, targetId: a.patrols.id }).message).toContain('“Night patrols” is a narrower theme of “Faith in the force”');
    expect(a.error('themes.merge', { sourceId: a.faith.id, targetId: crypto.randomUUID() }).code).toBe('not_found');
    expect(a.snapshot()).toEqual(before);
    a.call('themes.merge', { sourceId: a.faith.id, targetId: a.trust.id });
    const after = a.snapshot();
    expect(a.error('themes.merge', { sourceId: a.faith.id, targetId: a.policing.id }).message).toContain('was merged into “Trust in police”');
    expect(a.error('themes.merge', { sourceId: a.policing.id, targetId: a.faith.id }).message).toContain('was merged into “Trust in police”');
    expect(a.error('themes.update', { id: a.faith.id, expectedVersion: 1, data: { label: 'Back' } }).code).toBe('conflict');
    expect(a.snapshot()).toEqual(after);
  });

  it('refuses when both themes have a narrower theme with the same label, before changing anything', () => {
    const a = setup();
    a.create('night PATROLS', { parentId: a.trust.id });
    const before = a.snapshot();
    const e = a.error('themes.merge', { sourceId: a.faith.id, targetId: a.trust.id });
    expect(e).toMatchObject({ code: 'conflict' });
    expect(e.message).toContain('Both themes have a narrower theme “night PATROLS”');
    expect(a.snapshot()).toEqual(before);
    checkIndex(a.db());
  });

  it('refuses a retired target', () => {
    const a = setup();
    a.call('themes.retire', { id: a.policing.id, retired: true });
    expect(a.error('themes.merge', { sourceId: a.faith.id, targetId: a.trust.id }).message).toContain('“Trust in police” is retired');
  });
});
