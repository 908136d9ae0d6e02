import { existsSync, linkSync, lstatSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Job } from '../../../shared/api/jobs';
import type { JobKind, JobKinds, WorkerInput, WorkerMessage } from './protocol';

/**
 * Long work in worker threads: start, progress, cancel. Jobs live in memory for as long as the
 * archive is open (see registry.ts). A job that writes a folder fills a work folder beside the
 * destination; only the runner renames it into place when the worker says it is done, and a
 * cancelled or failed job's work folder is removed after its worker has stopped, so nothing
 * half-written is ever left where the person asked for the result.
 */

export interface JobSpec<K extends JobKind> {
  kind: K;
  title: string;
  params: JobKinds[K];
  /** A folder result: the worker writes `workDir`, which becomes `finalDir` when done. */
  output?: { workDir: string; finalDir: string };
  /**
   * Runs on the main thread when the worker has finished or failed, before the job reads as ended
   * (so whoever sees it ended also sees what this wrote): a verification records its outcome in
   * the audit log here. For a finished job it may return the summary to show instead; if it
   * throws, the job fails with its message.
   */
  onEnd?: (end: JobEnd) => string | void;
}

export type JobEnd = { state: 'done'; summary: string; data: unknown } | { state: 'failed'; error: string };

export interface JobRunner {
  start<K extends JobKind>(spec: JobSpec<K>, id?: string): Job;
  get(id: string): Job | null;
  /** Newest first. */
  list(): Job[];
  /** Stops a running job; the job reads `cancelled` once its worker has stopped and its work folder is gone. */
  cancel(id: string): Job | null;
  cancelAll(): Promise<void>;
  /** Resolves with the job once it is done, failed or cancelled. */
  settled(id: string): Promise<Job>;
  /** Called with a copy of a job whenever it changes. Returns the unsubscribe function. */
  subscribe(listener: (job: Job) => void): () => void;
}

interface Entry {
  job: Job;
  worker: Worker | null;
  output: JobSpec<JobKind>['output'];
  onEnd: JobSpec<JobKind>['onEnd'];
  cancelling: boolean;
  waiters: ((job: Job) => void)[];
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Where a worker starts. In the Electron bundle the worker entry is built beside the main bundle
 * (electron.vite.config.ts, input `jobWorker`); from source (CLI, tests, browser mode), a plain
 * .mjs bootstrap loads worker.ts through tsx.
 */
export function workerTarget(dir = here): { file: string; entry: string } {
  for (const candidate of [path.join(dir, 'jobWorker.js'), path.join(dir, '..', 'jobWorker.js')]) {
    if (existsSync(candidate)) return { file: candidate, entry: pathToFileURL(candidate).href };
  }
  return { file: path.join(dir, 'bootstrap.mjs'), entry: pathToFileURL(path.join(dir, 'worker.ts')).href };
}

const copy = (job: Job): Job => ({ ...job, result: job.result ? { ...job.result } : null });

function removeQuietly(dir: string | undefined): void {
  if (!dir) return;
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // A work folder that cannot be removed is hidden (.name.partial-…) and never the destination.
  }
}

