import { describe, expect, it } from 'vitest';
import { distanceText, locatorCaption, locatorLabels, locatorLayout, shortLabel, type LocatorLabel, type LocatorPoint } from '../../../../../../../shared/model/locator';
import type { InscriptionVersion, MarkerPhoto, MarkerRow } from '../../../../../../../shared/model/markers';
import { publicName } from '../../../../../../../shared/model/publicName';
import { editorStart, latestDraft, lengthNote } from '../../../../../../../renderer/src/features/markers/model/inscription';
import { statusActionLabel } from '../../../../../../../renderer/src/features/markers/model/labels';
import { filterSearch, isFiltered, readMarkerQuery, writeMarkerQuery } from '../../../../../../../renderer/src/features/markers/model/listQuery';
import { movedPosition, orderedPhotos } from '../../../../../../../renderer/src/features/markers/model/photos';
import { groupRegister, NO_PLACE, readGrouping } from '../../../../../../../renderer/src/features/markers/model/register';
import { todayUtc } from '../../../../../../../renderer/src/features/shared/model/today';

const row = (ref: string, over: Partial<MarkerRow> = {}): MarkerRow => ({
  id: `id-${ref}`,
  ref,
  title: `Marker ${ref}`,
  type: 'plaque',
  status: 'proposed',
  placeId: null,
  placeName: null,
  latitude: null,
  longitude: null,
  dedicationDate: '',
  hasApprovedInscription: false,
  photoCount: 0,
  statusDate: '2024-01-01',
  ...over,
});

const version = (n: number, state: InscriptionVersion['state'], text: string): InscriptionVersion => ({
  id: `v${n}`,
  version: n,
  text,
  state,
  createdAt: '2024-01-01T00:00:00Z',
  createdBy: 'A. Cataloguer',
  approvedBy: state === 'approved' ? 'Chair' : null,
  approvedOn: state === 'approved' ? '2024-02-01' : null,
  recordedBy: null,
});

const photo = (id: string, position: number): MarkerPhoto => ({ id, sha256: id.padEnd(64, '0'), fileName: `${id}.png`, mediaType: 'image/png', bytes: 10, width: 1, height: 1, caption: '', credit: '', position });

describe('the list filter in the URL', () => {
  it('reads back what it writes, keeping the open tab', () => {
    const q = { text: 'Riverside ', statuses: ['approved', 'proposed'] as const, types: ['plaque'] as const, placeId: 'p1' };
    const written = writeMarkerQuery({ ...q, statuses: [...q.statuses], types: [...q.types] }, new URLSearchParams('tab=status&by=status'));
    expect(written.get('tab')).toBe('status');
    expect(written.has('by')).toBe(false);
    const read = readMarkerQuery(written);
    // Statuses come back in workflow order, whatever order the URL had.
    expect(read).toEqual({ text: 'Riverside ', statuses: ['proposed', 'approved'], types: ['plaque'], placeId: 'p1' });
    expect(isFiltered(read)).toBe(true);
  });

  it('drops values that are not statuses or types, and an empty place', () => {
    const read = readMarkerQuery(new URLSearchParams('status=burnt&status=dedicated&type=statue&place=&text='));
    expect(read).toEqual({ text: '', statuses: ['dedicated'], types: [], placeId: null });
  });

  it('an empty filter writes an empty query and is not filtered', () => {
    const empty = readMarkerQuery(new URLSearchParams(''));
    expect(isFiltered(empty)).toBe(false);
    expect(writeMarkerQuery(empty).toString()).toBe('');
    expect(isFiltered({ ...empty, text: '   ' })).toBe(false);
  });

  it('carries only the filter to the register', () => {
    expect(filterSearch(new URLSearchParams('status=installed&tab=photos'))).toBe('?status=installed');
    expect(filterSearch(new URLSearchParams('tab=photos'))).toBe('');
  });
});

