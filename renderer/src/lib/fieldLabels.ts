/** Field names as people read them, for history tables and error summaries. */

const FIELD_LABELS: Record<string, string> = {
  ref: 'Reference code',
  dateRecorded: 'Date recorded',
  placeRecordedId: 'Place recorded',
  placesSpokenAbout: 'Places spoken about',
  datesSpokenAbout: 'Dates spoken about',
  hearingId: 'Hearing or forum',
  accessLevel: 'Access level',
  embargoUntil: 'Embargo until',
  contentWarnings: 'Content warnings',
  consentToBeNamed: 'Consent to be named',
  otherNames: 'Other names',
  birthYear: 'Birth year',
  parentId: 'Part of',
  placeId: 'Place',
  participantIds: 'Participants',
  archiveName: 'Archive name',
  refPattern: 'Reference code pattern',
  withdrawnReason: 'Reason withdrawn',
  personId: 'Person',
  narratorRole: 'Narrator role',
  role: 'Role',
  people: 'People',
  consent: 'Consent',
  takenBy: 'Taken by',
  takenOn: 'Taken on',
  withdrawnOn: 'Consent withdrawn on',
  publicRelease: 'Public release',
  researchAccess: 'Research access',
  archiveTransfer: 'Transfer to a national archive',
  type: 'Type',
  latitude: 'Latitude',
  longitude: 'Longitude',
  attachments: 'Attached files',
};

/** "consent.takenOn" → "Consent: taken on"; "dateRecorded" → "Date recorded". */
export function fieldLabel(path: string): string {
  if (FIELD_LABELS[path]) return FIELD_LABELS[path];
  const parts = path.split('.').map((p) => (/^\d+$/.test(p) ? `#${Number(p) + 1}` : (FIELD_LABELS[p] ?? humanise(p))));
  return parts.join(' › ');
}

function humanise(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

