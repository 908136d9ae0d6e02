import type { Job } from '../../../../shared/api/jobs';
import type { ReportEdition } from '../../../../shared/model/reports';
import type { Ctx } from '../../context';
import { ArchiveError } from '../../db/errors';
import type { OutputKind } from '../../exports/destination';
import { startExport } from '../../exports/startExport';
import { nameFacts, nameWithholder } from '../../publish/publicTestimony';
import { getReport } from '../queries';

/**
 * reports.export: check who may export which edition and that there is something to print, record
 * the export in the audit log, and start the job (reports/pdf/job.ts). The worker writes a hidden
 * work file beside the destination; the PDF only appears there, whole, when the job is done.
 */

const PDF: OutputKind = { ext: '.pdf', noun: 'PDF file', example: 'Final report.pdf' };

/** A title as part of a file name: lower-case letters and digits joined by dashes, at most 40 characters. */
export function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return s || 'report';
}

export function startReportExport(ctx: Ctx, input: { id: string; edition: ReportEdition; out: string }): Job {
  const role = ctx.session.user.role;
  if (input.edition === 'confidential' && (role === 'researcher' || role === 'cataloguer')) {
    throw new ArchiveError(
      'forbidden',
      'Only the commission (commissioners and archivists) may export the confidential edition: it quotes restricted and sealed testimonies and names people who have not consented to be named. Export the public edition instead.',
    );
  }
  const report = getReport(ctx.db, input.id);
  // A new report has one empty section: printing it would give a cover and a blank chapter.
  if (report.sections.every((s) => s.body.trim() === '')) {
    throw new ArchiveError('invalid_input', `Nothing is written in the report “${report.title}” yet, so there is nothing to print. Write in its sections, then export again.`, 'id');
  }
  // The file's name travels with the published file: in the public edition it is made from the
  // title as the cover prints it, so it cannot carry a name the PDF withholds.
  const title = input.edition === 'public' ? nameWithholder(nameFacts(ctx.db))(report.title) : report.title;
  return startExport(ctx, {
    out: input.out,
    output: PDF,
    defaultBase: `report-${slug(title)}-${input.edition}`,
    format: 'pdf-report',
    scope: input.edition,
    audited: [{ field: 'report', old: null, new: report.title }],
    kind: 'report-pdf',
    title: `${report.title} (${input.edition} edition)`,
    params: ({ dbFile, workPath }) => ({
      dbFile,
      archiveDir: ctx.dir,
      reportId: report.id,
      edition: input.edition,
      workFile: workPath,
      generatedAt: ctx.now,
    }),
  });
}
