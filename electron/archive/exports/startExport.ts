import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Job } from '../../../shared/api/jobs';
import type { Change, Ctx } from '../context';
import { DB_FILE } from '../db/open';
import type { JobKind, JobKinds } from '../jobs/protocol';
import { jobsFor } from '../jobs/registry';
import { defaultOut, destination, prepareWork, type OutputKind } from './destination';

/**
 * How every export job starts (the reading room, the marker PDFs): the destination checked, or a
 * new name under `<archive>/exports/` when none is given; the hidden work path made beside it;
 * the export recorded in the audit log; then the job started with that work path as its output,
 * so the result only appears at the destination, whole, when the job is done. If the job cannot
 * start, the work path is removed again (and the audit row goes with the call's transaction).
 */

export interface ExportStart<K extends JobKind> {
  /** The person's path for the result, or empty for the default name. */
  out: string;
  output: OutputKind;
  /** The default name's first part: `<archive>/exports/<defaultBase>-<stamp><ext>`. */
  defaultBase: string;
  /** What the audit log records as the export's format and scope (or edition), then any more fields. */
  format: string;
  scope: string;
  audited?: Change[];
  kind: K;
  /** The job's title before " to <file name>". */
  title: string;
  /** The worker's parameters, given the paths it works with. */
  params: (paths: { dbFile: string; workPath: string; finalPath: string }) => JobKinds[K];
}

export function startExport<K extends JobKind>(ctx: Ctx, s: ExportStart<K>): Job {
  const finalPath = destination(s.out, s.output, () => defaultOut(ctx.dir, s.defaultBase, new Date(ctx.now), s.output.ext), ctx.dir);
  const id = crypto.randomUUID();
  const workPath = prepareWork(finalPath, id, s.output);
  try {
    ctx.audit({
      action: 'export',
      entityType: 'export',
      entityId: id,
      changes: [
        { field: 'format', old: null, new: s.format },
        { field: 'scope', old: null, new: s.scope },
        { field: 'out', old: null, new: finalPath },
        ...(s.audited ?? []),
      ],
    });
    return jobsFor(ctx.db).start(
      {
        kind: s.kind,
        title: `${s.title} to ${path.basename(finalPath)}`,
        params: s.params({ dbFile: path.join(ctx.dir, DB_FILE), workPath, finalPath }),
        output: { workDir: workPath, finalDir: finalPath },
      },
      id,
    );
  } catch (e) {
    rmSync(workPath, { recursive: true, force: true });
    throw e;
  }
}
