import type { JobIO, JobKinds } from '../../jobs/protocol';
import { renderPdf } from '../../pdf/render';
import { openReadOnly } from '../../db/readOnly';
import { gatherPrintData } from './data';
import { registerDocument } from './register';
import { sheetDocument } from './sheet';
import { plural } from './words';

/**
 * The marker PDF job, run in a worker thread: read the markers (one read transaction), describe
 * the document, check every glyph and photo, set the pages and write the work file. The runner
 * renames the file into place only when this returns, and removes it on failure or cancel.
 */

export const STEPS = {
  read: 'Reading the markers',
  layout: 'Setting the pages',
} as const;

export async function printMarkers(p: JobKinds['marker-pdf'], io: JobIO): Promise<{ summary: string }> {
  const total = p.markerIds.length;
  io.progress(STEPS.read, 0, total);
  const db = openReadOnly(p.dbFile);
  let data;
  try {
    data = gatherPrintData(db, p, (done) => io.progress(STEPS.read, done, total));
  } finally {
    db.close();
  }

  const sheet = p.document === 'sheet';
  const { spec, entryStarts } = sheet ? { spec: sheetDocument(data), entryStarts: [0] } : registerDocument(data);
  io.progress(STEPS.layout, 0, total);
  const { pages } = await renderPdf(spec, p.workFile, {
    progress: (done) => io.progress(STEPS.layout, entryStarts.filter((s) => s < done).length, total),
  });
  const pageWords = `${pages} page${pages === 1 ? '' : 's'}`;
  const first = data.markers[0];
  if (sheet && first) return { summary: `Record sheet of ${first.ref}, ${pageWords}` };
  return { summary: `Register of ${plural(total, 'memorial or marker', 'memorials and markers')}, ${pageWords}` };
}
