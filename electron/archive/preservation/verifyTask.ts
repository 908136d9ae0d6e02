import Database from 'better-sqlite3';
import { runChecks, type Check } from '../audit/checks';
import { nativeBindingPath } from '../db/native';
import type { Task } from '../jobs/protocol';

/**
 * The verification job's work, in the worker thread: every check of `tessera verify`, with
 * progress. The worker opens its own connection without the archive lock (the app holds it). Not
 * read-only: FTS5 runs its integrity-check as a write command, which it refuses on a read-only
 * connection; nothing is written (busy_timeout lets it wait for the app's own writes). The checks go
 * back to the main thread as the job's data; the runner's onEnd records them (verify.ts).
 */
export const verifyArchive: Task<'verify'> = ({ dbFile, archiveDir }, io) => {
  io.progress('Opening the archive');
  const nativeBinding = nativeBindingPath();
  let db: Database.Database;
  try {
    db = new Database(dbFile, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (e) {
    throw new Error(`Tessera could not open the archive database ${dbFile} to verify it (${(e as { code?: string }).code ?? (e as Error).message}).`);
  }
  let checks: Check[];
  try {
    db.pragma('busy_timeout = 5000');
    checks = runChecks(db, archiveDir, (step, done = 0, total = 0) => io.progress(step, done, total));
  } finally {
    db.close();
  }
  const failed = checks.filter((c) => !c.ok);
  const summary = failed.length === 0 ? 'Every check passed.' : `${failed.length} of ${checks.length} checks failed: ${failed.map((c) => c.name).join(', ')}.`;
  return { summary, data: checks };
};
