/**
 * What passes between the job runner (main thread) and a job's worker thread. The worker gets its
 * task in `workerData` and answers with progress messages, then exactly one `done` or `failed`.
 */

/** The kinds of work a worker can do, with what each needs. */
export interface JobKinds {
  'reading-room': {
    /** The archive's database file, opened read-only by the worker. */
    dbFile: string;
    /** An empty folder the worker fills; the runner renames it into place when the job is done. */
    workDir: string;
    /** Where the folder will end up, for the words shown to the reader. */
    finalDir: string;
    /** When the export was asked for (ISO); shown on the reading room's first page. */
    builtAt: string;
  };
}
export type JobKind = keyof JobKinds;

export interface WorkerInput<K extends JobKind = JobKind> {
  /** The worker module to load (source mode: bootstrap.mjs loads it through tsx). */
  entry: string;
  kind: K;
  params: JobKinds[K];
}

export type WorkerMessage =
  | { type: 'progress'; step: string; done: number; total: number }
  | { type: 'done'; summary: string }
  | { type: 'failed'; error: string };

/** What a task is given to report progress. `done` of `total` items in the named step. */
export interface JobIO {
  progress(step: string, done?: number, total?: number): void;
}

/** A task: does the work in the worker and says, in words, what it produced. */
export type Task<K extends JobKind> = (params: JobKinds[K], io: JobIO) => Promise<{ summary: string }> | { summary: string };
