import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Job } from '../../../../shared/api/jobs';
import type { Ctx } from '../../context';
import { DB_FILE } from '../../db/open';
import { jobsFor } from '../../jobs/registry';
import { defaultOut, destination, prepareWork, type OutputKind } from '../destination';

/**
 * exports.readingRoom: check the destination, record the export in the audit log, and start the
 * job. The worker fills a hidden work folder beside the destination; the destination itself only
 * appears, whole, when the job is done.
 */

const ROOM: OutputKind = { ext: '', noun: 'folder', example: 'Reading room' };

/** `<archive>/exports/reading-room-2026-05-01-1432` (local time), numbered if that exists. */
export const defaultRoomOut = (archiveDir: string, now: Date = new Date()): string => defaultOut(archiveDir, 'reading-room', now);

export function startReadingRoom(ctx: Ctx, input: { out: string }): Job {
  const finalDir = destination(input.out, ROOM, () => defaultRoomOut(ctx.dir, new Date(ctx.now)), ctx.dir);
  const id = crypto.randomUUID();
  const workDir = prepareWork(finalDir, id, ROOM);
  try {
    ctx.audit({
      action: 'export',
      entityType: 'export',
      entityId: id,
      changes: [
        { field: 'format', old: null, new: 'reading-room' },
        { field: 'scope', old: null, new: 'public' },
        { field: 'out', old: null, new: finalDir },
      ],
    });
    return jobsFor(ctx.db).start(
      {
        kind: 'reading-room',
        title: `Reading room export to ${path.basename(finalDir)}`,
        params: { dbFile: path.join(ctx.dir, DB_FILE), workDir, finalDir, builtAt: ctx.now },
        output: { workDir, finalDir },
      },
      id,
    );
  } catch (e) {
    rmSync(workDir, { recursive: true, force: true });
    throw e;
  }
}
