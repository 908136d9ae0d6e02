import { z } from 'zod';
import { id, isoDate, paging, shortText } from '../model/fields';
import {
  citationInput,
  finding,
  findingInput,
  findingRow,
  recommendation,
  recommendationFilter,
  recommendationInput,
  recommendationRow,
  statusEntryInput,
  trackerCounts,
} from '../model/findings';
import { embedPreview, report, reportInput, reportRow, REPORT_EDITIONS, sectionInput } from '../model/reports';
import { ARCHIVISTS, method, READERS, type MethodDef } from './define';
import { job } from './jobs';
import type { Role } from '../model/enums';

/**
 * Findings, recommendations and the final report (issue 7).
 *
 * Who: the commission writes (commissioners and archivists). Commission staff read findings and
 * drafts of the report; recommendations and their implementation history are read by everyone,
 * researchers included, because following them up is public work. The confidential edition of
 * the report is for the commission only (checked in the handler: cataloguers may export the
 * public edition).
 */

export const COMMISSION: readonly Role[] = [...ARCHIVISTS, 'commissioner'];
export const STAFF: readonly Role[] = READERS.filter((r) => r !== 'researcher');

const byId = z.object({ id });
const expectedVersion = z.number().int().min(1);
const out = z.string().max(4096).default('');
const edition = z.enum(REPORT_EDITIONS, { message: 'Choose the public or the confidential edition' }).default('public');

const write = <I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O): MethodDef<I, O> =>
  method({ summary, input, output, roles: COMMISSION, kind: 'write', scope: 'archive' });

export const findingsApi = {
  'findings.list': method({
    summary: 'Findings by reference code, optionally those whose reference, title or text match',
    input: z.object({ text: shortText(200).default('') }).default({ text: '' }),
    output: z.object({ items: z.array(findingRow) }),
    roles: STAFF,
    kind: 'read',
    scope: 'archive',
  }),
  'findings.get': method({ summary: 'One finding with its themes, its evidence and the recommendations resting on it', input: byId, output: finding, roles: STAFF, kind: 'read', scope: 'archive' }),
  'findings.create': write('Write a new finding', z.object({ data: findingInput }), finding),
  'findings.update': write('Save an edited finding', z.object({ id, expectedVersion, data: findingInput }), finding),
  'findings.remove': write('Delete a finding, its citations and its links from recommendations (the audit log keeps what it said)', byId, z.object({ id })),
  'findings.cite': write('Cite a span of a testimony’s transcript as evidence for a finding', z.object({ id, citation: citationInput }), finding),
  'findings.uncite': write('Take a citation off a finding', z.object({ id, citationId: id }), finding),
  'findings.moveCitation': write('Move a citation to a place in the finding’s evidence', z.object({ id, citationId: id, to: z.number().int().min(0) }), finding),
} as const;

export const recommendationsApi = {
  'recommendations.list': method({
    summary: 'The tracker: recommendations in number order, filtered by addressee, status, theme and text, with counts',
    input: recommendationFilter.extend(paging).default(recommendationFilter.extend(paging).parse({})),
    output: z.object({ total: z.number().int(), items: z.array(recommendationRow), counts: trackerCounts }),
    roles: READERS,
    kind: 'read',
    scope: 'archive',
  }),
  'recommendations.get': method({ summary: 'One recommendation with its findings and implementation history', input: byId, output: recommendation, roles: READERS, kind: 'read', scope: 'archive' }),
  'recommendations.create': write(
    'Add a recommendation at the end of the list (its history starts "not started" on the day given, today unless given)',
    z.object({
      data: recommendationInput,
      /** Who is recorded as assessing the first entry (default: the user). */
      assessedBy: shortText(300).default(''),
      /** The first entry's day, for a recommendation made before it was entered (default: today). */
      startedOn: isoDate.optional(),
    }),
    recommendation,
  ),
  'recommendations.update': write('Save an edited recommendation', z.object({ id, expectedVersion, data: recommendationInput }), recommendation),
  'recommendations.move': write(
    'Give a recommendation another number; the others move up or down so the numbers stay 1, 2, 3, …',
    z.object({ id, number: z.number({ message: 'Must be a number' }).int().min(1, { message: 'Numbers start at 1' }) }),
    recommendation,
  ),
  'recommendations.remove': write('Delete a recommendation; those after it move up one number', byId, z.object({ id })),
  'recommendations.addStatus': write('Record a dated assessment of how far a recommendation has been implemented', z.object({ id, entry: statusEntryInput }), recommendation),
  'recommendations.printStatusReport': method({
    summary: 'Write the recommendation status report as a PDF (a job): a summary table, then every recommendation with its history, grouped by addressee',
    input: z.object({ filter: recommendationFilter.default(recommendationFilter.parse({})), out }),
    output: job,
    roles: READERS,
    kind: 'write',
    scope: 'archive',
  }),
} as const;

export const reportsApi = {
  'reports.list': method({ summary: 'The reports in the archive, newest first', input: z.object({}).default({}), output: z.array(reportRow), roles: STAFF, kind: 'read', scope: 'archive' }),
  'reports.get': method({ summary: 'One report with its sections in order', input: byId, output: report, roles: STAFF, kind: 'read', scope: 'archive' }),
  'reports.create': write('Start a new report (with one empty section to write in)', z.object({ data: reportInput }), report),
  'reports.update': write('Save the report’s title, subtitle, authors and date', z.object({ id, expectedVersion, data: reportInput }), report),
  'reports.remove': write('Delete a report and its sections (the audit log keeps what they said)', byId, z.object({ id })),
  'reports.addSection': write(
    'Add a section after another (or at the end)',
    z.object({ id, after: id.nullable().default(null), data: sectionInput }),
    report,
  ),
  'reports.saveSection': write('Save a section’s title and text', z.object({ id, sectionId: id, expectedVersion, data: sectionInput }), report),
  'reports.moveSection': write('Move a section to a place in the report (0 is first)', z.object({ id, sectionId: id, to: z.number().int().min(0) }), report),
  'reports.removeSection': write('Delete a section', z.object({ id, sectionId: id }), report),
  'reports.previewEmbeds': method({
    summary: 'What each embed line will print, for the editor’s preview (with any problem, in both editions)',
    input: z.object({ lines: z.array(z.string().max(20_000)).max(2000) }),
    output: z.array(embedPreview),
    roles: STAFF,
    kind: 'read',
    scope: 'archive',
  }),
  'reports.export': method({
    summary: 'Write the report as a PDF in the public or confidential edition (a job)',
    input: z.object({ id, edition, out }),
    output: job,
    roles: STAFF,
    kind: 'write',
    scope: 'archive',
  }),
} as const;
