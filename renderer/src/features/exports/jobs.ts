import { useState, useSyncExternalStore } from 'react';
import type { Job } from '../../../../shared/api/jobs';
import { call } from '../../api/client';

/**
 * The jobs this window follows (newest first), shared by the page that starts a job and the jobs
 * tray that shows its progress. The tray polls jobs.get while any of them runs.
 */

let jobs: readonly Job[] = [];
const listeners = new Set<() => void>();

function set(next: readonly Job[]): void {
  jobs = next;
  for (const l of listeners) l();
}

/** Follows a job (or updates one already followed). */
export function trackJob(job: Job): void {
  set(jobs.some((j) => j.id === job.id) ? jobs.map((j) => (j.id === job.id ? job : j)) : [job, ...jobs]);
}

export function dismissJob(id: string): void {
  set(jobs.filter((j) => j.id !== id));
}

/** Forgets every job (another archive was opened: jobs belong to the archive). */
export function resetJobs(next: readonly Job[] = []): void {
  set(next);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTrackedJobs(): readonly Job[] {
  return useSyncExternalStore(subscribe, () => jobs);
}

/** "Indexing the testimonies — 12 of 18". */
export function progressText(job: Job): string {
  return job.total > 0 ? `${job.step} — ${job.done.toLocaleString()} of ${job.total.toLocaleString()}` : job.step;
}

/**
 * Cancel for a running job, wherever it is shown (the jobs tray, the dialog that started it): asks
 * the engine, follows the answer, and keeps its refusal to show. `stopping` stays true from the
 * press until the job ends, including when another view pressed Cancel.
 */
export function useJobCancel(job: Job): { cancel: () => Promise<void>; cancelling: boolean; stopping: boolean; error: string | null } {
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancel = async () => {
    setCancelling(true);
    const r = await call('jobs.cancel', { id: job.id });
    if (r.ok) {
      trackJob(r.value);
      return;
    }
    // Refused (e.g. the job had already finished): the button comes back so the person can act again.
    setCancelling(false);
    setError(r.error.message);
  };
  return { cancel, cancelling, stopping: cancelling || job.step === 'Cancelling', error };
}
