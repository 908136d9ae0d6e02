import { describe, expect, it } from 'vitest';
import type { Marker } from '../../../../../../shared/model/markers';
import { publicMarker } from '../../../../../../electron/archive/publish/publicMarker';

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
    const p = publicMarker(marker());
    expect(p.honourees.map((h) => h.name)).toEqual(['Witness Z', 'Tomás Ñandú', 'A narrator (name withheld)']);
    expect(p.testimonies.map((t) => t.ref)).toEqual(['T-1']);
    expect(p.hearings.map((h) => h.title)).toEqual(['Public hearing']);
    expect(p.notes).toBe('');
    expect(p.inscriptions.map((v) => v.version)).toEqual([2]);
    expect(p.approvedInscription?.version).toBe(2);
  });

  it('withholds unconsented honourees’ names from the text written about the marker', () => {
    const p = publicMarker(marker());
    const text = JSON.stringify(p);
    expect(text).not.toContain('Ana Robles');
    expect(text).not.toContain('Pieter Olwage');
    expect(p.ceremonyNotes).toBe('Witness Z and Tomás Ñandú unveiled it.');
    expect(p.directions).toBe('Ask Witness Z at the farm.');
    expect(p.history[0]?.note).toBe('Proposed by Witness Z.');
    expect(p.photos[0]?.caption).toBe('A narrator (name withheld) at the oak');
  });

  it('keeps no draft when nothing is approved', () => {
    const p = publicMarker(marker({ inscriptions: [version(1, 'draft')], approvedInscription: null }));
    expect(p.inscriptions).toEqual([]);
    expect(p.approvedInscription).toBeNull();
  });
});
