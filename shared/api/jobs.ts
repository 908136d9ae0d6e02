import { z } from 'zod';
import { id } from '../model/fields';
import { method, READERS } from './define';

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;

/** A long piece of work (export, import, report) running in a worker thread. */
export const job = z.object({
  id,
  kind: z.string(),
  /** What the job is, in words: "Reading room export". */
  title: z.string(),
  state: z.enum(JOB_STATES),
  /** The step in words: "Indexing testimonies". */
  step: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** When done: where the result is and what it holds, in words. */
  result: z.object({ path: z.string(), summary: z.string() }).nullable(),
  /** When failed: what went wrong, in words a person can act on. */
  error: z.string().nullable(),
});
export type Job = z.output<typeof job>;

export const jobsApi = {
  'jobs.list': method({
    summary: 'The jobs started since the archive was opened, newest first',
    input: z.object({}).default({}),
    output: z.array(job),
    roles: READERS,
    kind: 'read',
    scope: 'archive',
  }),
  'jobs.get': method({
    summary: 'One job and its progress',
    input: z.object({ id }),
    output: job,
    roles: READERS,
    kind: 'read',
    scope: 'archive',
  }),
  'jobs.cancel': method({
    summary: 'Stop a running job; nothing half-written is left behind',
    input: z.object({ id }),
    output: job,
    roles: READERS,
    kind: 'read',
    scope: 'archive',
  }),
} as const;
