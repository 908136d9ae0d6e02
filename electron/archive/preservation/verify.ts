import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Job } from '../../../shared/api/jobs';
import type { CheckResult, Verification } from '../../../shared/api/preservation';
import { appendAudit } from '../audit/record';
import type { Ctx, Session } from '../context';
import { ArchiveError } from '../db/errors';
import { DB_FILE } from '../db/open';
import { jobsFor } from '../jobs/registry';
import type { JobEnd } from '../jobs/runner';

/**
 * preservation.verify: every check of `tessera verify`, run as a job in a worker thread (the app
 * stays responsive however many files there are), and its outcome recorded in the audit log as a
 * PREMIS fixity check, under the person who asked for it.
 *
 * Two audit entries per run: the call records that the verification started (every write through
 * the router audits in its own transaction); when the worker ends, the runner's onEnd appends the
 * outcome in a transaction of its own, before the job reads as ended, so whoever sees the job done
 * finds the outcome in the log. That second write is the continuation of a call the router already
 * validated and authorised; it is the audit entry itself. A run that cannot finish (the worker
 * failed) is recorded as a failed fixity check; a cancelled run records nothing more.
 */

const METHOD = 'preservation.verify';
const ENTITY = { entityType: 'archive', entityId: 'archive' } as const;

/** The outcome in one sentence: every check, or the first that failed (and how many more). */
export function outcomeWords(checks: readonly CheckResult[]): string {
  const failed = checks.filter((c) => !c.ok);
  const first = failed[0];
  if (!first) return `Every check held: ${checks.map((c) => `${c.name} (${c.detail})`).join('; ')}`;
  const more = failed.length > 1 ? ` (and ${failed.length - 1} more ${failed.length === 2 ? 'check' : 'checks'} failed: ${failed.slice(1).map((c) => c.name).join(', ')})` : '';
  return `${first.name}: ${first.detail}${more}`;
}

function isChecks(data: unknown): data is CheckResult[] {
  return Array.isArray(data) && data.every((c) => typeof c === 'object' && c !== null && typeof (c as CheckResult).name === 'string' && typeof (c as CheckResult).ok === 'boolean');
}

/** Appends the outcome of one run to the audit log, in its own transaction. */
export function recordOutcome(db: Database, session: Session, jobId: string, end: JobEnd): void {
  const checks = end.state === 'done' && isChecks(end.data) ? end.data : [];
  const ok = end.state === 'done' && checks.length > 0 && checks.every((c) => c.ok);
  const detail = end.state === 'failed' ? `The verification could not finish: ${end.error}` : checks.length ? outcomeWords(checks) : 'The verification gave no result.';
  db.transaction(() =>
    appendAudit(db, session, METHOD, new Date().toISOString(), {
      action: 'fixity-check',
      ...ENTITY,
      changes: [
        { field: 'outcome', old: null, new: ok ? 'success' : 'failure' },
        { field: 'detail', old: null, new: detail },
        { field: 'checks', old: null, new: checks },
        { field: 'job', old: null, new: jobId },
      ],
    }),
  ).immediate();
}

export function startVerify(ctx: Ctx): Job {
  const runner = jobsFor(ctx.db);
  const running = runner.list().find((j) => j.kind === 'verify' && j.state === 'running');
  if (running) throw new ArchiveError('conflict', `The archive is being verified already (started ${running.startedAt}). Wait for that verification to finish.`);
  const id = crypto.randomUUID();
  ctx.audit({ action: 'verify-start', ...ENTITY, changes: [{ field: 'job', old: null, new: id }] });
  const { db, session } = ctx;
  return runner.start(
    {
      kind: 'verify',
      title: 'Verifying the archive',
      params: { dbFile: path.join(ctx.dir, DB_FILE), archiveDir: ctx.dir },
      onEnd: (end) => {
        try {
          recordOutcome(db, session, id, end);
        } catch (e) {
          throw new Error(`The outcome could not be recorded in the audit log (${(e as { code?: string }).code ?? (e as Error).message}).`);
        }
      },
    },
    id,
  );
}

/** preservation.lastVerification: the newest recorded outcome, or null before the first run. */
export function lastVerification(db: Database): Verification | null {
  const row = db
    .prepare("SELECT seq, at, user, changes FROM audit_log WHERE entity_type = 'archive' AND action = 'fixity-check' ORDER BY seq DESC LIMIT 1")
    .get() as { seq: number; at: string; user: string; changes: string } | undefined;
  if (!row) return null;
  let changes: { field: string; new: unknown }[] = [];
  try {
    changes = JSON.parse(row.changes) as typeof changes;
  } catch {
    // An entry altered outside Tessera: reported as a failed run with no checks; the chain names it.
  }
  const value = (field: string) => (Array.isArray(changes) ? changes.find((c) => c.field === field)?.new : undefined);
  const checks = value('checks');
  const job = value('job');
  return { seq: row.seq, at: row.at, user: row.user, jobId: typeof job === 'string' ? job : '', ok: value('outcome') === 'success', checks: isChecks(checks) ? checks : [] };
}
