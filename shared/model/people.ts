import { z } from 'zod';
import { HEARING_TYPES, PLACE_TYPES } from './enums';
import { flexDateText, id, latitude, longitude, longText, requiredText, shortText, timestamps } from './fields';

export const personInput = z.object({
  name: requiredText('A name', 300),
  otherNames: z.array(shortText(300).min(1)).max(50).default([]),
  pseudonym: shortText(300).default(''),
  community: shortText(300).default(''),
  birthYear: z
    .number({ message: 'Must be a year' })
    .int({ message: 'Must be a whole year' })
    .min(1850, { message: 'A birth year is between 1850 and this year' })
    .max(new Date().getFullYear(), { message: 'A birth year cannot be in the future' })
    .nullable()
    .default(null),
  notes: longText.default(''),
  consentToBeNamed: z.boolean().default(false),
  contact: longText.default(''),
});
export type PersonInput = z.input<typeof personInput>;
export type PersonData = z.output<typeof personInput>;

export const personTestimonyLink = z.object({
  testimonyId: id,
  ref: z.string(),
  title: z.string(),
  role: z.string(),
  narratorRole: z.string().nullable(),
  withdrawn: z.boolean(),
});

export const person = personInput.extend({
  id,
  otherNames: z.array(z.string()),
  birthYear: z.number().int().nullable(),
  testimonies: z.array(personTestimonyLink),
  ...timestamps,
});
export type Person = z.output<typeof person>;

export const personRow = z.object({
  id,
  name: z.string(),
  pseudonym: z.string(),
  community: z.string(),
  consentToBeNamed: z.boolean(),
  testimonyCount: z.number().int(),
});
export type PersonRow = z.output<typeof personRow>;

const coordinate = <T extends z.ZodNumber>(s: T) => s.nullable().default(null);

export const placeInput = z
  .object({
    name: requiredText('A name', 300),
    type: z.enum(PLACE_TYPES, { message: 'Choose a kind of place' }).default('other'),
    parentId: id.nullable().default(null),
    latitude: coordinate(latitude),
    longitude: coordinate(longitude),
  })
  .superRefine((p, ctx) => {
    if ((p.latitude === null) !== (p.longitude === null)) {
      ctx.addIssue({ code: 'custom', path: [p.latitude === null ? 'latitude' : 'longitude'], message: 'Give both latitude and longitude, or neither' });
    }
  });
export type PlaceInput = z.input<typeof placeInput>;
export type PlaceData = z.output<typeof placeInput>;

export const place = z.object({
  id,
  name: z.string(),
  type: z.enum(PLACE_TYPES),
  parentId: id.nullable(),
  parentName: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  testimonyCount: z.number().int(),
  ...timestamps,
});
export type Place = z.output<typeof place>;

export const hearingInput = z.object({
  title: requiredText('A title'),
  type: z.enum(HEARING_TYPES, { message: 'Choose a kind of hearing or forum' }).default('public_hearing'),
  date: flexDateText.default(''),
  placeId: id.nullable().default(null),
  participantIds: z.array(id).max(500).default([]),
  summary: longText.default(''),
  outcomes: longText.default(''),
});
export type HearingInput = z.input<typeof hearingInput>;
export type HearingData = z.output<typeof hearingInput>;

export const hearing = z.object({
  id,
  title: z.string(),
  type: z.enum(HEARING_TYPES),
  date: z.string(),
  dateStart: z.string().nullable(),
  placeId: id.nullable(),
  placeName: z.string().nullable(),
  participantIds: z.array(id),
  participants: z.array(z.object({ id, name: z.string() })),
  summary: z.string(),
  outcomes: z.string(),
  testimonies: z.array(z.object({ id, ref: z.string(), title: z.string() })),
  ...timestamps,
});
export type Hearing = z.output<typeof hearing>;
