import { describe, expect, it } from 'vitest';
import type { Marker } from '../../../../../../shared/model/markers';
import { markerWithholder, publicMarker } from '../../../../../../electron/archive/publish/publicMarker';
import type { NameFacts } from '../../../../../../electron/archive/publish/publicTestimony';

/** Everyone in the archive: the honourees, and two people who are not honourees. */
const people: NameFacts[] = [
  { id: 'p1', name: 'Ana Robles', otherNames: ['Anita R. Vance'], pseudonym: 'Witness Z', consentToBeNamed: false },
  { id: 'p2', name: 'Tomás Ñandú', otherNames: [], pseudonym: '', consentToBeNamed: true },
  { id: 'p3', name: 'Pieter Olwage', otherNames: [], pseudonym: '', consentToBeNamed: false },
  { id: 'p4', name: 'Bartholomew Quaye', otherNames: ['Bart the Smith'], pseudonym: 'Witness K', consentToBeNamed: false },
];
const withhold = markerWithholder(people);

const version = (n: number, state: 'draft' | 'approved' | 'superseded') => ({
  id: `v${n}`,
  version: n,
  text: `Text ${n}`,
  state,
  createdAt: '2003-01-01T00:00:00Z',
  createdBy: 'Owner',
  approvedBy: state === 'approved' ? 'Ifeoma Abara' : null,
  approvedOn: state === 'approved' ? '2003-03-21' : null,
  recordedBy: null,
});

function marker(over: Partial<Marker> = {}): Marker {
  return {
    id: 'm1',
    ref: 'M-001',
    title: 'The oak',
    subtitle: '',
    type: 'historical_marker',
    status: 'dedicated',
    address: '',
    placeId: null,
    placeName: null,
    latitude: null,
    longitude: null,
    directions: 'Ask Ana Robles at the farm.',
    erectedBy: '',
    sponsors: [],
    dedicationDate: '',
    ceremonyNotes: 'Ana Robles and Tomás Ñandú unveiled it.',
    honourees: [
      { id: 'p1', name: 'Ana Robles', pseudonym: 'Witness Z', consentToBeNamed: false },
      { id: 'p2', name: 'Tomás Ñandú', pseudonym: '', consentToBeNamed: true },
      { id: 'p3', name: 'Pieter Olwage', pseudonym: '', consentToBeNamed: false },
    ],
    testimonies: [
      { id: 't1', ref: 'T-1', title: 'Open', accessLevel: 'public', publishable: true },
      { id: 't2', ref: 'T-2', title: 'Sealed', accessLevel: 'sealed', publishable: false },
      { id: 't3', ref: 'T-3', title: 'Public but no consent', accessLevel: 'public', publishable: false },
    ],
    hearings: [
      { id: 'h1', title: 'Public hearing', date: '2001', type: 'public_hearing' },
      { id: 'h2', title: 'Private session', date: '2001', type: 'private_session' },
    ],
    notes: 'Budget overrun.',
    inscriptions: [version(3, 'draft'), version(2, 'approved'), version(1, 'superseded')],
    approvedInscription: version(2, 'approved'),
    history: [{ id: 'e1', from: null, to: 'proposed', date: '2002-01-01', note: 'Proposed by Ana Robles.', by: 'Owner', recordedAt: '2002-01-01T00:00:00Z' }],
    photos: [{ id: 'ph', sha256: 'a'.repeat(64), fileName: 'x.png', mediaType: 'image/png', bytes: 1, width: 1, height: 1, caption: 'Pieter Olwage at the oak', credit: 'L. Bishop', position: 0 }],
    createdAt: '',
    updatedAt: '',
    version: 1,
    ...over,
  };
}

