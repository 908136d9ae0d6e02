import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Job } from '../../../shared/api/jobs';
import type { Ctx } from '../context';
import { jobsFor } from '../jobs/registry';
import { readSettings } from '../settings/settings';
import type { Manifest } from './layout';
import { backupTarget, pruneScheduled } from './write';

/**
 * Starts a backup of the open archive as a job: recorded in the audit log (a PREMIS-style event:
 * who asked, when, where it goes), written by a worker thread under a hidden work name in
 * backups/, verified there, and renamed into place by the job runner only when it holds. Once a
 * scheduled backup is in place the oldest scheduled ones beyond ten are removed.
 */
export function startBackup(ctx: Ctx, kind: Manifest['kind']): Job {
  const { finalDir, workDir } = backupTarget(ctx.dir, readSettings(ctx.db).archiveName, ctx.now);
  mkdirSync(path.dirname(finalDir), { recursive: true });
  ctx.audit({ action: 'backup', entityType: 'archive', entityId: path.basename(finalDir), changes: [{ field: 'backup', old: null, new: { kind, out: finalDir } }] });
  const runner = jobsFor(ctx.db);
  const job = runner.start({
    kind: 'backup',
    title: kind === 'scheduled' ? 'Daily backup' : 'Backup',
    params: { archiveDir: ctx.dir, workDir, kind, createdAt: ctx.now },
    output: { workDir, finalDir },
  });
  if (kind === 'scheduled') {
    void runner.settled(job.id).then((j) => {
      if (j.state === 'done') pruneScheduled(ctx.dir);
    });
  }
  return job;
}
