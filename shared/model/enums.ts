/** Closed vocabularies used across the archive. Labels are what people read. */

export const ACCESS_LEVELS = ['public', 'restricted', 'confidential', 'sealed'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const TESTIMONY_STATUSES = ['draft', 'catalogued', 'reviewed'] as const;
export type TestimonyStatus = (typeof TESTIMONY_STATUSES)[number];

export const TESTIMONY_TYPES = ['written_statement', 'audio', 'video', 'hearing_transcript'] as const;
export type TestimonyType = (typeof TESTIMONY_TYPES)[number];

export const LINK_ROLES = ['narrator', 'interviewer', 'interpreter'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

export const NARRATOR_ROLES = [
  'survivor',
  'family_member',
  'witness',
  'community_member',
  'officer',
  'offender',
  'expert',
] as const;
export type NarratorRole = (typeof NARRATOR_ROLES)[number];

export const CONTENT_WARNINGS = ['violence', 'sexual_violence', 'death', 'images_of_deceased'] as const;
export type ContentWarning = (typeof CONTENT_WARNINGS)[number];

export const PLACE_TYPES = [
  'country',
  'region',
  'county',
  'city',
  'town',
  'neighbourhood',
  'street',
  'building',
  'site',
  'other',
] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export const HEARING_TYPES = [
  'public_hearing',
  'community_forum',
  'private_session',
  'memorial_dedication',
] as const;
export type HearingType = (typeof HEARING_TYPES)[number];

export const CONSENT_SCOPES = [
  'recording',
  'quoting',
  'naming',
  'publicRelease',
  'researchAccess',
  'archiveTransfer',
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/**
 * Roles an account holds (issue 8). administrator: users and settings, and everything an archivist
 * may do; archivist: everything with records; cataloguer: create and edit testimony and coding,
 * but not access levels or full-scope exports; commissioner: read what access allows, and write
 * findings, recommendations and reports; researcher: read only, public and restricted records.
 */
export const ROLES = ['administrator', 'archivist', 'cataloguer', 'commissioner', 'researcher'] as const;
export type Role = (typeof ROLES)[number];

export const LABELS: Record<string, string> = {
  public: 'Public',
  restricted: 'Restricted',
  confidential: 'Confidential',
  sealed: 'Sealed',
  draft: 'Draft',
  catalogued: 'Catalogued',
  reviewed: 'Reviewed',
  written_statement: 'Written statement',
  audio: 'Audio recording',
  video: 'Video recording',
  hearing_transcript: 'Hearing transcript',
  narrator: 'Narrator',
  interviewer: 'Interviewer / statement taker',
  interpreter: 'Interpreter',
  survivor: 'Survivor / victim',
  family_member: 'Family member',
  witness: 'Witness',
  community_member: 'Community member',
  officer: 'Officer',
  offender: 'Offender',
  expert: 'Expert',
  violence: 'Violence',
  sexual_violence: 'Sexual violence',
  death: 'Death',
  images_of_deceased: 'Images of the deceased',
  public_hearing: 'Public hearing',
  community_forum: 'Community forum',
  private_session: 'Private statement session',
  memorial_dedication: 'Memorial dedication',
  recording: 'Recording',
  quoting: 'Quoting in the report',
  naming: 'Naming the person',
  publicRelease: 'Public release',
  researchAccess: 'Research access',
  archiveTransfer: 'Transfer to a national archive',
  country: 'Country',
  region: 'Region / state',
  county: 'County',
  city: 'City',
  town: 'Town',
  neighbourhood: 'Neighbourhood',
  street: 'Street',
  building: 'Building',
  site: 'Site',
  other: 'Other',
};

/** The human label for an enum value; falls back to the value itself. */
export function label(value: string): string {
  return LABELS[value] ?? value;
}
