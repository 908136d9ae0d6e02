import { z } from 'zod';
import {
  ACCESS_LEVELS,
  CONTENT_WARNINGS,
  LINK_ROLES,
  NARRATOR_ROLES,
  TESTIMONY_STATUSES,
  TESTIMONY_TYPES,
} from './enums';
import { durationText, flexDateText, id, isoDate, LIMITS, longText, refCode, requiredText, shortText, timestamps } from './fields';

export const consentSchema = z.object({
  recording: z.boolean().default(false),
  quoting: z.boolean().default(false),
  naming: z.boolean().default(false),
  publicRelease: z.boolean().default(false),
  researchAccess: z.boolean().default(false),
  archiveTransfer: z.boolean().default(false),
  takenBy: shortText(200).default(''),
  takenOn: z.union([isoDate, z.literal('')]).default(''),
  withdrawnOn: z.union([isoDate, z.literal('')]).default(''),
  notes: longText.default(''),
});
export type Consent = z.output<typeof consentSchema>;

export const personLinkInput = z
  .object({
    personId: id,
    role: z.enum(LINK_ROLES, { message: 'Choose narrator, interviewer or interpreter' }),
    narratorRole: z.enum(NARRATOR_ROLES).nullable().default(null),
  })
  .transform((l) => ({ ...l, narratorRole: l.role === 'narrator' ? l.narratorRole : null }));

/** What a person fills in. Output records have the same fields, so `show --json` can be re-added. */
export const testimonyInput = z.object({
  ref: z.union([refCode, z.literal('')]).optional(),
  title: requiredText('A title'),
  summary: longText.default(''),
  status: z.enum(TESTIMONY_STATUSES, { message: 'Choose draft, catalogued or reviewed' }).default('draft'),
  type: z.enum(TESTIMONY_TYPES, { message: 'Choose the kind of testimony' }),
  languages: z.array(shortText(40).min(1)).max(20).default([]),
  dateRecorded: flexDateText.default(''),
  placeRecordedId: id.nullable().default(null),
  placesSpokenAbout: z.array(id).max(LIMITS.listItems).default([]),
  datesSpokenAbout: z.array(flexDateText).max(50).default([]),
  duration: durationText.nullable().default(null),
  extent: shortText(200).default(''),
  collection: shortText(200).default(''),
  series: shortText(200).default(''),
  hearingId: id.nullable().default(null),
  provenance: longText.default(''),
  transcript: z
    .string({ message: 'Must be text' })
    .max(LIMITS.transcript, { message: `A transcript must be at most ${LIMITS.transcript.toLocaleString('en')} characters` })
    .default(''),
  accessLevel: z.enum(ACCESS_LEVELS, { message: 'Choose Public, Restricted, Confidential or Sealed' }).default('restricted'),
  embargoUntil: isoDate.nullable().default(null),
  consent: consentSchema.default(consentSchema.parse({})),
  contentWarnings: z.array(z.enum(CONTENT_WARNINGS)).max(CONTENT_WARNINGS.length).default([]),
  people: z.array(personLinkInput).max(100).default([]),
  cataloguer: shortText(200).default(''),
});
export type TestimonyInput = z.input<typeof testimonyInput>;
export type TestimonyData = z.output<typeof testimonyInput>;

export const personLink = z.object({
  personId: id,
  role: z.enum(LINK_ROLES),
  narratorRole: z.enum(NARRATOR_ROLES).nullable(),
  name: z.string(),
});

export const testimony = z.object({
  id,
  ref: z.string(),
  title: z.string(),
  summary: z.string(),
  status: z.enum(TESTIMONY_STATUSES),
  type: z.enum(TESTIMONY_TYPES),
  languages: z.array(z.string()),
  dateRecorded: z.string(),
  dateStart: z.string().nullable(),
  dateEnd: z.string().nullable(),
  placeRecordedId: id.nullable(),
  placeRecordedName: z.string().nullable(),
  placesSpokenAbout: z.array(id),
  placesSpokenAboutNames: z.array(z.string()),
  datesSpokenAbout: z.array(z.string()),
  duration: z.string().nullable(),
  extent: z.string(),
  collection: z.string(),
  series: z.string(),
  hearingId: id.nullable(),
  hearingTitle: z.string().nullable(),
  provenance: z.string(),
  transcript: z.string(),
  accessLevel: z.enum(ACCESS_LEVELS),
  embargoUntil: z.string().nullable(),
  consent: consentSchema,
  contentWarnings: z.array(z.enum(CONTENT_WARNINGS)),
  people: z.array(personLink),
  cataloguer: z.string(),
  withdrawn: z.boolean(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string(),
  wordCount: z.number().int(),
  ...timestamps,
});
export type Testimony = z.output<typeof testimony>;

export const testimonyRow = z.object({
  id,
  ref: z.string(),
  title: z.string(),
  type: z.enum(TESTIMONY_TYPES),
  status: z.enum(TESTIMONY_STATUSES),
  accessLevel: z.enum(ACCESS_LEVELS),
  embargoUntil: z.string().nullable(),
  dateRecorded: z.string(),
  dateStart: z.string().nullable(),
  narrators: z.string(),
  withdrawn: z.boolean(),
  updatedAt: z.string(),
});
export type TestimonyRow = z.output<typeof testimonyRow>;

export const TESTIMONY_SORTS = ['ref', 'title', 'date', 'status', 'type', 'accessLevel', 'updated'] as const;
export type TestimonySort = (typeof TESTIMONY_SORTS)[number];
