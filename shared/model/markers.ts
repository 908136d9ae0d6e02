import { z } from 'zod';
import { HEARING_TYPES } from './enums';
import { flexDateText, id, isoDate, latitude, longitude, longText, refCode, requiredText, shortText, timestamps } from './fields';

/**
 * Memorials and markers: what a commission recommends and a community erects where harm was done.
 * See DOMAIN.md. Inscriptions are versioned (an approved version is locked); the status moves
 * through a workflow whose rules live in markerWorkflow.ts.
 */

export const MARKER_TYPES = ['historical_marker', 'monument', 'plaque', 'memorial_site'] as const;
export type MarkerType = (typeof MARKER_TYPES)[number];

/** Marker types as people read them, in the app and in the PDFs. */
export const MARKER_TYPE_LABELS: Record<MarkerType, string> = {
  historical_marker: 'Historical marker',
  monument: 'Monument',
  plaque: 'Plaque',
  memorial_site: 'Memorial site',
};

export const MARKER_STATUSES = ['proposed', 'approved', 'fabricated', 'installed', 'dedicated', 'damaged', 'missing'] as const;
export type MarkerStatus = (typeof MARKER_STATUSES)[number];

export const INSCRIPTION_STATES = ['draft', 'approved', 'superseded'] as const;
export type InscriptionState = (typeof INSCRIPTION_STATES)[number];

/** The longest inscription: the record sheet sets it on one page as a proof for the fabricator. */
export const INSCRIPTION_MAX = 4000;
export const PHOTO_MAX_BYTES = 25 * 1024 * 1024;
export const PHOTO_MEDIA_TYPES = ['image/jpeg', 'image/png'] as const;

const coordinate = <T extends z.ZodNumber>(s: T) => s.nullable().default(null);

/** What a person fills in on the marker form (inscription, status and photos have their own methods). */
export const markerInput = z
  .object({
    /** Empty: the next free code, M-001, M-002, … */
    ref: z.union([refCode, z.literal('')]).default(''),
    title: requiredText('A title', 300),
    subtitle: shortText(300).default(''),
    type: z.enum(MARKER_TYPES, { message: 'Choose historical marker, monument, plaque or memorial site' }).default('historical_marker'),
    address: shortText(500).default(''),
    placeId: id.nullable().default(null),
    latitude: coordinate(latitude),
    longitude: coordinate(longitude),
    directions: longText.default(''),
    erectedBy: shortText(500).default(''),
    sponsors: z.array(shortText(300).min(1)).max(50).default([]),
    /** The planned or actual dedication day. */
    dedicationDate: flexDateText.default(''),
    ceremonyNotes: longText.default(''),
    honoureeIds: z.array(id).max(200).default([]),
    testimonyIds: z.array(id).max(500).default([]),
    hearingIds: z.array(id).max(100).default([]),
    /** Internal notes: never printed on a public sheet. */
    notes: longText.default(''),
  })
  .superRefine((m, ctx) => {
    if ((m.latitude === null) !== (m.longitude === null)) {
      ctx.addIssue({ code: 'custom', path: [m.latitude === null ? 'latitude' : 'longitude'], message: 'Give both latitude and longitude, or neither' });
    }
  });
export type MarkerInput = z.input<typeof markerInput>;
export type MarkerData = z.output<typeof markerInput>;

export const inscriptionText = z
  .string({ message: 'Must be text' })
  .max(INSCRIPTION_MAX, { message: `An inscription must be at most ${INSCRIPTION_MAX.toLocaleString('en')} characters (the proof sets it on one page)` })
  .refine((s) => s.trim().length > 0, { message: 'An inscription cannot be empty' });

export const inscriptionVersion = z.object({
  id,
  version: z.number().int(),
  text: z.string(),
  state: z.enum(INSCRIPTION_STATES),
  createdAt: z.string(),
  createdBy: z.string(),
  /** The named person who approved it (not necessarily the user who recorded the approval). */
  approvedBy: z.string().nullable(),
  approvedOn: z.string().nullable(),
  recordedBy: z.string().nullable(),
});
export type InscriptionVersion = z.output<typeof inscriptionVersion>;

