import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Job } from '../../../../../shared/api/jobs';
import { jobsFor } from '../../../../../electron/archive/jobs/registry';
import { testArchive } from '../../../helpers';

export type TestArchive = ReturnType<typeof testArchive>;

/** A new archive holding the fictional sample (40 testimonies, 18 publishable). */
export function sampleArchive(): TestArchive {
  const t = testArchive();
  t.call('archive.loadSample', {});
  return t;
}

/** The runner of the archive that is open in the test's workspace. */
export function runnerOf(t: TestArchive) {
  const a = t.workspace.current();
  if (!a) throw new Error('no archive open');
  return jobsFor(a.db);
}

/** Waits for the job to end (done, failed or cancelled) without sleeping. */
export function settled(t: TestArchive, job: Job): Promise<Job> {
  return runnerOf(t).settled(job.id);
}

/** Every file under a folder, relative, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

/** Runs the reading room's data scripts as a browser would, and returns the globals they set. */
export function readingRoomData(dir: string): Record<string, unknown> {
  const window: Record<string, unknown> = {};
  const context = vm.createContext({ window });
  for (const f of filesUnder(path.join(dir, 'data'))) vm.runInContext(readFileSync(path.join(dir, 'data', f), 'utf8'), context, { filename: f });
  return window;
}
