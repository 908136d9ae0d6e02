import type { Database } from 'better-sqlite3';
import type { Job } from '../../../shared/api/jobs';
import { notFound } from '../db/errors';
import { createJobRunner, type JobRunner } from './runner';

/** One runner per open archive, found by its database connection; forgotten when it closes. */
const runners = new WeakMap<Database, JobRunner>();

export function jobsFor(db: Database): JobRunner {
  let runner = runners.get(db);
  if (!runner) {
    runner = createJobRunner();
    runners.set(db, runner);
  }
  return runner;
}

function found(job: Job | null): Job {
  if (!job) throw notFound('That job');
  return job;
}

/** The jobs.* methods of the contract. */
export const listJobs = (db: Database): Job[] => jobsFor(db).list();
export const getJob = (db: Database, id: string): Job => found(jobsFor(db).get(id));
export const cancelJob = (db: Database, id: string): Job => found(jobsFor(db).cancel(id));
