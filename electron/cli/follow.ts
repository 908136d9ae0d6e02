import type { Job } from '../../shared/api/jobs';
import { CliError, type CliArchive } from './run';

/**
 * Following a job started through the router (an export, a PDF) until it ends: each step goes to
 * standard error (and, on a terminal, the count as it moves); Ctrl-C cancels the job, which leaves
 * nothing behind.
 */

const POLL_MS = 100;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function progressLine(job: Job): string {
  return job.total > 0 ? `${job.step}: ${job.done} of ${job.total}` : job.step;
}

/** Follows a job to its end, showing each step (and, on a terminal, the count as it moves). */
export async function follow(a: CliArchive, started: Job): Promise<Job> {
  let job = started;
  let cancelled = false;
  const onInterrupt = () => {
    cancelled = true;
    a.call('jobs.cancel', { id: started.id });
  };
  process.on('SIGINT', onInterrupt);
  const live = process.stderr.isTTY;
  let lastStep = '';
  try {
    while (job.state === 'running') {
      await pause(POLL_MS);
      job = a.call('jobs.get', { id: started.id });
      if (live) process.stderr.write(`\r\x1b[K${progressLine(job)}`);
      else if (job.step !== lastStep && job.state === 'running') process.stderr.write(`${job.step}…\n`);
      lastStep = job.step;
    }
  } finally {
    process.off('SIGINT', onInterrupt);
    if (live) process.stderr.write('\r\x1b[K');
  }
  if (cancelled && job.state === 'cancelled') throw new CliError('Cancelled. Nothing was left behind.', 1);
  return job;
}
