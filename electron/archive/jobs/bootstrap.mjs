// Starts a job worker from the TypeScript source (CLI, tests and browser mode run through tsx;
// Node 20 cannot strip types itself). The Electron bundle runs its built jobWorker.js instead.
import { workerData } from 'node:worker_threads';

const { tsImport } = await import('tsx/esm/api');
await tsImport(workerData.entry, import.meta.url);