describe('the register groups', () => {
  const rows = [
    row('M-001', { placeId: 'b', placeName: 'Bridgetown', status: 'dedicated' }),
    row('M-002', { status: 'proposed' }),
    row('M-003', { placeId: 'a', placeName: 'Ashford', status: 'installed' }),
    row('M-004', { placeId: 'b', placeName: 'Bridgetown', status: 'proposed' }),
    row('M-005', { placeId: 'c', placeName: 'Šabac', status: 'damaged' }),
  ];

  it('by place: alphabetically, markers without a place last, rows in the order given', () => {
    const groups = groupRegister(rows, 'place');
    expect(groups.map((g) => g.heading)).toEqual(['Ashford', 'Bridgetown', 'Šabac', NO_PLACE]);
    expect(groups[1]!.rows.map((r) => r.ref)).toEqual(['M-001', 'M-004']);
    expect(groups[3]!.rows.map((r) => r.ref)).toEqual(['M-002']);
  });

  it('by status: in workflow order, empty statuses left out', () => {
    const groups = groupRegister(rows, 'status');
    expect(groups.map((g) => g.heading)).toEqual(['Proposed', 'Installed', 'Dedicated', 'Damaged']);
    expect(groups[0]!.rows.map((r) => r.ref)).toEqual(['M-002', 'M-004']);
  });

  it('nothing to group gives no groups', () => {
    expect(groupRegister([], 'place')).toEqual([]);
    expect(groupRegister([], 'status')).toEqual([]);
  });

  it('reads the grouping from the URL, place unless it says status', () => {
    expect(readGrouping('status')).toBe('status');
    expect(readGrouping(null)).toBe('place');
    expect(readGrouping('<script>')).toBe('place');
  });
});

describe('the inscription editor', () => {
  it('starts from the newest draft, else the approved text, else nothing', () => {
    const approved = version(1, 'approved', 'HERE STOOD');
    expect(editorStart([version(2, 'draft', 'HERE STOOD THE'), approved], approved)).toBe('HERE STOOD THE');
    expect(latestDraft([version(2, 'draft', 'x'), approved])?.version).toBe(2);
    expect(editorStart([approved], approved)).toBe('HERE STOOD');
    expect(latestDraft([approved, version(0, 'superseded', 'old')])).toBeNull();
    expect(editorStart([], null)).toBe('');
  });

  it('counts characters against the limit', () => {
    expect(lengthNote('Тут стояла школа', 4000)).toBe(`16 of ${(4000).toLocaleString()} characters`);
  });
});

