import { useSyncExternalStore } from 'react';
import type { Job } from '../../../../shared/api/jobs';

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
