import type { ReactNode } from 'react';
import type { Job } from '../../../../shared/api/jobs';
import { jobResultUrl } from '../../api/files';
import { Notice } from '../../components/Notice';
import { JobProgress } from './JobProgress';

/**
 * One PDF job followed inside the dialog that started it (a marker's record sheet, the register,
 * the final report): progress and Cancel while it runs, then Download PDF and where it was saved,
 * or why it stopped and a way to start again. The jobs tray follows the same job, so closing the
 * dialog loses nothing.
 */
export function JobFollow({ job, onAgain, onClose }: { job: Job; onAgain: () => void; onClose: () => void }) {
  return (
    <div className="print-job" aria-live="polite">
      {job.state === 'running' ? (
        <JobProgress
          job={job}
          live={false}
          className=""
          actions={
            <button type="button" className="button button--quiet" onClick={onClose}>
              Keep working (progress stays in the jobs tray)
            </button>
          }
        />
      ) : (
        <JobEnded job={job} onAgain={onAgain} onClose={onClose} />
      )}
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
