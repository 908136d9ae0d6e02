import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Job } from '../../../../shared/api/jobs';
import type { Ctx } from '../../context';
import { DB_FILE } from '../../db/open';
import { ArchiveError } from '../../db/errors';
import { jobsFor } from '../../jobs/registry';

/**
 * exports.readingRoom: check the destination, record the export in the audit log, and start the
 * job. The worker fills a hidden work folder beside the destination; the destination itself only
 * appears, whole, when the job is done.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `<archive>/exports/reading-room-2026-05-01-1432` (local time), numbered if that exists. */
export function defaultOut(archiveDir: string, now: Date = new Date()): string {
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  const base = path.join(archiveDir, 'exports', `reading-room-${stamp}`);
  let candidate = base;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

function destination(ctx: Ctx, out: string): string {
  if (out.trim() === '') return defaultOut(ctx.dir, new Date(ctx.now));
  if (out.includes('\0')) throw new ArchiveError('invalid_input', 'The folder name holds a character no file system accepts.', 'out');
  if (!path.isAbsolute(out)) throw new ArchiveError('invalid_input', `Give the whole path of the new folder (for example ${path.join(path.dirname(ctx.dir), 'Reading room')}), not "${out}".`, 'out');
  const dir = path.resolve(out);
  if (existsSync(dir)) throw new ArchiveError('conflict', `${dir} already exists. The reading room is always written to a new folder: choose a name that does not exist yet.`, 'out');
  return dir;
}

/** Makes the parent folders and the empty work folder; every failure is a message about `out`. */
function prepare(finalDir: string, jobId: string): string {
  const parent = path.dirname(finalDir);
  const workDir = path.join(parent, `.${path.basename(finalDir)}.partial-${jobId.slice(0, 8)}`);
  try {
    mkdirSync(parent, { recursive: true });
    mkdirSync(workDir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new ArchiveError('invalid_input', `Tessera cannot create a folder in ${parent} (${code}). Choose a place you may write to.`, 'out');
  }
  return workDir;
}

export function startReadingRoom(ctx: Ctx, input: { out: string }): Job {
  const finalDir = destination(ctx, input.out);
  const id = crypto.randomUUID();
  const workDir = prepare(finalDir, id);
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
