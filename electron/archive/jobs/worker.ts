import { parentPort, workerData } from 'node:worker_threads';
import { buildReadingRoom } from '../exports/readingRoom/build';
import { printMarkers } from '../markers/print/job';
import { printReport } from '../reports/pdf/job';
import { printStatusReport } from '../recommendations/print/job';
import { verifyArchive } from '../preservation/verifyTask';
import { writePremisXml } from '../preservation/premisTask';
import { writeBackup } from '../backup/write';
import { runImport } from '../imports/task';
import { runArchiveExport } from '../exports/archiveExportTask';
import { runArchiveImport } from '../archiveJson/task';
import type { JobIO, JobKind, Task, WorkerInput, WorkerMessage } from './protocol';

/**
 * The one worker entry for every job kind (the Electron bundle builds it as out/main/jobWorker.js;
 * source mode loads it through bootstrap.mjs). It runs the task named in workerData and posts
 * progress, then `done` or `failed`. It never renames or deletes the job's output: the runner does.
 */

const TASKS: { [K in JobKind]: Task<K> } = {
  'reading-room': buildReadingRoom,
  'marker-pdf': printMarkers,
  'report-pdf': printReport,
  'recommendations-pdf': printStatusReport,
  verify: verifyArchive,
  'premis-xml': writePremisXml,
  backup: writeBackup,
  import: runImport,
  'archive-export': runArchiveExport,
  'archive-import': runArchiveImport,
};

/** At most one progress message per interval, plus every change of step and the last item. */
const PROGRESS_INTERVAL_MS = 50;

function ioFor(post: (m: WorkerMessage) => void): JobIO {
  let lastStep = '';
  let lastAt = 0;
  return {
    progress(step, done = 0, total = 0) {
      const now = Date.now();
      if (step === lastStep && now - lastAt < PROGRESS_INTERVAL_MS && done < total) return;
      lastStep = step;
      lastAt = now;
      post({ type: 'progress', step, done, total });
    },
  };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function run(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('jobs/worker.ts runs only as a worker thread');
  const post = (m: WorkerMessage) => port.postMessage(m);
  const input = workerData as WorkerInput;
  const task = TASKS[input.kind] as Task<JobKind> | undefined;
  if (!task) return post({ type: 'failed', error: `Tessera has no job called "${String(input.kind)}".` });
  try {
    const { summary, data } = await task(input.params, ioFor(post));
    post({ type: 'done', summary, ...(data === undefined ? {} : { data }) });
  } catch (e) {
    post({ type: 'failed', error: messageOf(e) });
  }
}

void run();
