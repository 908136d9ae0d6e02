import { z } from 'zod';
import { NARRATOR_ROLES } from './enums';
import { id, requiredText, shortText, timestamps } from './fields';

/**
 * The thesaurus (a SKOS-like controlled, hierarchical vocabulary) and the coding of testimony with it.
 *
 * Offsets into a transcript are JavaScript string indices (UTF-16 code units), `start` inclusive
 * and `end` exclusive, the same in the engine and the renderer. The engine refuses a range that
 * splits a character or a grapheme (a letter and its combining marks).
 */

/** Muted colours that keep dark text readable on a light tint; a theme may use any #rrggbb. */
export const THEME_COLOURS = ['#b45309', '#1d4ed8', '#047857', '#9d174d', '#6d28d9', '#0e7490', '#a16207', '#be123c', '#4d7c0f', '#475569'] as const;

export const colour = z
  .string({ message: 'Must be a colour' })
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'A colour is written #rrggbb, e.g. #1d4ed8' })
  .transform((c) => c.toLowerCase());

/** An other label: a synonym, a former label, or the label in another language (BCP 47 tag). */
export const altLabel = z.object({
  label: requiredText('An other label', 200),
  lang: z
    .string()
    .trim()
    .regex(/^$|^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/, { message: 'A language is a code such as en, af or pt-BR' })
    .default(''),
});
export type AltLabel = z.output<typeof altLabel>;

export const themeInput = z.object({
  label: requiredText('A label', 200),
  altLabels: z.array(altLabel).max(50, { message: 'At most 50 other labels' }).default([]),
  scopeNote: shortText(5000).default(''),
  parentId: id.nullable().default(null),
  colour: colour.default(THEME_COLOURS[0]),
});
export type ThemeInput = z.input<typeof themeInput>;
export type ThemeData = z.output<typeof themeInput>;

export const themeRef = z.object({ id, label: z.string(), colour: z.string() });
export type ThemeRef = z.output<typeof themeRef>;

/** Counts for a theme. `passages` counts coded passages and themed segments; `testimonies` counts
 * testimonies tagged whole or with a coded passage or segment. The plain counts include narrower
 * themes; the `own` counts only the theme itself. */
export const themeCounts = z.object({
  passages: z.number().int(),
  testimonies: z.number().int(),
  ownPassages: z.number().int(),
  ownTestimonies: z.number().int(),
});
export type ThemeCounts = z.output<typeof themeCounts>;

/** One theme in the thesaurus tree: a flat list in tree order (parents before children, siblings by label). */
export const themeNode = z.object({
  id,
  label: z.string(),
  altLabels: z.array(altLabel),
  parentId: id.nullable(),
  depth: z.number().int(),
  colour: z.string(),
  retired: z.boolean(),
  counts: themeCounts,
});
export type ThemeNode = z.output<typeof themeNode>;

export const theme = z.object({
  id,
  label: z.string(),
  altLabels: z.array(altLabel),
  scopeNote: z.string(),
  parentId: id.nullable(),
  colour: z.string(),
  retired: z.boolean(),
  /** Set when this theme was merged into another; its assignments now belong to that one. */
  mergedInto: themeRef.nullable(),
  /** From the top of the tree down to the parent. */
  ancestors: z.array(themeRef),
  children: z.array(themeRef.extend({ retired: z.boolean() })),
  counts: themeCounts,
  ...timestamps,
});
export type Theme = z.output<typeof theme>;

export const PASSAGE_KINDS = ['code', 'segment'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

/** Why an anchored span needs a person to look at it after its transcript was edited. */
export const REVIEW_REASONS = ['', 'changed', 'deleted'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

const seconds = z.number({ message: 'Must be a time' }).min(0, { message: 'A time cannot be negative' }).max(1_000_000, { message: 'That time is too long' });

/** A range of the transcript as the person selected it; `quote` must be the text there now. */
export const textRange = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z.string().min(1, { message: 'Select some text first' }).max(200_000, { message: 'A passage is at most 200,000 characters' }),
  })
  .refine((r) => r.end > r.start && r.end - r.start === r.quote.length, { message: 'The selection does not match its text', path: ['quote'] });
export type TextRange = z.output<typeof textRange>;

