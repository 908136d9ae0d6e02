import { describe, expect, it } from 'vitest';
import { markerIdsFor } from '../../../../../electron/archive/markers/queries';
import { markerFilter } from '../../../../../shared/model/markers';
import { researcher, markerArchive } from './setup';

const today = () => new Date().toISOString().slice(0, 10);

describe('markers: records', () => {
  it('creates a marker proposed today, with its links, and reads it back', () => {
    const a = markerArchive();
    const m = a.call('markers.create', {
      data: {
        title: 'Those Who Died in the Marrow County Jail',
        subtitle: 'A memorial on Foundry Street',
        type: 'monument',
        address: 'Foundry Street, Calder',
        placeId: a.street.id,
        latitude: 39.3716,
        longitude: -85.0808,
        sponsors: ['Calder Bar Association'],
        dedicationDate: '2006-02-03',
        honoureeIds: [a.named.id, a.unnamed.id],
        testimonyIds: [a.sealed.id, a.testimony.id],
        hearingIds: [a.hearing.id],
        notes: 'internal',
      },
    });
    expect(m).toMatchObject({ ref: 'M-001', status: 'proposed', placeName: 'Foundry Street', version: 1, sponsors: ['Calder Bar Association'], inscriptions: [], approvedInscription: null, photos: [] });
    expect(m.history).toEqual([expect.objectContaining({ from: null, to: 'proposed', date: today(), by: 'Test Owner' })]);
    expect(m.honourees).toEqual([
      { id: a.named.id, name: 'Aurelio Ñandú', pseudonym: '', consentToBeNamed: true },
      { id: a.unnamed.id, name: 'Emeka Okafor', pseudonym: 'E. O.', consentToBeNamed: false },
    ]);
    expect(m.testimonies.map((t) => [t.title, t.accessLevel, t.publishable])).toEqual([
      ['A sealed statement', 'sealed', false],
      ['A statement', 'public', true],
    ]);
    expect(m.hearings).toEqual([{ id: a.hearing.id, title: 'First public hearing', date: '2001-03-14', type: 'public_hearing' }]);
    expect(a.call('markers.get', { id: m.id })).toEqual(m);
  });

  it('numbers markers M-001, M-002 … skipping codes typed by hand, and refuses a code in use', () => {
    const a = markerArchive();
    expect(a.call('markers.create', { data: { title: 'One' } }).ref).toBe('M-001');
    expect(a.call('markers.create', { data: { title: 'Typed', ref: 'M-002' } }).ref).toBe('M-002');
    expect(a.call('markers.create', { data: { title: 'Three' } }).ref).toBe('M-003');
    expect(a.call('markers.create', { data: { title: 'Own code', ref: 'CALDER-1' } }).ref).toBe('CALDER-1');
    expect(a.call('markers.create', { data: { title: 'Four' } }).ref).toBe('M-004');
    const e = a.refused('markers.create', { data: { title: 'Again', ref: 'm-001' } });
    expect(e).toMatchObject({ code: 'conflict', field: 'ref' });
    expect(e.message).toBe('Reference code m-001 is already used by M-001 (One). Choose another, or leave it empty to number it M-005.');
  });

  it('refuses links to records that do not exist, and the same link twice, on the field', () => {
    const a = markerArchive();
    const missing = crypto.randomUUID();
    expect(a.refused('markers.create', { data: { title: 'X', placeId: missing } })).toMatchObject({ code: 'invalid_input', field: 'placeId' });
    expect(a.refused('markers.create', { data: { title: 'X', honoureeIds: [a.named.id, missing] } })).toMatchObject({ code: 'invalid_input', field: 'honoureeIds.1' });
    expect(a.refused('markers.create', { data: { title: 'X', testimonyIds: [a.named.id] } })).toMatchObject({ code: 'invalid_input', field: 'testimonyIds.0' });
    expect(a.refused('markers.create', { data: { title: 'X', hearingIds: [a.hearing.id, a.hearing.id] } })).toMatchObject({ code: 'invalid_input', field: 'hearingIds.1', message: 'The same hearing or forum is listed twice.' });
    expect(a.refused('markers.create', { data: { title: 'X', latitude: 91, longitude: 0 } })).toMatchObject({ code: 'invalid_input', field: 'latitude' });
    expect(a.refused('markers.create', { data: { title: 'X', latitude: 10 } })).toMatchObject({ code: 'invalid_input', field: 'longitude' });
    expect(a.refused('markers.create', { data: { title: 'X' }, proposedOn: '2999-01-01' })).toMatchObject({ code: 'invalid_input', field: 'proposedOn' });
    expect(a.call('markers.list', {}).total).toBe(0);
  });

  it('saves an edit only over the version it was made from', () => {
    const a = markerArchive();
    const m = a.call('markers.create', { data: { title: 'Cutler Street Bridge', honoureeIds: [a.named.id] } });
    const edited = a.call('markers.update', { id: m.id, expectedVersion: 1, data: { title: 'Cutler Street Bridge, July 1971', ref: '', placeId: a.town.id, honoureeIds: [] } });
    expect(edited).toMatchObject({ ref: 'M-001', title: 'Cutler Street Bridge, July 1971', placeId: a.town.id, honourees: [], version: 2 });
    const stale = a.refused('markers.update', { id: m.id, expectedVersion: 1, data: { title: 'Stale' } });
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/Marker M-001 was changed by someone else.*version 2/);
    expect(a.refused('markers.get', { id: crypto.randomUUID() }).code).toBe('not_found');
  });

  it('lists by reference with filters by text, status, type and place (a place and every place under it)', () => {
    const a = markerArchive();
    const mk = (title: string, extra: Record<string, unknown> = {}) => a.call('markers.create', { data: { title, ...extra } });
    const jail = mk('County jail memorial', { type: 'monument', placeId: a.street.id, address: 'Foundry Street' });
    const church = mk('Mount Zion plaque', { type: 'plaque', placeId: a.town.id });
    const tannery = mk('Tannery gate', { type: 'memorial_site', placeId: a.elsewhere.id, subtitle: 'Робітникам біля брами' });
    const loose = mk('No place yet');
    for (let i = 0; i < 8; i++) mk(`Filler ${i}`);
    a.call('markers.saveInscription', { id: church.id, text: 'Text' });
    a.call('markers.setStatus', { id: church.id, to: 'approved', date: today() });

    const refs = (input: Parameters<typeof a.call<'markers.list'>>[1]) => a.call('markers.list', input).items.map((r) => r.title);
    expect(a.call('markers.list', {}).items.map((r) => r.ref).slice(0, 3)).toEqual(['M-001', 'M-002', 'M-003']);
    expect(refs({ placeId: a.county.id })).toEqual(['County jail memorial', 'Mount Zion plaque']);
    expect(refs({ placeId: a.town.id })).toEqual(['County jail memorial', 'Mount Zion plaque']);
    expect(refs({ placeId: a.street.id })).toEqual(['County jail memorial']);
    expect(refs({ types: ['plaque', 'memorial_site'] })).toEqual(['Mount Zion plaque', 'Tannery gate']);
    expect(refs({ statuses: ['approved'] })).toEqual(['Mount Zion plaque']);
    expect(refs({ text: 'брами' })).toEqual(['Tannery gate']);
    expect(refs({ text: 'FOUNDRY' })).toEqual(['County jail memorial']);
    expect(refs({ text: 'm-004' })).toEqual(['No place yet']);
    expect(refs({ text: '100%_' })).toEqual([]);
    const page = a.call('markers.list', { offset: 10, limit: 5 });
    expect(page.total).toBe(12);
    expect(page.items.map((r) => r.ref)).toEqual(['M-011', 'M-012']);
    const row = a.call('markers.list', { statuses: ['approved'] }).items[0];
    expect(row).toMatchObject({ id: church.id, placeName: 'Calder', status: 'approved', statusDate: today(), hasApprovedInscription: false, photoCount: 0 });
    expect(markerIdsFor(a.db(), markerFilter.parse({ placeId: a.county.id }))).toEqual([jail.id, church.id]);
    expect(markerIdsFor(a.db(), markerFilter.parse({}))).toHaveLength(12);
    expect(loose.placeId).toBeNull();
    expect(tannery.subtitle).toBe('Робітникам біля брами');
  });

  it('lets a researcher read markers but not change them', () => {
    const a = markerArchive();
    const m = a.call('markers.create', { data: { title: 'Readable' } });
    expect(a.router.call(researcher, 'markers.list', {})).toMatchObject({ ok: true, value: { total: 1 } });
    expect(a.router.call(researcher, 'markers.get', { id: m.id })).toMatchObject({ ok: true });
    expect(a.refused('markers.create', { data: { title: 'No' } }, researcher).code).toBe('forbidden');
    expect(a.refused('markers.update', { id: m.id, expectedVersion: 1, data: { title: 'No' } }, researcher).code).toBe('forbidden');
    expect(a.refused('markers.saveInscription', { id: m.id, text: 'No' }, researcher).code).toBe('forbidden');
    expect(a.refused('markers.setStatus', { id: m.id, to: 'approved', date: today() }, researcher).code).toBe('forbidden');
    expect(a.refused('markers.addPhoto', { id: m.id, path: '/dev/null' }, researcher).code).toBe('forbidden');
    expect(a.call('markers.get', { id: m.id }).version).toBe(1);
  });
});
