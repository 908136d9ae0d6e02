import { describe, expect, it } from 'vitest';
import { emptyThesaurus } from './themeHelpers';

describe('thesaurus: creating, renaming, moving and retiring themes', () => {
  it('creates themes and lists them in tree order: parents first, siblings by label without case or accents', () => {
    const a = emptyThesaurus();
    const violations = a.create('Violations', { colour: '#BE123C' });
    expect(violations.colour).toBe('#be123c');
    a.create('torture', { parentId: violations.id });
    a.create('Abduction', { parentId: violations.id });
    a.create('Éviction', { parentId: violations.id });
    const rj = a.create('Restorative justice');
    a.create('Apology', { parentId: rj.id, altLabels: [{ label: 'Verskoning', lang: 'af' }] });
    expect(a.labels()).toEqual(['Restorative justice', '  Apology', 'Violations', '  Abduction', '  Éviction', '  torture']);
    expect(a.tree().map((n) => n.depth)).toEqual([0, 1, 0, 1, 1, 1]);
    const got = a.call('themes.get', { id: a.tree()[1]?.id ?? '' });
    expect(got).toMatchObject({ label: 'Apology', altLabels: [{ label: 'Verskoning', lang: 'af' }], ancestors: [{ label: 'Restorative justice' }], children: [], retired: false, mergedInto: null });
    expect(got.counts).toEqual({ passages: 0, testimonies: 0, ownPassages: 0, ownTestimonies: 0 });
    expect(a.call('archive.history', { entityType: 'theme', entityId: got.id })[0]).toMatchObject({ action: 'create' });
  });

  it('refuses a label already used under the same parent, naming the parent; allows it elsewhere', () => {
    const a = emptyThesaurus();
    const police = a.create('Policing');
    a.create('Use of force', { parentId: police.id });
    const before = a.snapshot();
    const e = a.error('themes.create', { data: { label: '  USE OF FÓRCE ', parentId: police.id } });
    expect(e).toMatchObject({ code: 'conflict', field: 'label' });
    expect(e.message).toContain('under “Policing”');
    expect(a.snapshot()).toEqual(before);
    expect(a.create('Use of force').parentId).toBeNull();
    expect(a.error('themes.create', { data: { label: 'use of force' } }).message).toContain('at the top of the thesaurus');
    expect(a.error('themes.create', { data: { label: '' } })).toMatchObject({ code: 'invalid_input', field: 'label' });
    expect(a.error('themes.create', { data: { label: 'X', colour: 'red' } })).toMatchObject({ code: 'invalid_input', field: 'colour' });
    expect(a.error('themes.create', { data: { label: 'X', parentId: crypto.randomUUID() } })).toMatchObject({ code: 'invalid_input', field: 'parentId' });
  });

  it('renames a theme, keeps its search labels and the search index in step, and refuses a stale version', () => {
    const a = emptyThesaurus();
    const t = a.create('Forced removals');
    const testimony = a.call('testimonies.create', { data: { title: 'A statement', type: 'written_statement', transcript: 'We were moved from the valley.' } });
    a.call('coding.tag', { testimonyId: testimony.id, themeId: t.id });
    expect(a.call('search.query', { q: 'removals' }).total).toBe(1);
    const renamed = a.call('themes.update', { id: t.id, expectedVersion: t.version, data: { label: 'Displacement', altLabels: [{ label: 'Gedwonge verskuiwing', lang: 'af' }] } });
    expect(renamed).toMatchObject({ label: 'Displacement', version: t.version + 1 });
    expect(a.db().prepare('SELECT search_labels FROM themes WHERE id = ?').pluck().get(t.id)).toBe('Displacement ; Gedwonge verskuiwing');
    expect(a.call('search.query', { q: 'removals' }).total).toBe(0);
    expect(a.call('search.query', { q: 'verskuiwing' }).total).toBe(1);
    a.db().prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)").run();
    const stale = a.error('themes.update', { id: t.id, expectedVersion: t.version, data: { label: 'Other' } });
    expect(stale.code).toBe('conflict');
    expect(a.call('archive.history', { entityType: 'theme', entityId: t.id })[0]).toMatchObject({ action: 'update' });
  });

  it('moves a theme with its narrower themes, and refuses loops, retired parents and sibling clashes with nothing changed', () => {
    const a = emptyThesaurus();
    const top = a.create('Violations');
    const killing = a.create('Killing', { parentId: top.id });
    const massacre = a.create('Massacre', { parentId: killing.id });
    const other = a.create('Other');
    const moved = a.call('themes.move', { id: killing.id, parentId: other.id });
    expect(moved.ancestors.map((r) => r.label)).toEqual(['Other']);
    expect(a.labels()).toEqual(['Other', '  Killing', '    Massacre', 'Violations']);
    expect(a.call('themes.move', { id: killing.id, parentId: null }).parentId).toBeNull();

    const before = a.snapshot();
    const self = a.error('themes.move', { id: killing.id, parentId: killing.id });
    expect(self).toMatchObject({ code: 'invalid_input', field: 'parentId' });
    const loop = a.error('themes.move', { id: killing.id, parentId: massacre.id });
    expect(loop.message).toMatch(/“Massacre” is a narrower theme of “Killing”.*loop/);
    // The same rule holds when the broader theme is changed through an edit.
    const viaUpdate = a.error('themes.update', { id: killing.id, expectedVersion: a.call('themes.get', { id: killing.id }).version, data: { label: 'Killing', parentId: massacre.id } });
    expect(viaUpdate.message).toContain('loop');
    expect(a.snapshot()).toEqual(before);
    a.create('Killing', { parentId: top.id });
    const withTwin = a.snapshot();
    expect(a.error('themes.move', { id: killing.id, parentId: top.id }).message).toContain('already a theme “Killing” under “Violations”');
    expect(a.snapshot()).toEqual(withTwin);
    a.call('themes.retire', { id: other.id, retired: true });
    expect(a.error('themes.move', { id: massacre.id, parentId: other.id }).message).toContain('retired');
    expect(a.call('themes.get', { id: massacre.id }).parentId).toBe(killing.id);
  });

  it('retires a theme with everything narrower, keeps it out of the tree unless asked, and restores it', () => {
    const a = emptyThesaurus();
    const top = a.create('Policing');
    const trust = a.create('Trust in police', { parentId: top.id });
    const testimony = a.call('testimonies.create', { data: { title: 'A statement', type: 'audio' } });
    a.call('coding.tag', { testimonyId: testimony.id, themeId: trust.id });
    const retired = a.call('themes.retire', { id: top.id, retired: true });
    expect(retired.retired).toBe(true);
    expect(a.call('themes.get', { id: trust.id }).retired).toBe(true);
    expect(a.labels()).toEqual([]);
    expect(a.labels(true)).toEqual(['Policing', '  Trust in police']);
    // Assignments and counts stay with a retired theme.
    expect(a.tree(true).find((n) => n.id === top.id)?.counts).toMatchObject({ testimonies: 1, ownTestimonies: 0 });
    expect(a.error('themes.retire', { id: trust.id, retired: false }).message).toContain('Restore “Policing” first');
    expect(a.call('themes.retire', { id: top.id, retired: false }).retired).toBe(false);
    expect(a.labels()).toEqual(['Policing']);
    expect(a.call('themes.retire', { id: trust.id, retired: false }).retired).toBe(false);
    expect(a.call('archive.history', { entityType: 'theme', entityId: trust.id }).map((h) => h.action)).toEqual(['restore', 'retire', 'create']);
  });
});
