import { z } from 'zod';
import { id, requiredText, shortText, timestamps } from './fields';
import { flexDateText } from './fields';

/**
 * The final report (issue 7): a document in the archive with a title, authors, a date and ordered
 * sections written in Markdown. Each section is a chapter of the PDF; headings inside it nest
 * under the chapter. A section may embed records and generated parts with a line of its own:
 *
 *   {{finding <finding id>}}                       a finding, with its evidence quoted
 *   {{recommendation <recommendation id>}}         one recommendation
 *   {{recommendations}}                            every recommendation, grouped by addressee
 *   {{recommendations addressee="Department of Justice"}}
 *   {{excerpt <testimony ref> "<the exact words>"}}  a quoted excerpt with its reference code
 *   {{statistics}}                                 counts by theme, type, year and narrator role
 *   {{appendix testimonies}}                       index of testimonies
 *   {{appendix hearings}}                          list of hearings and forums
 *   {{appendix glossary}}                          glossary of themes
 *
 * The grammar lives in shared/report/embeds.ts; the editor's Insert menu writes these lines.
 */

/** The longest section: split longer chapters into sections. */
export const SECTION_MAX = 1_000_000;

export const REPORT_EDITIONS = ['public', 'confidential'] as const;
export type ReportEdition = (typeof REPORT_EDITIONS)[number];

export const sectionBody = z
  .string({ message: 'Must be text' })
  .max(SECTION_MAX, { message: `A section must be at most ${SECTION_MAX.toLocaleString('en')} characters; split it into two sections` });

export const reportInput = z.object({
  title: requiredText('A title', 300),
  subtitle: shortText(500).default(''),
  authors: z.array(shortText(300).min(1, { message: 'An author’s name cannot be empty' })).max(100).default([]),
  /** The report's date as printed on the cover ("2027-06-30", "2027-06"). */
  date: flexDateText.default(''),
});
export type ReportInput = z.input<typeof reportInput>;
export type ReportData = z.output<typeof reportInput>;

export const sectionInput = z.object({
  title: requiredText('A section title', 300),
  body: sectionBody.default(''),
});
export type SectionInput = z.input<typeof sectionInput>;

export const reportSection = z.object({
  id,
  title: z.string(),
  body: z.string(),
  position: z.number().int(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ReportSection = z.output<typeof reportSection>;

export const report = z.object({
  id,
  title: z.string(),
  subtitle: z.string(),
  authors: z.array(z.string()),
  date: z.string(),
  sections: z.array(reportSection),
  ...timestamps,
});
export type Report = z.output<typeof report>;

export const reportRow = z.object({
  id,
  title: z.string(),
  subtitle: z.string(),
  date: z.string(),
  sectionCount: z.number().int(),
  updatedAt: z.string(),
});
export type ReportRow = z.output<typeof reportRow>;

/**
 * What an embed line resolves to in the editor's preview: a heading-like label, a short text, and
 * a problem when it cannot be printed as written (unknown record, sealed testimony, words edited
 * away). `publicProblem` says what the public edition will do instead ("left out: the testimony
 * is not open to the public").
 */
export const embedPreview = z.object({
  line: z.string(),
  label: z.string(),
  text: z.string(),
  problem: z.string().nullable(),
  publicProblem: z.string().nullable(),
});
export type EmbedPreview = z.output<typeof embedPreview>;
