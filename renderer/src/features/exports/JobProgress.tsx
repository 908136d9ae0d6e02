import type { ReactNode } from 'react';
import type { Job } from '../../../../shared/api/jobs';
import { progressText, useJobCancel } from './jobs';

interface JobProgressProps {
  job: Job;
  /** The Cancel button's words: "Cancel the import". */
  cancelLabel?: string;
  /** Said after the step, on the same line: ". You can keep working; …". */
  after?: string;
  /** More buttons beside Cancel (e.g. "Keep working"). */
  actions?: ReactNode;
  /** A note under the buttons: what cancelling leaves behind. */
  note?: ReactNode;
  className?: string;
  /**
   * Whether this is its own live region. A caller that shows the job's end in the same place keeps
   * one live region around both (false here), so the end is announced as the progress was.
   */
  live?: boolean;
}

/**
 * A running job where the page that started it follows it: the step in words, the progress bar
 * (indeterminate until the job knows its total), Cancel, and the engine's refusal to cancel. The
 * jobs tray shows the same job its own way; every page shows it this way.
 */
export function JobProgress({ job, cancelLabel = 'Cancel', after = '', actions, note, className = 'job-follow', live = true }: JobProgressProps) {
  const { cancel, cancelling, stopping, error } = useJobCancel(job);
  const id = `job-progress-${job.id}`;
  return (
    <div className={className} aria-live={live ? 'polite' : undefined}>
      <p id={id}>
        {progressText(job)}
        {after}
      </p>
      <progress className="job-progress" max={job.total || undefined} value={job.total ? job.done : undefined} aria-labelledby={id} />
      <div className="actions">
        <button type="button" className="button" onClick={() => void cancel()} disabled={stopping}>
          {cancelling || stopping ? 'Cancelling…' : cancelLabel}
        </button>
        {actions}
      </div>
      {note}
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}
