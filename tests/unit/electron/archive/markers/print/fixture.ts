import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Job } from '../../../../../../shared/api/jobs';
import { markerData } from '../../../../../../shared/model/markers';
import { jobsFor } from '../../../../../../electron/archive/jobs/registry';
import { tempDir, testArchive } from '../../../../helpers';
import { png } from '../../files/pictures';

/** Names and titles that must never reach a public sheet: if one does, a test fails on it. */
export const SECRET = {
  unconsented: 'Mirela Zamfirescu',
  sealedRef: 'SEALED-REF-9931',
  sealedTitle: 'Quillwort sealed statement',
  note: 'Internal note about Fennimore budget',
  draft: 'Superseded draft wording Lindqvist',
  privateHearing: 'Closed session with Ostrander',
  /** In the archive without consent, but not an honouree of any marker. */
  bystander: 'Hollis Brandvold',
  /** The bystander's other name. */
  alias: 'Holly Brandt',
};

/** An archive with one fully described marker (M-001) and a second, bare one (M-002). */
export function printArchive() {
  const t = testArchive();
  const calder = t.call('places.create', { data: { name: 'Calder', type: 'city', latitude: 39.41, longitude: -85.19 } });
  t.call('places.create', { data: { name: 'Stoneford', type: 'town', latitude: 39.44, longitude: -85.25 } });
  t.call('places.create', { data: { name: 'Halvering', type: 'town', latitude: 39.3, longitude: -85.05 } });
  const named = t.call('people.create', { data: { name: 'Greta Söderström', consentToBeNamed: true } });
  const unnamed = t.call('people.create', { data: { name: SECRET.unconsented, pseudonym: 'Witness Q', consentToBeNamed: false } });
  const zulu = t.call('people.create', { data: { name: 'Sipho Ngcobo', consentToBeNamed: true } });
  t.call('people.create', { data: { name: SECRET.bystander, otherNames: [SECRET.alias], pseudonym: 'Witness H', consentToBeNamed: false } });
  const open = t.call('testimonies.create', { data: { ref: 'T-0001', title: 'Statement on the oak', type: 'audio', accessLevel: 'public', consent: { publicRelease: true } } });
  const sealed = t.call('testimonies.create', { data: { ref: SECRET.sealedRef, title: SECRET.sealedTitle, type: 'audio', accessLevel: 'sealed' } });
  const hearing = t.call('hearings.create', { data: { title: 'First public hearing', type: 'public_hearing', date: '2001-03-14' } });
  const closed = t.call('hearings.create', { data: { title: SECRET.privateHearing, type: 'private_session', date: '2001-04-02' } });
  const photoFile = path.join(tempDir('tessera-print-photos-'), 'front.png');
  writeFileSync(photoFile, png(240, 160, 170));

  const m = t.call('markers.create', {
    proposedOn: '2002-06-03',
    data: {
      ref: 'M-001',
      title: 'The Sawyer Road oak',
      subtitle: 'Where Lucius Bell was killed, 1957',
      type: 'historical_marker',
      address: 'Sawyer Road, north of Stoneford',
      placeId: calder.id,
      latitude: 39.4352,
      longitude: -85.2261,
      directions: 'From the crossroads take Sawyer Road north.',
      erectedBy: 'The Commission',
      sponsors: ['Mount Zion A.M.E. Church', 'Remembrance Coalition'],
      dedicationDate: '2004-09-15',
      ceremonyNotes: `About 300 people walked to the oak; ${SECRET.unconsented} laid the first flowers.`,
      honoureeIds: [named.id, unnamed.id, zulu.id],
      testimonyIds: [open.id, sealed.id],
      hearingIds: [hearing.id, closed.id],
      notes: SECRET.note,
    },
  });
  const draft = t.call('markers.saveInscription', { id: m.id, text: SECRET.draft });
  const v2 = t.call('markers.saveInscription', { id: m.id, text: "LUCIUS BELL\n1928 – 1957\nПам'яті загиблих\nВечная память · Μνήμη" });
  void draft;
  const current = v2.inscriptions[0];
  if (!current) throw new Error('no inscription');
  t.call('markers.approveInscription', { id: m.id, versionId: current.id, approvedBy: 'Ifeoma Abara', approvedOn: '2003-03-21' });
  t.call('markers.setStatus', { id: m.id, to: 'approved', date: '2003-03-21', note: 'Approved by the full Commission.' });
  t.call('markers.setStatus', { id: m.id, to: 'fabricated', date: '2004-05-28', note: 'Cast aluminium.' });
  t.call('markers.addPhoto', { id: m.id, path: photoFile, caption: 'The marker beside the oak', credit: 'Leonard Bishop' });
  const bare = t.call('markers.create', { data: { ref: 'M-002', title: 'Kessler Pool', type: 'plaque' } });
  return { ...t, marker: m, bare, calder };
}

export type PrintArchive = ReturnType<typeof printArchive>;

/**
 * Writes the bystander's name and other name into every free text of M-001 that a public sheet
 * prints (title, subtitle, erected by, sponsors, photo credit) and links a public testimony whose
 * title holds the other name.
 */
export function nameTheBystander(t: PrintArchive): void {
  const open = t.call('testimonies.create', { data: { ref: 'T-0002', title: `Account of ${SECRET.alias}`, type: 'audio', accessLevel: 'public', consent: { publicRelease: true } } });
  const m = t.call('markers.get', { id: t.marker.id });
  const data = markerData(m);
  t.call('markers.update', {
    id: m.id,
    expectedVersion: m.version,
    data: {
      ...data,
      title: `The oak of ${SECRET.bystander}`,
      subtitle: `Kept by ${SECRET.alias} since 1960`,
      erectedBy: `The ${SECRET.bystander} family`,
      sponsors: [...data.sponsors, `${SECRET.alias} and neighbours`],
      testimonyIds: [...data.testimonyIds, open.id],
    },
  });
  const photo = m.photos[0];
  if (!photo) throw new Error('no photo');
  t.call('markers.updatePhoto', { id: m.id, photoId: photo.id, caption: photo.caption, credit: SECRET.alias, position: photo.position });
}

export function settle(t: PrintArchive, job: Job): Promise<Job> {
  const db = t.workspace.current()?.db;
  if (!db) throw new Error('no archive open');
  return jobsFor(db).settled(job.id);
}
