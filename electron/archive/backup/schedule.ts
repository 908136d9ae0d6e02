import type { Job } from '../../../shared/api/jobs';
import { createCtx, type Session } from '../context';
import { jobsFor } from '../jobs/registry';
import type { Workspace } from '../workspace';
import { listBackups } from './layout';
import { startBackup } from './start';

/**
 * The daily backup: while an archive is open, once a day a verified backup is made in its
 * backups/ folder (the ten newest scheduled ones are kept). It runs in the engine, so the
 * Electron app and browser mode both start it with one line where they make their workspace.
 * Ticks are cheap (a folder listing); a tick while a backup job is still running does nothing.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;
const SCHEDULER: Session = { user: { name: 'Tessera (daily backup)', role: 'administrator' } };

/** Starts a scheduled backup of the open archive if its newest backup is `everyMs` old or more; answers the job or null. */
export function backupIfDue(workspace: Workspace, now = new Date(), everyMs = DAY_MS): Job | null {
  const archive = workspace.current();
  if (!archive) return null;
  if (jobsFor(archive.db).list().some((j) => j.kind === 'backup' && j.state === 'running')) return null;
  const newest = listBackups(archive.dir)[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < everyMs) return null;
  const ctx = createCtx(archive, SCHEDULER, 'backups.scheduled');
  return archive.db.transaction(() => startBackup({ ...ctx, now: now.toISOString() }, 'scheduled')).immediate();
}

/**
 * Checks every `checkEveryMs` (default: hourly, and a minute after starting) whether a backup is
 * due. Answers a function that stops it. Failures are logged, never thrown: a missed backup must
 * not stop the app, and the next tick tries again.
 */
export function startBackupSchedule(
  workspace: Workspace,
  opts: { everyMs?: number; checkEveryMs?: number; firstCheckMs?: number; log?: (message: string, error: unknown) => void } = {},
): () => void {
  const log = opts.log ?? ((m, e) => console.error(m, e));
  const tick = () => {
    try {
      backupIfDue(workspace, new Date(), opts.everyMs ?? DAY_MS);
    } catch (e) {
      log('The daily backup could not start', e);
    }
  };
  const first = setTimeout(tick, opts.firstCheckMs ?? 60_000);
  const every = setInterval(tick, opts.checkEveryMs ?? 60 * 60 * 1000);
  first.unref?.();
  every.unref?.();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
