import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError, Input, Result } from '../../../../shared/api';
import type { ImportReport } from '../../../../shared/api/imports';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { formatCount } from '../../lib/format';
import { trackJob, useTrackedJobs } from '../exports/jobs';
import { JobProgress } from '../exports/JobProgress';
import { ImportReportView } from './ImportReportView';
import type { Job } from '../../../../shared/api/jobs';

export type ImportRequest = Omit<Input<'imports.start'>, 'dryRun'>;

interface ImportRunProps {
  /** The request to send (a wizard may stage its files first); an error is shown by the wizard or here. */
  prepare: () => Promise<Result<ImportRequest>>;
  /** What will be imported, for the confirmation: "the 10 rows of people.csv". */
  what: string;
  /** The confirm button: "Import 10 rows". */
  confirmLabel: string;
  /** Shows an engine refusal at the wizard's own field; false when it is not about one. */
  onFieldError: (error: ApiError) => boolean;
  /** Back to the start, for the next file. */
  onStartOver: () => void;
  startOverLabel: string;
  /** The step's number in its wizard. */
  step: number;
  disabled?: boolean;
}

/** Moves the focus to a result heading when it appears, so keyboard and screen reader users land on it. */
function focusOnMount(el: HTMLElement | null): void {
  el?.focus();
}

function RunningJob({ job, dryRun }: { job: Job; dryRun: boolean }) {
  return (
    <JobProgress
      job={job}
      cancelLabel={dryRun ? 'Cancel the check' : 'Cancel the import'}
      note={dryRun ? null : <p className="muted small">If you cancel, the testimonies already imported are kept whole; the rest are not imported. Nothing is left half-done.</p>}
    />
  );
}

/**
 * The end of both wizards: "Check (dry run)" and "Import…" (after a confirmation naming how much),
 * each a job followed with its progress and Cancel; then the engine's report, row by row.
 */
export function ImportRun({ prepare, what, confirmLabel, onFieldError, onStartOver, startOverLabel, step, disabled }: ImportRunProps) {
  const headingId = useId();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useTrackedJobs().find((j) => j.id === jobId) ?? null;
  const [dryRun, setDryRun] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const [report, setReport] = useState<{ jobId: string; value: ImportReport } | null>(null);
  const [reportError, setReportError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [shownError, setShownError] = useState<ApiError | null>(null);
  const ended = job && job.state !== 'running' ? job.state : null;
  const running = starting || job?.state === 'running';

  // A finished (or cancelled) job's report is read once; a failed job has only its error.
  useEffect(() => {
    if (!job || (ended !== 'done' && ended !== 'cancelled')) return;
    let live = true;
    void call('imports.report', { jobId: job.id }).then((r) => {
      if (!live) return;
      if (r.ok) setReport({ jobId: job.id, value: r.value });
      else if (ended === 'done') setReportError(r.error.message);
    });
    return () => {
      live = false;
    };
    // Read once per ended job.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [job?.id, ended]);

  // The engine's refusal: at the wizard's field when it is about one, else here. The wizard's
  // choices (file, encoding, mapping) stay as they were, so nothing has to be done again.
  const refused = (e: ApiError) => {
    if (!onFieldError(e)) setShownError(e);
  };

  const run = async (asDryRun: boolean) => {
    if (starting) return;
    setConfirming(false);
    setShownError(null);
    setReport(null);
    setReportError(null);
    setDryRun(asDryRun);
    setStarting(true);
    const prepared = await prepare();
    const r = prepared.ok ? await call('imports.start', { ...prepared.value, dryRun: asDryRun }) : prepared;
    setStarting(false);
    if (!r.ok) return refused(r.error);
    trackJob(r.value);
    setJobId(r.value.id);
  };

  const current = report && job && report.jobId === job.id ? report.value : null;
  const imported = current && !current.dryRun && ended === 'done';

  return (
    <section className="import-run" aria-labelledby={`${headingId}-title`}>
      <h2 id={`${headingId}-title`}>{step}. {imported ? 'Import finished' : 'Check, then import'}</h2>
      {imported ? null : (
        <>
          <p className="muted">
            A dry run reads everything and reports what would happen, row by row, without changing the archive. You may import without one; rows that
            fail are left out and listed with the reason.
          </p>
          <div className="actions">
            <button type="button" className="button" disabled={disabled || running} onClick={() => void run(true)}>
              {running && dryRun ? 'Checking…' : 'Check (dry run)'}
            </button>
            <button type="button" className="button button--primary" disabled={disabled || running} onClick={() => setConfirming(true)}>
              {running && !dryRun ? 'Importing…' : 'Import…'}
            </button>
          </div>
        </>
      )}
      {shownError ? <Notice kind="error">{shownError.message}</Notice> : null}
      {job?.state === 'running' ? <RunningJob job={job} dryRun={dryRun} /> : null}
      {job?.state === 'failed' ? (
        <Notice kind="error">
          <p>
            {dryRun ? 'The check could not finish.' : 'The import stopped; the testimonies already imported are kept whole.'} {job.error}
          </p>
        </Notice>
      ) : null}
      {job?.state === 'cancelled' ? (
        <Notice kind="info">
          {dryRun ? 'The check was cancelled. Nothing was changed.' : 'The import was cancelled. The testimonies imported before it stopped are kept whole; the rest were not imported.'}
        </Notice>
      ) : null}
      {reportError ? <Notice kind="error">The report could not be read: {reportError}</Notice> : null}
      {current ? (
        <div className="import-result">
          <h3 id={headingId} tabIndex={-1} ref={focusOnMount}>
            {current.dryRun ? 'Dry run: nothing was changed' : ended === 'cancelled' ? 'What was imported before the cancel' : 'Summary'}
          </h3>
          {current.dryRun ? <p className="muted small">This is what importing would do now.</p> : null}
          <ImportReportView report={current} headingId={headingId} />
          {current.dryRun ? null : (
            <div className="actions">
              {current.counts.added + current.counts.updated > 0 ? (
                <Link className="button button--primary" to="/testimonies?sort=updated&dir=desc">
                  See the imported testimonies
                </Link>
              ) : null}
              <button type="button" className="button" onClick={onStartOver}>
                {startOverLabel}
              </button>
            </div>
          )}
        </div>
      ) : null}
      <ConfirmDialog open={confirming} title="Import now?" confirmLabel={confirmLabel} onConfirm={() => void run(false)} onCancel={() => setConfirming(false)}>
        <p>
          This adds or updates testimonies from {what}. What was imported before and has not changed is skipped. Rows that cannot be read are left out and
          listed with the reason.
        </p>
        {current?.dryRun ? (
          <p>
            The dry run found {formatCount(current.counts.added)} to add, {formatCount(current.counts.updated)} to update and {formatCount(current.counts.failed)}{' '}
            that would fail.
          </p>
        ) : null}
        <p>You can cancel while it runs: the testimonies already imported are kept whole.</p>
      </ConfirmDialog>
    </section>
  );
}
