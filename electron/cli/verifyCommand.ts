import type { Command } from 'commander';
import type { Input, MethodName, Output } from '../../shared/api';
import type { Job } from '../../shared/api/jobs';
import type { Session } from '../archive/context';
import { defaultDataDir } from '../archive/dataDir';
import { createRouter } from '../archive/router';
import { createWorkspace } from '../archive/workspace';
import { cliUserName } from './credentials';
import { CliError, exitCodeFor, print } from './run';

/**
 * `tessera verify <dir> [--json]`: every check (database integrity, links between records, the
 * search index, the audit chain, every stored file's SHA-256) run as the app runs them — the
 * preservation.verify job through the router — so the run is recorded in the audit log as a
 * PREMIS fixity check with its outcome.
 *
 * Verifying must work on an archive in trouble, without a password prompt: with TESSERA_PASSWORD
 * set, the run is recorded under the CLI user after signing in; without it (or on an archive with
 * no accounts yet), under the named system agent VERIFY_AGENT, with the archivist's rights and
 * nothing more, calling only the preservation methods.
 */

export const VERIFY_AGENT = 'tessera verify (command line, not signed in)';

const POLL_MS = 50;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function opened(dir: string) {
  const workspace = createWorkspace({ dataDir: defaultDataDir() });
  const router = createRouter(workspace, () => undefined);
  const as =
    (session: Session | null) =>
    <M extends MethodName>(method: M, input: Input<M>): Output<M> => {
      const r = router.call(session, method, input);
      if (!r.ok) throw new CliError(r.error.message, exitCodeFor(r.error));
      return r.value;
    };
  try {
    const anonymous = as(null);
    anonymous('workspace.open', { path: dir });
    const password = process.env.TESSERA_PASSWORD;
    const signedIn = password && !anonymous('auth.status', {}).needsSetup ? { user: anonymous('auth.signIn', { name: cliUserName(), password }) } : null;
    const session: Session = signedIn ?? { user: { name: VERIFY_AGENT, role: 'archivist' } };
    return { call: as(session), close: () => workspace.close() };
  } catch (e) {
    workspace.close();
    throw e;
  }
}

async function settled(call: ReturnType<typeof opened>['call'], started: Job): Promise<Job> {
  let job = started;
  while (job.state === 'running') {
    await pause(POLL_MS);
    job = call('jobs.get', { id: started.id });
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${job.total > 0 ? `${job.step}: ${job.done} of ${job.total}` : job.step}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  return job;
}

export function addVerifyCommand(program: Command): void {
  program
    .command('verify <dir>')
    .description('check the archive: database integrity, links between records, the search index, the audit chain and every stored file’s SHA-256 (exit 1 if any fails); the run is recorded as a fixity check')
    .option('--json', 'print JSON: { ok, checks: [{ name, ok, detail }] }')
    .action(async (dir: string, o: { json?: boolean }) => {
      const a = opened(dir);
      let checks;
      try {
        const job = await settled(a.call, a.call('preservation.verify', {}));
        const last = a.call('preservation.lastVerification', {});
        if (job.state !== 'done' || !last || last.jobId !== job.id) throw new CliError(job.error ?? 'The verification did not finish.', 1);
        checks = last.checks;
      } finally {
        a.close();
      }
      const ok = checks.every((c) => c.ok);
      print({ ok, checks }, !!o.json, () =>
        [...checks.map((c) => `${c.ok ? 'ok    ' : 'FAILED'}  ${c.name}: ${c.detail}`), ok ? `${dir} holds: every check passed.` : `${dir} failed verification.`].join('\n'),
      );
      const failed = checks.find((c) => !c.ok);
      if (failed) throw new CliError(`verification failed — ${failed.name}: ${failed.detail}`, 1);
    });
}
