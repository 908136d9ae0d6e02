import type { Job } from '../../../../shared/api/jobs';
import { RECOMMENDATION_STATUS_LABELS, RECOMMENDATION_STATUSES, type RecommendationFilter } from '../../../../shared/model/findings';
import type { Ctx } from '../../context';
import { ArchiveError } from '../../db/errors';
import type { OutputKind } from '../../exports/destination';
import { startExport } from '../../exports/startExport';
import { recommendationIdsFor } from '../queries';

/**
 * recommendations.printStatusReport: check what is printed and where it goes, record the export
 * in the audit log (with the numbers printed), and start the job. Recommendations are public, so
 * there is one edition and anyone who may read them may print them. The worker writes a hidden
 * work file beside the destination; the PDF only appears there, whole, when the job is done.
 */

const PDF: OutputKind = { ext: '.pdf', noun: 'PDF file', example: 'Recommendations status.pdf' };

/** The filter in words for the cover: "those addressed to Department of Justice; with status underway or complete". */
export function describeFilter(ctx: Ctx, f: RecommendationFilter): string {
  const parts: string[] = [];
  if (f.addressees.length) parts.push(`addressed to ${f.addressees.join(' or ')}`);
  if (f.statuses.length) parts.push(`with status ${RECOMMENDATION_STATUSES.filter((s) => f.statuses.includes(s)).map((s) => RECOMMENDATION_STATUS_LABELS[s].toLowerCase()).join(' or ')}`);
  if (f.themeId) {
    const theme = ctx.db.prepare('SELECT label FROM themes WHERE id = ?').pluck().get(f.themeId) as string | undefined;
    parts.push(theme ? `on the theme ${theme} (or a narrower one)` : 'on a theme no longer in the thesaurus');
  }
  if (f.text) parts.push(`matching “${f.text}”`);
  return parts.length ? `those ${parts.join('; ')}` : '';
}

export function startStatusReport(ctx: Ctx, input: { filter: RecommendationFilter; out: string }): Job {
  const ids = recommendationIdsFor(ctx.db, input.filter);
  if (ids.length === 0) {
    throw new ArchiveError(
      'invalid_input',
      'No recommendations match the filter, so there is nothing to print. Clear a filter or choose another, then print the status report again.',
      'filter',
    );
  }
  const numbers = ctx.db.prepare('SELECT number FROM recommendations WHERE id IN (SELECT value FROM json_each(?)) ORDER BY number').pluck().all(JSON.stringify(ids)) as number[];
  return startExport(ctx, {
    out: input.out,
    output: PDF,
    defaultBase: 'recommendations-status',
    format: 'pdf-recommendations',
    scope: 'public',
    audited: [{ field: 'recommendations', old: null, new: numbers }],
    kind: 'recommendations-pdf',
    title: 'Recommendation status report',
    params: ({ dbFile, workPath }) => ({
      dbFile,
      recommendationIds: ids,
      workFile: workPath,
      generatedAt: ctx.now,
      selection: describeFilter(ctx, input.filter),
    }),
  });
}
