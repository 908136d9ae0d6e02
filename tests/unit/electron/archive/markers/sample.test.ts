import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCtx } from '../../../../../electron/archive/context';
import { loadSampleMarkers, type SampleKeys } from '../../../../../electron/archive/sample/markers';
import { owner, tempDir, testArchive } from '../../../helpers';
import { png } from '../files/pictures';
import { markerArchive } from './setup';

/** A sample folder of our own, so these tests do not follow edits to the shipped sample. */
function fixture(markers: unknown): string {
  const dir = tempDir('tessera-sample-');
  mkdirSync(path.join(dir, 'photos'));
  writeFileSync(path.join(dir, 'photos', 'front.png'), png(40, 30));
  if (markers !== undefined) writeFileSync(path.join(dir, 'markers.json'), typeof markers === 'string' ? markers : JSON.stringify(markers));
  return dir;
}

function loader(a: ReturnType<typeof markerArchive>) {
  const open = a.workspace.current();
  if (!open) throw new Error('no archive');
  const keys: SampleKeys = {
    places: new Map([['pl-street', a.street.id]]),
    people: new Map([['p-nandu', a.named.id]]),
    hearings: new Map([['h-1', a.hearing.id]]),
    testimonies: new Map([['001', a.testimony.id]]),
  };
  return (dir: string) => open.db.transaction(() => loadSampleMarkers(createCtx(open, owner, 'archive.loadSample'), dir, keys))();
}

const JAIL = {
  key: 'm-jail',
  ref: 'M-005',
  title: 'Those Who Died in the Marrow County Jail',
  type: 'monument',
  placeKey: 'pl-street',
  latitude: 39.3716,
  longitude: -85.0808,
  sponsors: ['Calder Bar Association'],
  honoureeKeys: ['p-nandu'],
  testimonyKeys: ['001'],
  hearingKeys: ['h-1'],
  proposedOn: '2002-07-22',
  inscriptions: [{ text: 'First draft' }, { text: 'IN MEMORY …\nПам’яті', approvedBy: 'Ifeoma Abara', approvedOn: '2004-11-30' }],
  history: [
    { to: 'approved', date: '2004-11-30', note: 'Approved.' },
    { to: 'fabricated', date: '2005-10-14' },
    { to: 'installed', date: '2006-01-20' },
    { to: 'dedicated', date: '2006-02-03' },
    { to: 'damaged', date: '2007-03-18', note: 'Red paint.' },
  ],
  photos: [{ file: 'photos/front.png', caption: 'The memorial', credit: 'Staff' }],
};

describe('the sample loader for markers', () => {
  it('creates each marker through the services: record, inscription versions, history, photos', () => {
    const a = markerArchive();
    expect(loader(a)(fixture([JAIL, { key: 'm-2', title: 'Proposed only', proposedOn: '2005-09-02' }]))).toBe(2);
    const [jail, second] = a.call('markers.list', {}).items;
    expect(second).toMatchObject({ ref: 'M-006', status: 'proposed', statusDate: '2005-09-02' });
    const m = a.call('markers.get', { id: jail!.id });
    expect(m).toMatchObject({ ref: 'M-005', status: 'damaged', placeName: 'Foundry Street', honourees: [{ name: 'Aurelio Ñandú' }], testimonies: [{ id: a.testimony.id }], hearings: [{ id: a.hearing.id }] });
    expect(m.inscriptions.map((v) => [v.version, v.state])).toEqual([[2, 'approved'], [1, 'draft']]);
    expect(m.approvedInscription).toMatchObject({ text: 'IN MEMORY …\nПам’яті', approvedBy: 'Ifeoma Abara', approvedOn: '2004-11-30' });
    expect(m.history.map((e) => e.to)).toEqual(['proposed', 'approved', 'fabricated', 'installed', 'dedicated', 'damaged']);
    expect(m.photos).toEqual([expect.objectContaining({ fileName: 'front.png', width: 40, height: 30, caption: 'The memorial', credit: 'Staff' })]);
    expect(a.call('archive.history', { entityType: 'marker', entityId: m.id }).length).toBeGreaterThan(5);
  });

  it('does nothing when there is no markers.json', () => {
    const a = markerArchive();
    expect(loader(a)(fixture(undefined))).toBe(0);
  });

  it.each([
    ['not JSON', '[{', /markers\.json cannot be read/],
    ['not a list', '{"key":"x"}', /markers\.json is not valid/],
    ['an unknown place', [{ ...JAIL, placeKey: 'pl-nowhere' }], /Sample marker m-jail refers to an unknown place "pl-nowhere"/],
    ['an unknown testimony', [{ ...JAIL, testimonyKeys: ['999'] }], /unknown testimonie?s? "999"/],
    ['a bad coordinate', [{ ...JAIL, latitude: 200 }], /Sample marker m-jail is not valid: latitude/],
    ['a skipped step', [{ ...JAIL, history: [{ to: 'installed', date: '2004-01-01' }] }], /Sample marker M-005 \(installed on 2004-01-01\): A proposed marker cannot become installed/],
    ['a missing photo', [{ ...JAIL, photos: [{ file: 'photos/gone.png' }] }], /Sample marker M-005 photo photos\/gone\.png: There is no file/],
    ['a photo outside the folder', [{ ...JAIL, photos: [{ file: '../../etc/passwd' }] }], /lies outside the sample folder/],
    ['half an approval', [{ ...JAIL, inscriptions: [{ text: 'x', approvedBy: 'A' }] }], /needs both approvedBy and approvedOn/],
  ])('stops with a message naming the marker for %s', (_, markers, message) => {
    const a = markerArchive();
    expect(() => loader(a)(fixture(markers))).toThrow(message);
    expect(a.call('markers.list', {}).total).toBe(0);
  });
});

describe('the shipped sample archive', () => {
  it('loads its markers at different stages, one with a non-Latin inscription line and one with photos', () => {
    const { call } = testArchive();
    call('archive.loadSample', {});
    const rows = call('markers.list', {}).items;
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThanOrEqual(4);
    const full = rows.map((r) => call('markers.get', { id: r.id }));
    expect(full.some((m) => m.inscriptions.some((v) => /\p{Script=Cyrillic}/u.test(v.text)))).toBe(true);
    expect(full.some((m) => m.photos.length > 0)).toBe(true);
  });
});
