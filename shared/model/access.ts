import type { AccessLevel, Role } from './enums';

/**
 * Who reads which testimonies (issue 8), for a record in memory. The same rule as SQL lives in
 * electron/archive/access/readable.ts; every read path of the engine uses one or the other.
 *  - administrator, archivist, commissioner: every access level;
 *  - cataloguer: public, restricted and confidential, never sealed;
 *  - researcher: public and restricted only, and only while the testimony is not withdrawn, its
 *    embargo has ended (the embargo date is the first day it may be read, as for publishing) and
 *    its consent grants research access and has not been withdrawn.
 */

export const READABLE_LEVELS: Readonly<Record<Role, readonly AccessLevel[]>> = {
  administrator: ['public', 'restricted', 'confidential', 'sealed'],
  archivist: ['public', 'restricted', 'confidential', 'sealed'],
  commissioner: ['public', 'restricted', 'confidential', 'sealed'],
  cataloguer: ['public', 'restricted', 'confidential'],
  researcher: ['public', 'restricted'],
};

/** Roles whose reading also depends on withdrawal, embargo and research consent. */
export function readsOnlyResearchable(role: Role): boolean {
  return role === 'researcher';
}

export interface AccessFacts {
  withdrawn: boolean;
  accessLevel: string;
  embargoUntil: string | null;
  consent: { researchAccess: boolean; withdrawnOn: string };
}

/** Today as YYYY-MM-DD in UTC, the day an embargo is compared against (as publish/policy.ts does). */
export function accessDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whether a person of this role may read this testimony (its catalogue entry, transcript, passages and history). */
export function mayRead(role: Role, t: AccessFacts, day: string = accessDay()): boolean {
  if (!(READABLE_LEVELS[role] as readonly string[]).includes(t.accessLevel)) return false;
  if (!readsOnlyResearchable(role)) return true;
  return !t.withdrawn && (t.embargoUntil === null || t.embargoUntil <= day) && t.consent.researchAccess && t.consent.withdrawnOn === '';
}

/** Whether a role may choose a testimony's access level and embargo (cataloguers may not). */
export function maySetAccess(role: Role): boolean {
  return role === 'administrator' || role === 'archivist';
}

/**
 * Whether a role may export in the full (unpublished) scope. Cataloguers may not (the issue's
 * words); a researcher's full-scope export holds only what they may read anyway.
 */
export function mayExportFull(role: Role): boolean {
  return role !== 'cataloguer';
}

/** The answer for a testimony the caller may not read: it does not confirm the record exists. */
export const NOT_AVAILABLE = 'No testimony with that id is available to you.';
/** Shown in place of evidence (a quote, a reference) from a testimony the caller may not read. */
export const NOT_AVAILABLE_TO_ROLE = 'Not available to your role';
export const ACCESS_CHANGE_REFUSED = 'Only an archivist may change a testimony’s access level or embargo. Ask an archivist to make this change; nothing was saved.';
export const SEALED_CREATE_REFUSED = 'Only an archivist may file a testimony as sealed. Choose another access level and ask an archivist to seal it; nothing was saved.';
export const FULL_EXPORT_REFUSED = 'Your role may export only the public scope. Ask an archivist for a full export; nothing was written.';
