import { useState, type FormEvent, type ReactNode } from 'react';
import type { Result } from '../../../../shared/api';
import type { Job } from '../../../../shared/api/jobs';
import { PDF_EDITIONS, type PdfEdition } from '../../../../shared/model/markers';
import { jobResultUrl } from '../../api/files';
import { RadioGroup } from '../../components/CheckboxGroup';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Notice } from '../../components/Notice';
import { progressText, trackJob, useJobCancel, useTrackedJobs } from '../exports/jobs';
import { EDITION_LABELS, EDITION_NOTES } from './model/labels';

const EDITIONS = PDF_EDITIONS.map((e) => ({ value: e, label: EDITION_LABELS[e] }));

interface PrintDialogProps {
  open: boolean;
  onClose: () => void;
  /** "Print record sheet". */
  title: string;
  /** What will be printed, in a sentence. */
  children: ReactNode;
  /** Starts the PDF job for an edition. */
  start: (edition: PdfEdition) => Promise<Result<Job>>;
}

/**
 * Chooses the edition, starts the PDF job and follows it here (progress, Cancel, then the download).
 * The job is also followed by the jobs tray (both read the same tracked jobs), so closing this dialog
 * loses nothing: the tray keeps showing it.
 */
export function PrintDialog({ open, onClose, title, children, start }: PrintDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose} className="print-dialog">
      <PrintBody start={start} onClose={onClose}>
        {children}
      </PrintBody>
    </Dialog>
  );
}

function PrintBody({ start, onClose, children }: Omit<PrintDialogProps, 'open' | 'title'>) {
  const [edition, setEdition] = useState<PdfEdition>('public');
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const job = useTrackedJobs().find((j) => j.id === jobId) ?? null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (starting) return;
    setStarting(true);
    setError(null);
    const r = await start(edition);
    setStarting(false);
    if (!r.ok) return setError(r.error.message);
    trackJob(r.value);
    setJobId(r.value.id);
  };

  if (job) return <JobFollow job={job} onAgain={() => setJobId(null)} onClose={onClose} />;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className="dialog-text">{children}</div>
      <RadioGroup path="edition" legend="Edition" options={EDITIONS} value={edition} onChange={(v) => setEdition(v as PdfEdition)} describe={(v) => EDITION_NOTES[v as PdfEdition]} />
      <DialogActions label="Write the PDF" busyLabel="Starting…" busy={starting} error={error} onCancel={onClose} autoFocus="submit" />
    </form>
  );
}

/** One PDF job as it runs and ends: progress and Cancel, then Download PDF and where it was saved. */
function JobFollow({ job, onAgain, onClose }: { job: Job; onAgain: () => void; onClose: () => void }) {
  const { cancel, cancelling, stopping, error } = useJobCancel(job);
  return (
    <div className="print-job" aria-live="polite">
      {job.state === 'running' ? (
        <>
          <p id={`print-job-${job.id}`}>{progressText(job)}</p>
          <progress className="job-progress" max={job.total || undefined} value={job.total ? job.done : undefined} aria-labelledby={`print-job-${job.id}`} />
          <div className="actions">
            <button type="button" className="button" onClick={() => void cancel()} disabled={stopping}>
              {cancelling ? 'Cancelling…' : 'Cancel'}
            </button>
            <button type="button" className="button button--quiet" onClick={onClose}>
              Keep working (progress stays in the jobs tray)
            </button>
          </div>
        </>
      ) : (
        <JobEnded job={job} onAgain={onAgain} onClose={onClose} />
      )}
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}

/** The Cancel button that had focus is gone once the job ends: its next step takes the focus. */
function focusOnMount(el: HTMLElement | null): void {
  el?.focus();
}

/** How the job ended, then its next step (Download PDF, or start again) beside Close. */
function JobEnded({ job, onAgain, onClose }: { job: Job; onAgain: () => void; onClose: () => void }) {
  let notice: ReactNode;
  let next: ReactNode;
  if (job.state === 'done') {
    if (!job.result) return null;
    notice = (
      <Notice kind="success">
        <p>The PDF is ready. {job.result.summary}</p>
        <p className="small">
          Saved in <span className="mono path">{job.result.path}</span>
        </p>
      </Notice>
    );
    next = (
      <a className="button button--primary" href={jobResultUrl(job.id)} download ref={focusOnMount}>
        Download PDF
      </a>
    );
  } else {
    notice =
      job.state === 'failed' ? (
        <Notice kind="error">
          <p>The PDF was not written. {job.error}</p>
        </Notice>
      ) : (
        <Notice kind="info">Cancelled. No PDF was written.</Notice>
      );
    next = (
      <button type="button" className="button button--primary" onClick={onAgain} ref={focusOnMount}>
        {job.state === 'failed' ? 'Try again' : 'Start again'}
      </button>
    );
  }
  return (
    <>
      {notice}
      <div className="actions">
        {next}
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