export const statusEvent = z.object({
  id,
  from: z.enum(MARKER_STATUSES).nullable(),
  to: z.enum(MARKER_STATUSES),
  /** The day it happened (YYYY-MM-DD). */
  date: z.string(),
  note: z.string(),
  /** The user who recorded it. */
  by: z.string(),
  recordedAt: z.string(),
});
export type StatusEvent = z.output<typeof statusEvent>;

export const markerPhoto = z.object({
  id,
  sha256: z.string(),
  fileName: z.string(),
  mediaType: z.enum(PHOTO_MEDIA_TYPES),
  bytes: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  caption: z.string(),
  credit: z.string(),
  position: z.number().int(),
});
export type MarkerPhoto = z.output<typeof markerPhoto>;

export const markerHonouree = z.object({
  id,
  name: z.string(),
  pseudonym: z.string(),
  consentToBeNamed: z.boolean(),
});

export const markerTestimony = z.object({
  id,
  ref: z.string(),
  title: z.string(),
  accessLevel: z.string(),
  /** The publish policy's answer today (publish/policy.ts): may it appear on a public sheet? */
  publishable: z.boolean(),
});

export const marker = z.object({
  id,
  ref: z.string(),
  title: z.string(),
  subtitle: z.string(),
  type: z.enum(MARKER_TYPES),
  status: z.enum(MARKER_STATUSES),
  address: z.string(),
  placeId: id.nullable(),
  placeName: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  directions: z.string(),
  erectedBy: z.string(),
  sponsors: z.array(z.string()),
  dedicationDate: z.string(),
  ceremonyNotes: z.string(),
  honourees: z.array(markerHonouree),
  testimonies: z.array(markerTestimony),
  hearings: z.array(z.object({ id, title: z.string(), date: z.string(), type: z.enum(HEARING_TYPES) })),
  notes: z.string(),
  /** Every version, newest first. */
  inscriptions: z.array(inscriptionVersion),
  /** The approved version's text, or null when none is approved yet. */
  approvedInscription: inscriptionVersion.nullable(),
  /** Oldest first. */
  history: z.array(statusEvent),
  photos: z.array(markerPhoto),
  ...timestamps,
});
export type Marker = z.output<typeof marker>;

/**
 * A marker's own fields as the marker form holds them (links by id): what the edit form starts
 * from, and what the audit log compares before and after an edit.
 */
export const markerData = (m: Marker): MarkerData => ({
  ref: m.ref,
  title: m.title,
  subtitle: m.subtitle,
  type: m.type,
  address: m.address,
  placeId: m.placeId,
  latitude: m.latitude,
  longitude: m.longitude,
  directions: m.directions,
  erectedBy: m.erectedBy,
  sponsors: [...m.sponsors],
  dedicationDate: m.dedicationDate,
  ceremonyNotes: m.ceremonyNotes,
  honoureeIds: m.honourees.map((h) => h.id),
  testimonyIds: m.testimonies.map((t) => t.id),
  hearingIds: m.hearings.map((h) => h.id),
  notes: m.notes,
});

export const markerRow = z.object({
  id,
  ref: z.string(),
  title: z.string(),
  type: z.enum(MARKER_TYPES),
  status: z.enum(MARKER_STATUSES),
  placeId: id.nullable(),
  placeName: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  dedicationDate: z.string(),
  hasApprovedInscription: z.boolean(),
  photoCount: z.number().int(),
  /** The day of the latest status change. */
  statusDate: z.string(),
});
export type MarkerRow = z.output<typeof markerRow>;

export const markerFilter = z.object({
  text: shortText(200).default(''),
  statuses: z.array(z.enum(MARKER_STATUSES)).max(MARKER_STATUSES.length).default([]),
  types: z.array(z.enum(MARKER_TYPES)).max(MARKER_TYPES.length).default([]),
  /** A place and every place under it. */
  placeId: id.nullable().default(null),
});
export type MarkerFilter = z.output<typeof markerFilter>;

export const statusChange = z.object({
  to: z.enum(MARKER_STATUSES, { message: 'Choose a status' }),
  date: isoDate,
  note: longText.default(''),
});

export const inscriptionApproval = z.object({
  approvedBy: requiredText('The name of who approved it', 300),
  approvedOn: isoDate,
});

export const PDF_EDITIONS = ['public', 'confidential'] as const;
export type PdfEdition = (typeof PDF_EDITIONS)[number];
