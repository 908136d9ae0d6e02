import { useState, type FormEvent } from 'react';
import type { ApiError, Result } from '../../../../shared/api';
import type { Job } from '../../../../shared/api/jobs';
import { trackJob, useTrackedJobs } from './jobs';

/**
 * A dialog's "Write the PDF": one engine call that starts a job, which is then tracked (so the jobs
 * tray shows it too) and followed by the dialog until it ends. A second press while the call runs is
 * ignored; the engine's refusal is kept for the dialog to show next to its field or above the buttons.
 */
export function useStartJob(): {
  job: Job | null;
  starting: boolean;
  error: ApiError | null;
  /** `e` is the form's submit (its default prevented); null when started from a confirmation. */
  start: (e: FormEvent | null, run: () => Promise<Result<Job>>) => Promise<void>;
  /** Back to the form (after a failed or cancelled job). */
  again: () => void;
} {
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const job = useTrackedJobs().find((j) => j.id === jobId) ?? null;

  const start = async (e: FormEvent | null, run: () => Promise<Result<Job>>) => {
    e?.preventDefault();
    if (starting) return;
    setStarting(true);
    setError(null);
    const r = await run();
    setStarting(false);
    if (!r.ok) return setError(r.error);
    trackJob(r.value);
    setJobId(r.value.id);
  };

  return { job, starting, error, start, again: () => setJobId(null) };
}
