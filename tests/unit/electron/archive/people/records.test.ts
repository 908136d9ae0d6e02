import { describe, expect, it } from 'vitest';
import { owner, testArchive } from '../../../helpers';

describe('people, places and hearings', () => {
  it('creates, edits and lists people with names in any script, sorted without regard to accents', () => {
    const { call } = testArchive();
    for (const name of ['Мирошниченко Олена', 'Ñandú, Rosa', 'Nieuwoudt, Johanna', 'Ngcobo, Sipho', 'Ábrahám, Éva', 'عبد الله']) {
      call('people.create', { data: { name } });
    }
    const names = call('people.list', {}).items.map((p) => p.name);
    expect(names.slice(0, 5)).toEqual(['Ábrahám, Éva', 'Ñandú, Rosa', 'Ngcobo, Sipho', 'Nieuwoudt, Johanna', 'Мирошниченко Олена']);
    expect(call('people.list', { text: 'MIРОШ'.toLowerCase() }).total).toBe(0);
    expect(call('people.list', { text: 'мирош' }).total).toBe(1);
    expect(call('people.list', { text: 'nandu' }).items[0]?.name).toBe('Ñandú, Rosa');
  });

  it('validates people and keeps the record on a bad edit', () => {
    const { call, router } = testArchive();
    const p = call('people.create', { data: { name: 'Rosa Ñandú', birthYear: 1950, consentToBeNamed: true } });
    expect(router.call(owner, 'people.create', { data: { name: ' ' } })).toMatchObject({ ok: false, error: { field: 'name' } });
    expect(router.call(owner, 'people.update', { id: p.id, expectedVersion: 1, data: { name: 'Rosa', birthYear: 3000 } })).toMatchObject({ ok: false, error: { field: 'birthYear' } });
    expect(call('people.get', { id: p.id })).toMatchObject({ name: 'Rosa Ñandú', birthYear: 1950, version: 1 });
  });

  it('validates coordinates and refuses a place inside itself', () => {
    const { call, router } = testArchive();
    expect(router.call(owner, 'places.create', { data: { name: 'X', latitude: 91, longitude: 0 } })).toMatchObject({ ok: false, error: { field: 'latitude' } });
    expect(router.call(owner, 'places.create', { data: { name: 'X', latitude: 10, longitude: null } })).toMatchObject({ ok: false, error: { field: 'longitude' } });
    const county = call('places.create', { data: { name: 'Marrow County', type: 'county' } });
    const town = call('places.create', { data: { name: 'Eastside', type: 'neighbourhood', parentId: county.id } });
    expect(town.parentName).toBe('Marrow County');
    expect(router.call(owner, 'places.update', { id: county.id, expectedVersion: 1, data: { name: 'Marrow County', type: 'county', parentId: town.id } })).toMatchObject({
      ok: false,
      error: { field: 'parentId' },
    });
  });

  it('links hearings to places and participants, and audits edits', () => {
    const { call } = testArchive();
    const place = call('places.create', { data: { name: 'St Mark’s Hall', type: 'building' } });
    const a = call('people.create', { data: { name: 'Commissioner Abara' } });
    const b = call('people.create', { data: { name: 'Sipho Ngcobo' } });
    const h = call('hearings.create', { data: { title: 'Community forum on policing', type: 'community_forum', date: '1999-05', placeId: place.id, participantIds: [a.id, b.id] } });
    expect(h).toMatchObject({ placeName: 'St Mark’s Hall', dateStart: '1999-05-01', participants: [{ name: 'Commissioner Abara' }, { name: 'Sipho Ngcobo' }] });
    const edited = call('hearings.update', { id: h.id, expectedVersion: 1, data: { ...h, participantIds: [b.id], outcomes: 'Agreed to meet again.' } });
    expect(edited.participantIds).toEqual([b.id]);
    const history = call('archive.history', { entityType: 'hearing', entityId: h.id });
    expect(history[0]?.changes.map((c) => c.field).sort()).toEqual(['outcomes', 'participantIds']);
  });
});
