import { openReadOnly } from '../../db/readOnly';
import type { JobIO, JobKinds } from '../../jobs/protocol';
import { plural } from '../../markers/print/words';
import { renderPdf } from '../../pdf/render';
import { gatherStatusData } from './data';
import { statusReportDocument } from './document';

/**
 * The recommendation status report job, run in a worker thread: read the recommendations and
 * their histories (one read transaction), describe the document, check every glyph, set the pages
 * and write the work file. The runner renames the file into place only when this returns, and
 * removes it on failure or cancel.
 */

export const STEPS = {
  read: 'Reading the recommendations',
  layout: 'Setting the pages',
} as const;

export async function printStatusReport(p: JobKinds['recommendations-pdf'], io: JobIO): Promise<{ summary: string }> {
  const total = p.recommendationIds.length;
  io.progress(STEPS.read, 0, total);
  const db = openReadOnly(p.dbFile);
  let data;
  try {
    data = gatherStatusData(db, p, (done) => io.progress(STEPS.read, done, total));
  } finally {
    db.close();
  }
  const { spec, entryStarts } = statusReportDocument(data);
  io.progress(STEPS.layout, 0, total);
  const { pages } = await renderPdf(spec, p.workFile, {
    progress: (done) => io.progress(STEPS.layout, entryStarts.filter((s) => s < done).length, total),
  });
  return { summary: `Status report of ${plural(data.recommendations.length, 'recommendation')}, ${plural(pages, 'page')}` };
}
