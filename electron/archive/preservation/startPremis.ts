import type { Job } from '../../../shared/api/jobs';
import type { Ctx } from '../context';
import type { OutputKind } from '../exports/destination';
import { startExport } from '../exports/startExport';

/**
 * preservation.exportPremis: like every export, the destination checked (or a new name in the
 * archive's exports/), the export recorded in the audit log (so it is itself a dissemination event
 * in the next export), and a job that writes a hidden work file renamed into place when done.
 */

const XML: OutputKind = { ext: '.xml', noun: 'XML file', example: 'Preservation events.xml' };

export function startPremisExport(ctx: Ctx, input: { out: string }): Job {
  return startExport(ctx, {
    out: input.out,
    output: XML,
    defaultBase: 'preservation-events',
    format: 'premis-xml',
    scope: 'preservation',
    kind: 'premis-xml',
    title: 'PREMIS events export',
    params: ({ dbFile, workPath }) => ({ dbFile, workFile: workPath, generatedAt: ctx.now }),
  });
}
