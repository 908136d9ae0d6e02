import { useEffect, useState } from 'react';
import type { Job } from '../../../shared/api/jobs';
import { call } from '../api/client';
import { jobResultUrl } from '../api/files';
import { dismissJob, progressText, resetJobs, trackJob, useJobCancel, useTrackedJobs } from '../features/exports/jobs';
import '../features/exports/exports.css';
import { useArchive } from './ArchiveContext';

/** How often a running job is asked for its progress. */
const POLL_MS = 400;

function JobItem({ job }: { job: Job }) {
  const { cancel, stopping, error } = useJobCancel(job);
  const running = job.state === 'running';
  return (
    <li className={`job job--${job.state}`} aria-labelledby={`job-${job.id}`}>
      <div className="job-body">
        <strong id={`job-${job.id}`} className="job-title">
          {job.title}
        </strong>
        {running ? (
          <>
            <p className="job-step">{progressText(job)}</p>
            <progress className="job-progress" max={job.total || undefined} value={job.total ? job.done : undefined} aria-labelledby={`job-${job.id}`} />
          </>
        ) : null}
        {job.state === 'done' && job.result ? (
          <>
            <p className="job-step">Done. {job.result.summary}</p>
            {job.result.path ? (
              <p className="job-path">
                Saved in <span className="mono path">{job.result.path}</span>
              </p>
            ) : null}
            {job.result.path.toLowerCase().endsWith('.pdf') ? (
              <p>
                <a href={jobResultUrl(job.id)} download>
                  Download the PDF<span className="visually-hidden"> of {job.title}</span>
                </a>
              </p>
            ) : null}
          </>
        ) : null}
        {job.state === 'failed' ? <p className="job-error">{job.error}</p> : null}
        {job.state === 'cancelled' ? <p className="job-step">Cancelled. Nothing was left behind.</p> : null}
        {error ? <p className="job-error">{error}</p> : null}
      </div>
      {running ? (
        <button type="button" className="button button--small" onClick={() => void cancel()} disabled={stopping}>
          {stopping ? 'Cancelling…' : 'Cancel'}
        </button>
      ) : (
        <button type="button" className="button button--small button--quiet" onClick={() => dismissJob(job.id)} aria-label={`Dismiss ${job.title}`}>
          Dismiss
        </button>
      )}
    </li>
  );
}

function announcementFor(job: Job): string {
  if (job.state === 'done') return `${job.title}: done.`;
  if (job.state === 'failed') return `${job.title} failed: ${job.error ?? ''}`;
  if (job.state === 'cancelled') return `${job.title}: cancelled.`;
  return `${job.title} started.`;
}

/**
 * Long work in progress (exports today): title, step in words, a progress bar, Cancel, and where
 * the result is when it is done. It follows the jobs started in this window and any still running
 * in the open archive, asking jobs.get while one runs.
 */
export function JobsTray() {
  const jobs = useTrackedJobs();
  const { info } = useArchive();
  const archivePath = info?.path ?? null;
  const running = jobs.filter((j) => j.state === 'running').map((j) => j.id);
  const runningKey = running.join(',');
  const [announcement, setAnnouncement] = useState('');

  // Jobs belong to the open archive: start again from its running jobs when it changes.
  useEffect(() => {
    resetJobs();
    if (archivePath === null) return;
    let live = true;
    void call('jobs.list', {}).then((r) => {
      if (live && r.ok) resetJobs(r.value.filter((j) => j.state === 'running'));
    });
    return () => {
      live = false;
    };
  }, [archivePath]);

  useEffect(() => {
    if (runningKey === '') return;
    let live = true;
    const timer = setTimeout(() => {
      void Promise.all(runningKey.split(',').map((id) => call('jobs.get', { id }))).then((answers) => {
        if (!live) return;
        for (const r of answers) {
          if (!r.ok) continue;
          if (r.value.state !== 'running') setAnnouncement(announcementFor(r.value));
          trackJob(r.value);
        }
      });
    }, POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [runningKey, jobs]);

  return (
    <section className="jobs-tray" aria-label="Jobs" hidden={jobs.length === 0}>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ul className="jobs-list">
        {jobs.map((j) => (
          <JobItem key={j.id} job={j} />
        ))}
      </ul>
    </section>
  );
}