describe('photos in order', () => {
  const photos = [photo('c', 2), photo('a', 0), photo('b', 1)];

  it('sorts by position without changing the input', () => {
    expect(orderedPhotos(photos).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(photos.map((p) => p.id)).toEqual(['c', 'a', 'b']);
  });

  it('moves one step, and not past either end', () => {
    expect(movedPosition(photos, 'b', -1)).toBe(0);
    expect(movedPosition(photos, 'b', 1)).toBe(2);
    expect(movedPosition(photos, 'a', -1)).toBeNull();
    expect(movedPosition(photos, 'c', 1)).toBeNull();
    expect(movedPosition(photos, 'gone', 1)).toBeNull();
  });
});

describe('names and words', () => {
  it('a public sheet prints the name only with consent, else the pseudonym, else a phrase', () => {
    expect(publicName({ name: 'Nomvula Dlamini', pseudonym: 'N.D.', consentToBeNamed: true })).toBe('Nomvula Dlamini');
    expect(publicName({ name: 'Nomvula Dlamini', pseudonym: 'N.D.', consentToBeNamed: false })).toBe('N.D.');
    expect(publicName({ name: 'Олена Коваль', pseudonym: '   ', consentToBeNamed: false })).toBe('A narrator (name withheld)');
  });

  it('names each workflow step as a button', () => {
    expect(statusActionLabel('approved', 'proposed')).toBe('Mark as approved…');
    expect(statusActionLabel('damaged', 'installed')).toBe('Report damaged…');
    expect(statusActionLabel('dedicated', 'damaged')).toBe('Mark as repaired (dedicated)…');
    expect(statusActionLabel('installed', 'missing')).toBe('Mark as found (installed)…');
  });

  it("today's date is the UTC day, the one the engine checks dates against", () => {
    expect(todayUtc(new Date(Date.UTC(2024, 0, 5, 23, 59)))).toBe('2024-01-05');
    expect(todayUtc(new Date('2024-01-06T01:30:00+03:00'))).toBe('2024-01-05');
    expect(todayUtc(new Date(Date.UTC(1999, 11, 31, 0, 0)))).toBe('1999-12-31');
  });
});

describe('locator labels and caption (shared by the marker page and the record sheet)', () => {
  const style = { size: { marker: 12, place: 11 }, radius: { marker: 8, place: 4.5 } };
  const pt = (x: number, y: number, label: string, kind: 'marker' | 'place' = 'place', km = 1): LocatorPoint => ({ x, y, label, kind, km: kind === 'marker' ? 0 : km });
  const layoutOf = (points: LocatorPoint[]) => ({ width: 340, height: 200, points, scale: { length: 50, label: '1 km' } });
  const box = (l: LocatorLabel, size: number) => {
    const w = l.text.length * size * 0.58;
    const x0 = l.align === 'left' ? l.x : l.align === 'right' ? l.x - w : l.x - w / 2;
    return { x0, x1: x0 + w, y0: l.y, y1: l.y + size * 1.25 };
  };

  it('never overlap each other or a point: a crowded label moves aside or is left out, the marker’s first', () => {
    const points = [pt(170, 100, 'Stoneford'), pt(172, 101, 'Stoneford Crossroads'), pt(170, 100, 'M-001', 'marker')];
    const labels = locatorLabels(layoutOf(points), style);
    expect(labels[2]).not.toBeNull();
    const boxes = labels.flatMap((l, i) => (l ? [box(l, style.size[points[i]!.kind])] : []));
    const dots = points.map((p) => ({ x0: p.x - style.radius[p.kind], x1: p.x + style.radius[p.kind], y0: p.y - style.radius[p.kind], y1: p.y + style.radius[p.kind] }));
    const hit = (a: (typeof boxes)[number], b: (typeof boxes)[number]) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    for (let i = 0; i < boxes.length; i++) {
      for (const d of dots) expect(hit(boxes[i]!, d)).toBe(false);
      for (let j = i + 1; j < boxes.length; j++) expect(hit(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it('keeps labels inside the frame and clear of reserved areas, and shortens long names', () => {
    const [l] = locatorLabels(layoutOf([pt(330, 100, 'Calder Police Department, Third Precinct Station House')]), style);
    expect(l?.align).toBe('right');
    expect(l?.text).toBe('Calder Police Departmen…');
    expect(shortLabel('Šabac', 24)).toBe('Šabac');
    // Right, left and above are taken: the label goes below its point.
    const [below] = locatorLabels(layoutOf([pt(100, 100, 'Riverside')]), { ...style, reserved: [{ x0: 0, y0: 0, x1: 340, y1: 94 }, { x0: 105, y0: 92, x1: 340, y1: 106 }, { x0: 0, y0: 92, x1: 95, y1: 106 }] });
    expect(below).toMatchObject({ align: 'center', y: 106.5 });
  });

  it('says the distances in the caption the page and the PDF both print', () => {
    const layout = locatorLayout({ label: 'M-001', latitude: 39.4352, longitude: -85.2261 }, [
      { name: 'Calder', latitude: 39.4352, longitude: -85.2 },
      { name: 'Sawyer Road', latitude: 39.4382, longitude: -85.2261 },
    ]);
    expect(locatorCaption(layout)).toBe('Nearest places in the archive: Sawyer Road (334 m), Calder (2.2 km). Drawn from the archive’s own places, not a street map.');
    expect(locatorCaption(locatorLayout({ label: 'M-001', latitude: 0, longitude: 0 }, []))).toBe('No other place in the archive has coordinates to draw the marker among.');
    expect([0.05, 1, 3.04, 9.96, 12.4].map(distanceText)).toEqual(['50 m', '1 km', '3 km', '10 km', '12 km']);
  });
});
