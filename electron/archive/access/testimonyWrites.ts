import type { Database } from 'better-sqlite3';
import { ACCESS_CHANGE_REFUSED, maySetAccess, SEALED_CREATE_REFUSED } from '../../../shared/model/access';
import type { Role } from '../../../shared/model/enums';
import type { TestimonyData } from '../../../shared/model/testimony';
import { ArchiveError } from '../db/errors';
import { readTestimony } from '../testimonies/queries';

/**
 * What a role may do to a testimony's access (issue 8): cataloguers create and edit testimony but
 * may not choose its access level or embargo — an archivist does. They may file a new testimony
 * at any level short of sealed (and with an embargo, which only narrows who reads it), and may not
 * touch a testimony they cannot read at all.
 */

/** Refuses a new testimony a cataloguer would file as sealed. */
export function checkNewTestimony(role: Role, data: Pick<TestimonyData, 'accessLevel'>): void {
  if (!maySetAccess(role) && data.accessLevel === 'sealed') throw new ArchiveError('forbidden', SEALED_CREATE_REFUSED, 'accessLevel');
}

/**
 * The testimony about to be changed, when the role may read it (else "not available") and the
 * change keeps its access level and embargo unless the role may set them (else "forbidden").
 */
export function checkTestimonyChange(db: Database, role: Role, id: string, data?: Pick<TestimonyData, 'accessLevel' | 'embargoUntil'>): void {
  const before = readTestimony(db, role, { id });
  if (!data || maySetAccess(role)) return;
  if (data.accessLevel !== before.accessLevel) throw new ArchiveError('forbidden', ACCESS_CHANGE_REFUSED, 'accessLevel');
  if (data.embargoUntil !== before.embargoUntil) throw new ArchiveError('forbidden', ACCESS_CHANGE_REFUSED, 'embargoUntil');
}
