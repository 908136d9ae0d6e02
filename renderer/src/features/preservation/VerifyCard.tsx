import { useEffect, useState } from 'react';
import type { Verification } from '../../../../shared/api/preservation';
import { call } from '../../api/client';
import { ApiErrorNotice, Notice } from '../../components/Notice';
import { formatDateTime } from '../../lib/format';
import { useStartJob } from '../exports/useStartJob';
import { progressText } from '../exports/jobs';

/** The checks of one verification, each with what it found. */
function CheckList({ v }: { v: Verification }) {
  return (
    <table className="preservation-table">
      <caption className="visually-hidden">Result of each check</caption>
      <thead>
        <tr>
          <th scope="col">Check</th>
          <th scope="col">Result</th>
          <th scope="col">What was found</th>
        </tr>
      </thead>
      <tbody>
        {v.checks.map((c) => (
          <tr key={c.name}>
            <th scope="row">{c.name}</th>
            <td className={c.ok ? '' : 'outcome--failure'}>{c.ok ? '✓ Holds' : '✗ Failed'}</td>
            <td>{c.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "Verify the archive now": the job runs in the background (also shown in the jobs tray); when it
 * ends, the recorded outcome is read back from the audit log, so what the page shows is what was
 * recorded. `onRecorded` lets the page refresh the chain and the event list.
 */
export function VerifyCard({ onRecorded }: { onRecorded: () => void }) {
  const [last, setLast] = useState<Verification | null | undefined>(undefined);
  const { job, starting, error, start } = useStartJob();
  const running = starting || job?.state === 'running';
  const ended = job && job.state !== 'running' ? job.state : null;

  useEffect(() => {
    let live = true;
    void call('preservation.lastVerification', {}).then((r) => {
      if (live && r.ok) setLast(r.value);
    });
    if (ended) onRecorded();
    return () => {
      live = false;
    };
    // onRecorded is a fresh function each render; the outcome is read once per ended job.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ended]);

  return (
    <section className="card preservation-card" aria-labelledby="verify-title">
      <h2 id="verify-title">Verify the archive</h2>
      <p className="muted">
        Checks the database’s integrity, the links between records, the search index, the audit chain and every stored file against its SHA-256. Each run
        is recorded as a fixity check in the events below.
      </p>
      <form onSubmit={(e) => void start(e, () => call('preservation.verify', {}))}>
        <button type="submit" className="button button--primary" disabled={running}>
          {running ? 'Verifying…' : 'Verify the archive now'}
        </button>
      </form>
      <ApiErrorNotice error={error} />
      {job?.state === 'running' ? (
        <div aria-live="polite">
          <p id="verify-progress">{progressText(job)}</p>
          <progress className="job-progress" max={job.total || undefined} value={job.total ? job.done : undefined} aria-labelledby="verify-progress" />
        </div>
      ) : null}
      {job?.state === 'failed' ? <Notice kind="error">The verification could not finish. {job.error}</Notice> : null}
      {last === null && !job ? <p>This archive has not been verified yet. Verify it now, and again after copying or restoring it.</p> : null}
      {last ? (
        <div aria-live="polite">
          <Notice kind={last.ok ? 'success' : 'error'}>
            <p>
              {last.ok ? 'The archive holds: every check passed.' : 'The archive failed verification: restore what is named below from a verified backup.'}{' '}
              <span className="small">
                Verified {formatDateTime(last.at)} by {last.user}.
              </span>
            </p>
          </Notice>
          <CheckList v={last} />
        </div>
      ) : null}
    </section>
  );
}
