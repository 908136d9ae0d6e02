import { z } from 'zod';
import { id, isoDate, refCode, requiredText, shortText, timestamps } from './fields';

/**
 * Findings and recommendations (issue 7): what the commission found, on what evidence, and what
 * it recommends to whom. See DOMAIN.md. A finding's evidence is a list of citations, each a span
 * of one testimony's transcript kept with the words it quoted; a recommendation rests on findings
 * and carries a dated implementation history whose latest entry is its current status.
 */

/** The longest finding or recommendation text (Markdown). */
export const STATEMENT_MAX = 100_000;

export const statementText = z
  .string({ message: 'Must be text' })
  .max(STATEMENT_MAX, { message: `Must be at most ${STATEMENT_MAX.toLocaleString('en')} characters` });

// ---------------------------------------------------------------------------------------------
// Findings

/** A span of a transcript cited as evidence: UTF-16 offsets into the transcript, like passages. */
export const citationInput = z
  .object({
    testimonyId: id,
    start: z.number({ message: 'Must be a number' }).int().min(0),
    end: z.number({ message: 'Must be a number' }).int().min(1),
    note: shortText(1000).default(''),
  })
  .refine((c) => c.end > c.start, { message: 'Select some words of the transcript to cite', path: ['end'] });
export type CitationInput = z.input<typeof citationInput>;

/**
 * Where a citation stands today against its testimony's transcript:
 * - ok: the cited words are where they were;
 * - moved: the transcript was edited and the words were found once elsewhere (start/end are updated on read);
 * - missing: the words are no longer in the transcript (edited away);
 * - withdrawn: the testimony was withdrawn.
 */
export const CITATION_STATES = ['ok', 'moved', 'missing', 'withdrawn'] as const;
export type CitationState = (typeof CITATION_STATES)[number];

export const citation = z.object({
  id,
  testimonyId: id,
  testimonyRef: z.string(),
  testimonyTitle: z.string(),
  accessLevel: z.string(),
  /** The publish policy's answer today: may this excerpt appear in a public edition? */
  publishable: z.boolean(),
  start: z.number().int(),
  end: z.number().int(),
  /** The words as cited. */
  quote: z.string(),
  state: z.enum(CITATION_STATES),
  note: z.string(),
  position: z.number().int(),
});
export type Citation = z.output<typeof citation>;

export const findingInput = z.object({
  /** Empty: the next free code, F-001, F-002, … */
  ref: z.union([refCode, z.literal('')]).default(''),
  title: requiredText('A title', 300),
  /** The finding in Markdown. */
  text: statementText.default(''),
  themeIds: z.array(id).max(100).default([]),
});
export type FindingInput = z.input<typeof findingInput>;
export type FindingData = z.output<typeof findingInput>;

const themeRef = z.object({ id, label: z.string(), colour: z.string() });

export const finding = z.object({
  id,
  ref: z.string(),
  title: z.string(),
  text: z.string(),
  themes: z.array(themeRef),
  citations: z.array(citation),
  /** Recommendations that rest on this finding, by number. */
  recommendations: z.array(z.object({ id, number: z.number().int(), title: z.string() })),
  ...timestamps,
});
export type Finding = z.output<typeof finding>;

export const findingRow = z.object({
  id,
  ref: z.string(),
  title: z.string(),
  themes: z.array(themeRef),
  citationCount: z.number().int(),
  recommendationCount: z.number().int(),
  updatedAt: z.string(),
});
export type FindingRow = z.output<typeof findingRow>;

// ---------------------------------------------------------------------------------------------
// Recommendations