/** Something, even a dangling link, is at `p`. */
function taken(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** File systems without hard links (FAT and exFAT drives) answer link() with one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Moves a finished result into place without ever replacing anything. A file is hard-linked to its
 * final name, which fails (EEXIST) if any name appeared there meanwhile, then its work name is
 * removed; rename() would silently replace a file that appeared. A folder is renamed, which fails
 * on a non-empty folder or a file there; an empty folder there is caught by the check before.
 * Returns false when something is already at `finalPath`.
 */
function moveIntoPlace(workPath: string, finalPath: string): boolean {
  if (statSync(workPath).isDirectory()) {
    if (taken(finalPath)) return false;
    renameSync(workPath, finalPath);
    return true;
  }
  try {
    linkSync(workPath, finalPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw err;
    // No hard links on this drive: the check and rename leave a moment in which a file could appear.
    if (taken(finalPath)) return false;
    renameSync(workPath, finalPath);
    return true;
  }
  try {
    unlinkSync(workPath);
  } catch {
    // The result is in place; a work name that cannot be removed is hidden and never the destination.
  }
  return true;
}

export function createJobRunner(): JobRunner {
  const entries = new Map<string, Entry>();
  const listeners = new Set<(job: Job) => void>();

  const emit = (e: Entry) => {
    for (const l of listeners) l(copy(e.job));
  };

  function update(e: Entry, patch: Partial<Job>): void {
    Object.assign(e.job, patch);
    emit(e);
  }

  function settle(e: Entry, patch: Partial<Job>): void {
    if (e.job.state !== 'running') return;
    update(e, { ...patch, finishedAt: new Date().toISOString() });
    for (const w of e.waiters.splice(0)) w(copy(e.job));
  }

  /** The spec's onEnd, at most once: the summary it chose, or its failure in words. */
  function ended(e: Entry, end: JobEnd): { summary: string | void } | { error: string } {
    const hook = e.onEnd;
    e.onEnd = undefined;
    try {
      return { summary: hook?.(end) };
    } catch (err) {
      return { error: (err as Error).message };
    }
  }

  function fail(e: Entry, error: string): void {
    if (e.job.state !== 'running' || e.cancelling) return;
    removeQuietly(e.output?.workDir);
    const after = ended(e, { state: 'failed', error });
    settle(e, { state: 'failed', error: 'error' in after ? `${error} ${after.error}` : error });
    void e.worker?.terminate();
  }

  function complete(e: Entry, workerSummary: string, data: unknown): void {
    const after = ended(e, { state: 'done', summary: workerSummary, data });
    if ('error' in after) return fail(e, after.error);
    const summary = after.summary ?? workerSummary;
    if (e.output) {
      const { workDir, finalDir } = e.output;
      const appeared = `${finalDir} appeared while the job ran, so nothing was written there. Start again with a name that does not exist yet.`;
      try {
        if (!moveIntoPlace(workDir, finalDir)) return fail(e, appeared);
      } catch (err) {
        return fail(e, `The result could not be moved to ${finalDir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Nothing was left there.`);
      }
    }
    settle(e, { state: 'done', step: 'Done', done: e.job.total, result: { path: e.output?.finalDir ?? '', summary } });
  }

  function onMessage(e: Entry, m: WorkerMessage): void {
    if (e.job.state !== 'running' || e.cancelling) return;
    if (m.type === 'progress') update(e, { step: m.step, done: m.done, total: m.total });
    else if (m.type === 'done') complete(e, m.summary, m.data);
    else fail(e, m.error);
  }

  function start<K extends JobKind>(spec: JobSpec<K>, id: string = crypto.randomUUID()): Job {
    const job: Job = {
      id,
      kind: spec.kind,
      title: spec.title,
      state: 'running',
      step: 'Starting',
      done: 0,
      total: 0,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      result: null,
      error: null,
    };
    const entry: Entry = { job, worker: null, output: spec.output, onEnd: spec.onEnd, cancelling: false, waiters: [] };
    entries.set(id, entry);
    const target = workerTarget();
    const workerData: WorkerInput<K> = { entry: target.entry, kind: spec.kind, params: spec.params };
    try {
      entry.worker = new Worker(target.file, { workerData });
    } catch (err) {
      entries.delete(id);
      throw err;
    }
    entry.worker.on('message', (m: WorkerMessage) => onMessage(entry, m));
    entry.worker.on('error', (err) => fail(entry, `The job stopped with an error: ${err.message}`));
    entry.worker.on('exit', (code) => fail(entry, `The job stopped before it finished (exit code ${code}). Nothing was left behind; try again.`));
    return copy(job);
  }

  function cancel(id: string): Job | null {
    const e = entries.get(id);
    if (!e) return null;
    if (e.job.state !== 'running' || e.cancelling) return copy(e.job);
    e.cancelling = true;
    update(e, { step: 'Cancelling' });
    const stopped = e.worker ? e.worker.terminate() : Promise.resolve(0);
    void stopped
      .catch(() => 0)
      .then(() => {
        removeQuietly(e.output?.workDir);
        settle(e, { state: 'cancelled', step: 'Cancelled' });
      });
    return copy(e.job);
  }

  function settled(id: string): Promise<Job> {
    const e = entries.get(id);
    if (!e) return Promise.reject(new Error(`no job ${id}`));
    if (e.job.state !== 'running') return Promise.resolve(copy(e.job));
    return new Promise((resolve) => e.waiters.push(resolve));
  }

  return {
    start,
    cancel,
    settled,
    get: (id) => {
      const e = entries.get(id);
      return e ? copy(e.job) : null;
    },
    list: () => [...entries.values()].reverse().map((e) => copy(e.job)),
    async cancelAll() {
      const running = [...entries.values()].filter((e) => e.job.state === 'running');
      for (const e of running) cancel(e.job.id);
      await Promise.all(running.map((e) => settled(e.job.id)));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
