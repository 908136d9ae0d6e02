import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Input, MethodName } from '../../../../../shared/api';
import type { Session } from '../../../../../electron/archive/context';
import { owner, tempDir, testArchive } from '../../../helpers';

export const researcher: Session = { user: { name: 'Rhea Researcher', role: 'researcher' } };
export const commissioner: Session = { user: { name: 'Cato Commissioner', role: 'commissioner' } };

/** An archive with a small place tree, two people, a hearing and a testimony to link markers to. */
export function markerArchive() {
  const a = testArchive();
  const county = a.call('places.create', { data: { name: 'Marrow County', type: 'county' } });
  const town = a.call('places.create', { data: { name: 'Calder', type: 'city', parentId: county.id } });
  const street = a.call('places.create', { data: { name: 'Foundry Street', type: 'street', parentId: town.id } });
  const elsewhere = a.call('places.create', { data: { name: 'Halvering', type: 'town' } });
  const named = a.call('people.create', { data: { name: 'Aurelio Ñandú', consentToBeNamed: true } });
  const unnamed = a.call('people.create', { data: { name: 'Emeka Okafor', pseudonym: 'E. O.', consentToBeNamed: false } });
  const hearing = a.call('hearings.create', { data: { title: 'First public hearing', type: 'public_hearing', date: '2001-03-14' } });
  const testimony = a.call('testimonies.create', { data: { title: 'A statement', type: 'audio', accessLevel: 'public', consent: { publicRelease: true } } });
  const sealed = a.call('testimonies.create', { data: { title: 'A sealed statement', type: 'audio', accessLevel: 'sealed' } });
  const outside = tempDir('tessera-photos-');
  /** Writes a file outside the archive and gives its whole path. */
  const file = (name: string, bytes: Buffer) => {
    const p = path.join(outside, name);
    writeFileSync(p, bytes);
    return p;
  };
  /** The error a call is refused with (the call must be refused). */
  const refused = <M extends MethodName>(method: M, input: Input<M>, session: Session = owner) => {
    const r = a.router.call(session, method, input);
    if (r.ok) throw new Error(`${method} was accepted`);
    return r.error;
  };
  const db = (): Database => {
    const open = a.workspace.current();
    if (!open) throw new Error('no archive open');
    return open.db;
  };
  return { ...a, county, town, street, elsewhere, named, unnamed, hearing, testimony, sealed, outside, file, refused, db };
}