export const RECOMMENDATION_STATUSES = ['not_started', 'proposed', 'underway', 'complete', 'rejected'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export const RECOMMENDATION_STATUS_LABELS: Record<RecommendationStatus, string> = {
  not_started: 'Not started',
  proposed: 'Proposed',
  underway: 'Underway',
  complete: 'Complete',
  rejected: 'Rejected',
};

export const ADDRESSEE_TYPES = ['justice_department', 'legislature', 'police', 'local_government', 'courts', 'community', 'other'] as const;
export type AddresseeType = (typeof ADDRESSEE_TYPES)[number];
export const ADDRESSEE_TYPE_LABELS: Record<AddresseeType, string> = {
  justice_department: 'Department of justice',
  legislature: 'Legislature',
  police: 'Police department',
  local_government: 'Local government',
  courts: 'Courts',
  community: 'Community organisations',
  other: 'Other',
};

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const recommendationInput = z.object({
  title: requiredText('A title', 300),
  text: statementText.default(''),
  /** The body it is addressed to, by name: "Department of Justice", "Harlan County Police Department". */
  addressee: requiredText('The addressee', 300),
  addresseeType: z.enum(ADDRESSEE_TYPES, { message: 'Choose the kind of body it is addressed to' }).default('other'),
  priority: z.enum(PRIORITIES, { message: 'Choose high, medium or low' }).default('medium'),
  themeIds: z.array(id).max(100).default([]),
  findingIds: z.array(id).max(200).default([]),
});
export type RecommendationInput = z.input<typeof recommendationInput>;
export type RecommendationData = z.output<typeof recommendationInput>;

/** One dated assessment of how far a recommendation has been implemented. */
export const statusEntryInput = z.object({
  status: z.enum(RECOMMENDATION_STATUSES, { message: 'Choose a status' }),
  /** The day the status was assessed (not in the future). */
  date: isoDate,
  note: shortText(5000).default(''),
  /** Where the assessment comes from: "Annual report of the Department, 2027, p. 14". */
  source: shortText(1000).default(''),
  /** Who assessed it (a person or body, not necessarily the user recording it). */
  assessedBy: requiredText('Who assessed it', 300),
});
export type StatusEntryInput = z.input<typeof statusEntryInput>;

export const statusEntry = z.object({
  id,
  status: z.enum(RECOMMENDATION_STATUSES),
  date: z.string(),
  note: z.string(),
  source: z.string(),
  assessedBy: z.string(),
  /** The user who recorded it, and when. */
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type StatusEntry = z.output<typeof statusEntry>;

export const recommendation = z.object({
  id,
  /** 1, 2, 3, … in the report's order; renumbering keeps the numbers contiguous. */
  number: z.number().int(),
  title: z.string(),
  text: z.string(),
  addressee: z.string(),
  addresseeType: z.enum(ADDRESSEE_TYPES),
  priority: z.enum(PRIORITIES),
  themes: z.array(themeRef),
  findings: z.array(z.object({ id, ref: z.string(), title: z.string() })),
  /** The latest entry's status and date. */
  status: z.enum(RECOMMENDATION_STATUSES),
  statusDate: z.string(),
  /** Oldest first. */
  history: z.array(statusEntry),
  ...timestamps,
});
export type Recommendation = z.output<typeof recommendation>;

export const recommendationRow = recommendation.omit({ text: true, history: true, findings: true }).extend({ findingCount: z.number().int() });
export type RecommendationRow = z.output<typeof recommendationRow>;

export const recommendationFilter = z.object({
  addressees: z.array(shortText(300)).max(50).default([]),
  statuses: z.array(z.enum(RECOMMENDATION_STATUSES)).max(RECOMMENDATION_STATUSES.length).default([]),
  /** A theme; recommendations carrying it or a narrower theme match. */
  themeId: id.nullable().default(null),
  text: shortText(200).default(''),
});
export type RecommendationFilter = z.output<typeof recommendationFilter>;

/** The tracker's counts, over the recommendations the filter keeps. */
export const trackerCounts = z.object({
  total: z.number().int(),
  byStatus: z.record(z.enum(RECOMMENDATION_STATUSES), z.number().int()),
  /** Every addressee in the archive (so the filter can offer them), with counts under the filter. */
  byAddressee: z.array(z.object({ addressee: z.string(), addresseeType: z.enum(ADDRESSEE_TYPES), total: z.number().int(), byStatus: z.record(z.enum(RECOMMENDATION_STATUSES), z.number().int()) })),
  byTheme: z.array(z.object({ id, label: z.string(), total: z.number().int() })),
});
export type TrackerCounts = z.output<typeof trackerCounts>;
