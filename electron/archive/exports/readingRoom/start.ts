import type { Job } from '../../../../shared/api/jobs';
import type { Ctx } from '../../context';
import type { OutputKind } from '../destination';
import { startExport } from '../startExport';

/**
 * exports.readingRoom: check the destination, record the export in the audit log, and start the
 * job. The worker fills a hidden work folder beside the destination; the destination itself only
 * appears, whole, when the job is done.
 */

const ROOM: OutputKind = { ext: '', noun: 'folder', example: 'Reading room' };

/** By default `<archive>/exports/reading-room-2026-05-01-1432` (local time), numbered if that exists. */
export function startReadingRoom(ctx: Ctx, input: { out: string }): Job {
  return startExport(ctx, {
    out: input.out,
    output: ROOM,
    defaultBase: 'reading-room',
    format: 'reading-room',
    scope: 'public',
    kind: 'reading-room',
    title: 'Reading room export',
    params: ({ dbFile, workPath, finalPath }) => ({ dbFile, workDir: workPath, finalDir: finalPath, builtAt: ctx.now }),
  });
}
