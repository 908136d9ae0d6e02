import type { JobIO } from '../jobs/protocol';

/**
 * The progress of the one imports.loadArchive call the import job makes through its worker's own
 * router: a router call carries no progress channel, and this call may take minutes, so the task
 * hands its JobIO here for the length of the call (each worker thread has its own module state).
 * Anywhere else (a direct call, a test) progress goes nowhere.
 */

const SILENT: JobIO = { progress: () => undefined };
let current: JobIO = SILENT;

export const loadProgress = (): JobIO => current;

export function withLoadProgress<T>(io: JobIO, fn: () => T): T {
  current = io;
  try {
    return fn();
  } finally {
    current = SILENT;
  }
}