export const codeInput = z.object({
  themeIds: z.array(id).min(1, { message: 'Choose at least one theme' }).max(50),
  note: shortText(5000).default(''),
});

export const segmentInput = z
  .object({
    title: requiredText('A segment title', 300),
    synopsis: shortText(5000).default(''),
    keywords: z.array(shortText(100).min(1)).max(50).default([]),
    timeStart: seconds.nullable().default(null),
    timeEnd: seconds.nullable().default(null),
    themeIds: z.array(id).max(50).default([]),
  })
  .refine((s) => s.timeStart === null || s.timeEnd === null || s.timeEnd >= s.timeStart, { message: 'A segment cannot end before it starts', path: ['timeEnd'] });
export type SegmentData = z.output<typeof segmentInput>;

/** A coded passage or a segment: an anchored span of a transcript. */
export const passage = z.object({
  id,
  testimonyId: id,
  kind: z.enum(PASSAGE_KINDS),
  start: z.number().int(),
  end: z.number().int(),
  /** The text of the span when it was last anchored (kept when the text is deleted). */
  quote: z.string(),
  review: z.enum(REVIEW_REASONS),
  note: z.string(),
  title: z.string(),
  synopsis: z.string(),
  keywords: z.array(z.string()),
  timeStart: z.number().nullable(),
  timeEnd: z.number().nullable(),
  themes: z.array(themeRef),
  createdBy: z.string(),
  ...timestamps,
});
export type Passage = z.output<typeof passage>;

export const testimonyTheme = themeRef.extend({ note: z.string(), createdBy: z.string(), createdAt: z.string() });
export type TestimonyTheme = z.output<typeof testimonyTheme>;

/** A passage as listed on a theme page or exported: with the testimony it belongs to. */
export const passageHit = z.object({
  passageId: id,
  kind: z.enum(PASSAGE_KINDS),
  testimonyId: id,
  ref: z.string(),
  testimonyTitle: z.string(),
  narratorRoles: z.array(z.enum(NARRATOR_ROLES)),
  dateText: z.string(),
  accessLevel: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  title: z.string(),
  note: z.string(),
  review: z.enum(REVIEW_REASONS),
  themes: z.array(themeRef),
});
export type PassageHit = z.output<typeof passageHit>;

/** Filters of the themes overview and of the coded-passage export. Dates are YYYY or YYYY-MM-DD. */
export const themeFilters = z.object({
  collections: z.array(shortText(300)).max(100).default([]),
  narratorRoles: z.array(z.enum(NARRATOR_ROLES)).default([]),
  dateFrom: z
    .string()
    .trim()
    .regex(/^$|^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'Write a year (1963) or a date (1963-06-02)' })
    .default(''),
  dateTo: z
    .string()
    .trim()
    .regex(/^$|^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'Write a year (1963) or a date (1963-06-02)' })
    .default(''),
});
export type ThemeFilters = z.output<typeof themeFilters>;

export const CO_OCCURRENCE_LEVELS = ['testimony', 'passage'] as const;
export type CoOccurrenceLevel = (typeof CO_OCCURRENCE_LEVELS)[number];

export const themeOverview = z.object({
  /** Every theme that is used under the filters, with counts including narrower themes. */
  themes: z.array(themeNode.pick({ id: true, label: true, parentId: true, depth: true, colour: true, counts: true })),
  /** Testimonies that meet the filters, and of those how many carry any theme. */
  testimonies: z.number().int(),
  codedTestimonies: z.number().int(),
  /** Pairs of themes (a.label < b.label order not guaranteed; a !== b) and how often they meet. Own assignments only. */
  cooccurrence: z.object({
    testimony: z.array(z.object({ a: id, b: id, count: z.number().int() })),
    passage: z.array(z.object({ a: id, b: id, count: z.number().int() })),
  }),
  /** Values available to the filters. */
  collections: z.array(z.string()),
});
export type ThemeOverview = z.output<typeof themeOverview>;

export const THESAURUS_FORMATS = ['csv', 'skos'] as const;
export type ThesaurusFormat = (typeof THESAURUS_FORMATS)[number];

export const CUE_FORMATS = ['vtt', 'srt'] as const;
