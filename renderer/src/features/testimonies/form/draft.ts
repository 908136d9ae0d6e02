import type { TestimonyType } from '../../../../../shared/model/enums';
import type { Testimony, TestimonyData, TestimonyInput } from '../../../../../shared/model/testimony';
import { consentSchema, testimonyInput } from '../../../../../shared/model/testimony';
import { errorsFromIssues, type FieldErrors } from '../../../lib/formErrors';

/**
 * The testimony form's state: the contract's data with the few fields that are typed as text
 * kept as text (type may be unchosen, duration and embargo may be empty).
 */
export type TestimonyDraft = Omit<TestimonyData, 'type' | 'duration' | 'embargoUntil' | 'ref'> & {
  ref: string;
  type: TestimonyType | '';
  duration: string;
  embargoUntil: string;
};

export function emptyDraft(): TestimonyDraft {
  return {
    ref: '',
    title: '',
    summary: '',
    status: 'draft',
    type: '',
    languages: [],
    dateRecorded: '',
    placeRecordedId: null,
    placesSpokenAbout: [],
    datesSpokenAbout: [],
    duration: '',
    extent: '',
    collection: '',
    series: '',
    hearingId: null,
    provenance: '',
    transcript: '',
    accessLevel: 'restricted',
    embargoUntil: '',
    consent: consentSchema.parse({}),
    contentWarnings: [],
    people: [],
    cataloguer: '',
  };
}

export function draftFrom(t: Testimony): TestimonyDraft {
  return {
    ref: t.ref,
    title: t.title,
    summary: t.summary,
    status: t.status,
    type: t.type,
    languages: [...t.languages],
    dateRecorded: t.dateRecorded,
    placeRecordedId: t.placeRecordedId,
    placesSpokenAbout: [...t.placesSpokenAbout],
    datesSpokenAbout: [...t.datesSpokenAbout],
    duration: t.duration ?? '',
    extent: t.extent,
    collection: t.collection,
    series: t.series,
    hearingId: t.hearingId,
    provenance: t.provenance,
    transcript: t.transcript,
    accessLevel: t.accessLevel,
    embargoUntil: t.embargoUntil ?? '',
    consent: { ...t.consent },
    contentWarnings: [...t.contentWarnings],
    people: t.people.map((p) => ({ personId: p.personId, role: p.role, narratorRole: p.narratorRole })),
    cataloguer: t.cataloguer,
  };
}

/** What is sent to the engine. An unchosen type is sent as is, so the contract's own message explains it. */
export function toInput(d: TestimonyDraft): TestimonyInput {
  return {
    ...d,
    type: d.type as TestimonyType,
    duration: d.duration.trim() === '' ? null : d.duration,
    embargoUntil: d.embargoUntil === '' ? null : d.embargoUntil,
  };
}

export function validateDraft(d: TestimonyDraft): FieldErrors {
  const r = testimonyInput.safeParse(toInput(d));
  return r.success ? {} : errorsFromIssues(r.error.issues);
}