describe('the public form of a marker', () => {
  it('keeps only what may be published', () => {
    const p = publicMarker(marker(), withhold);
    expect(p.honourees.map((h) => h.name)).toEqual(['Witness Z', 'Tomás Ñandú', 'Name withheld']);
    expect(p.testimonies.map((t) => t.ref)).toEqual(['T-1']);
    expect(p.hearings.map((h) => h.title)).toEqual(['Public hearing']);
    expect(p.notes).toBe('');
    expect(p.inscriptions.map((v) => v.version)).toEqual([2]);
    expect(p.approvedInscription?.version).toBe(2);
  });

  it('withholds unconsented honourees’ names from the text written about the marker', () => {
    const p = publicMarker(marker(), withhold);
    const text = JSON.stringify(p);
    expect(text).not.toContain('Ana Robles');
    expect(text).not.toContain('Pieter Olwage');
    expect(p.ceremonyNotes).toBe('Witness Z and Tomás Ñandú unveiled it.');
    expect(p.directions).toBe('Ask Witness Z at the farm.');
    expect(p.photos[0]?.caption).toBe('Name withheld at the oak');
  });

  it('withholds everyone without consent (honouree or not, by any other name) from every free text, but not the approved inscription', () => {
    const approved = { ...version(2, 'approved'), text: 'ANA ROBLES 1930 – 1957', approvedBy: 'Bartholomew Quaye' };
    const p = publicMarker(
      marker({
        title: 'Where Bartholomew Quaye stood',
        subtitle: 'Remembered by Bart the Smith',
        address: 'Anita R. Vance farm, Sawyer Road',
        erectedBy: 'The family of Bartholomew Quaye',
        sponsors: ['Bart the Smith and sons', 'Remembrance Coalition'],
        testimonies: [{ id: 't1', ref: 'T-1', title: 'Statement of Bartholomew Quaye', accessLevel: 'public', publishable: true }],
        hearings: [{ id: 'h1', title: 'Hearing on Anita R. Vance', date: '2001', type: 'public_hearing' }],
        photos: [{ id: 'ph', sha256: 'a'.repeat(64), fileName: 'x.png', mediaType: 'image/png', bytes: 1, width: 1, height: 1, caption: 'At the oak', credit: 'Photo by Bart the Smith', position: 0 }],
        inscriptions: [approved],
        approvedInscription: approved,
      }),
      withhold,
    );
    const { approvedInscription, inscriptions, ...rest } = p;
    const text = JSON.stringify(rest);
    for (const secret of ['Bartholomew Quaye', 'Bart the Smith', 'Anita R. Vance', 'Ana Robles', 'Pieter Olwage']) expect(text).not.toContain(secret);
    expect(p.title).toBe('Where Witness K stood');
    expect(p.subtitle).toBe('Remembered by Witness K');
    expect(p.address).toBe('Witness Z farm, Sawyer Road');
    expect(p.erectedBy).toBe('The family of Witness K');
    expect(p.sponsors).toEqual(['Witness K and sons', 'Remembrance Coalition']);
    expect(p.testimonies[0]?.title).toBe('Statement of Witness K');
    expect(p.hearings[0]?.title).toBe('Hearing on Witness Z');
    expect(p.photos[0]?.credit).toBe('Photo by Witness K');
    // The inscription was approved for public display: printed exactly as approved.
    expect(approvedInscription?.text).toBe('ANA ROBLES 1930 – 1957');
    expect(inscriptions[0]?.text).toBe('ANA ROBLES 1930 – 1957');
    expect(approvedInscription?.approvedBy).toBe('Witness K');
  });

  it('prints the status history without its notes', () => {
    const p = publicMarker(marker(), withhold);
    expect(p.history).toHaveLength(1);
    expect(p.history[0]).toMatchObject({ to: 'proposed', date: '2002-01-01', note: '' });
  });

  it('keeps no draft when nothing is approved', () => {
    const p = publicMarker(marker({ inscriptions: [version(1, 'draft')], approvedInscription: null }), withhold);
    expect(p.inscriptions).toEqual([]);
    expect(p.approvedInscription).toBeNull();
  });
});
