import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../../../../shared/api/jobs';
import { STEPS } from '../../../../../electron/archive/exports/readingRoom/build';
import { createJobRunner, workerTarget } from '../../../../../electron/archive/jobs/runner';
import { tempDir } from '../../../helpers';
import { runnerOf, sampleArchive, settled } from './helpers';

describe('jobs: long work in a worker thread', () => {
  it('reports each step with done/total, then the result; jobs.get and jobs.list agree', async () => {
    const t = sampleArchive();
    const out = path.join(tempDir(), 'room');
    const seen: Job[] = [];
    runnerOf(t).subscribe((j) => seen.push(j));

    const started = t.call('exports.readingRoom', { out });
    expect(started).toMatchObject({ kind: 'reading-room', state: 'running', title: 'Reading room export to room', result: null, error: null });
    const job = await settled(t, started);

    expect(job).toMatchObject({ state: 'done', result: { path: out }, error: null });
    expect(job.result?.summary).toMatch(/^18 public testimonies/);
    expect(job.finishedAt).not.toBeNull();
    const steps = [...new Set(seen.map((j) => j.step))];
    expect(steps).toEqual([STEPS.prepare, STEPS.read, STEPS.index, STEPS.write, 'Done']);
    for (const step of [STEPS.read, STEPS.index]) {
      const counts = seen.filter((j) => j.step === step).map((j) => [j.done, j.total]);
      expect(counts.at(-1)).toEqual([18, 18]);
      expect(counts.every(([d], i) => i === 0 || d! >= counts[i - 1]![0]!)).toBe(true);
    }
    expect(t.call('jobs.get', { id: job.id })).toEqual(job);
    expect(t.call('jobs.list', {}).map((j) => j.id)).toEqual([job.id]);
  });

  it('cancel stops the worker and removes everything it had written', async () => {
    const t = sampleArchive();
    const parent = tempDir();
    const out = path.join(parent, 'room');
    let halfWritten: string[] = [];
    let cancelled: Job | null = null;
    const runner = runnerOf(t);
    runner.subscribe((j) => {
      if (cancelled || j.step !== STEPS.read || j.done < 1) return;
      halfWritten = readdirSync(parent);
      cancelled = t.call('jobs.cancel', { id: j.id });
    });

    const job = await settled(t, t.call('exports.readingRoom', { out }));

    // The work folder existed when the job was cancelled (so the check below can fail)…
    expect(halfWritten).toHaveLength(1);
    expect(halfWritten[0]).toMatch(/^\.room\.partial-/);
    expect(cancelled).toMatchObject({ state: 'running', step: 'Cancelling' });
    // …and nothing is left once the job reads cancelled.
    expect(job).toMatchObject({ state: 'cancelled', step: 'Cancelled', result: null });
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync(out)).toBe(false);
    // Cancelling again, or a finished job, changes nothing.
    expect(t.call('jobs.cancel', { id: job.id })).toEqual(job);
  });

  it('closing the archive cancels its running jobs and leaves nothing half-written', async () => {
    const t = sampleArchive();
    const parent = tempDir();
    const out = path.join(parent, 'room');
    const runner = runnerOf(t);
    let closed = false;
    runner.subscribe((j) => {
      if (closed || j.step !== STEPS.read || j.done < 1) return;
      closed = true;
      t.workspace.close();
    });
    const job = t.call('exports.readingRoom', { out });
    const ended = await runner.settled(job.id);
    expect(closed).toBe(true);
    expect(ended.state).toBe('cancelled');
    expect(readdirSync(parent)).toEqual([]);
  });

  it('fails with a message, and leaves a folder that appeared meanwhile untouched', async () => {
    const t = sampleArchive();
    const parent = tempDir();
    const out = path.join(parent, 'room');
    let made = false;
    runnerOf(t).subscribe((j) => {
      if (made || j.step !== STEPS.read) return;
      made = true;
      mkdirSync(out);
      writeFileSync(path.join(out, 'mine.txt'), 'someone else’s file');
    });

    const job = await settled(t, t.call('exports.readingRoom', { out }));

    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/appeared while the job ran/);
    expect(readdirSync(parent)).toEqual(['room']);
    expect(readdirSync(out)).toEqual(['mine.txt']);
  });

  it('refuses a destination that exists or is not a full path, before starting anything', () => {
    const t = sampleArchive();
    const existing = tempDir();
    const exists = t.router.call({ user: { name: 'x', role: 'administrator' } }, 'exports.readingRoom', { out: existing });
    expect(exists).toMatchObject({ ok: false, error: { code: 'conflict', field: 'out' } });
    const relative = t.router.call({ user: { name: 'x', role: 'administrator' } }, 'exports.readingRoom', { out: 'room' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'out' } });
    const blocked = path.join(tempDir(), 'a-file');
    writeFileSync(blocked, '');
    const under = t.router.call({ user: { name: 'x', role: 'administrator' } }, 'exports.readingRoom', { out: path.join(blocked, 'room') });
    expect(under).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'out' } });
    expect(t.call('jobs.list', {})).toEqual([]);
    expect(readdirSync(existing)).toEqual([]);
  });

  it('records the export in the audit log under the job’s id', async () => {
    const t = sampleArchive();
    const out = path.join(tempDir(), 'room');
    const job = await settled(t, t.call('exports.readingRoom', { out }));
    const history = t.call('archive.history', { entityType: 'export', entityId: job.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'export', user: 'Test Owner' });
    expect(JSON.stringify(history[0])).toContain(out);
  });

  it('may only be started by an administrator or archivist; jobs may be read by any reader', () => {
    const t = sampleArchive();
    const r = t.router.call({ user: { name: 'r', role: 'researcher' } }, 'exports.readingRoom', { out: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.router.call({ user: { name: 'r', role: 'researcher' } }, 'jobs.list', {})).toEqual({ ok: true, value: [] });
    expect(t.router.call({ user: { name: 'r', role: 'researcher' } }, 'jobs.get', { id: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('an empty destination means a new folder in the archive’s exports/', async () => {
    const t = sampleArchive();
    const job = await settled(t, t.call('exports.readingRoom', { out: '' }));
    expect(job.state).toBe('done');
    expect(path.dirname(job.result?.path ?? '')).toBe(path.join(t.dir, 'exports'));
    expect(path.basename(job.result?.path ?? '')).toMatch(/^reading-room-\d{4}-\d{2}-\d{2}-\d{4}$/);
    expect(existsSync(path.join(job.result?.path ?? '', 'index.html'))).toBe(true);
  });
});

describe('the job runner on its own', () => {
  it('a task that throws in the worker fails the job with its message and removes the work folder', async () => {
    const parent = tempDir();
    const workDir = path.join(parent, '.room.partial');
    mkdirSync(workDir);
    writeFileSync(path.join(workDir, 'half.js'), 'half');
    const runner = createJobRunner();
    const started = runner.start({
      kind: 'reading-room',
      title: 'Broken export',
      params: { dbFile: path.join(parent, 'no-such-archive.sqlite'), workDir, finalDir: path.join(parent, 'room'), builtAt: new Date().toISOString() },
      output: { workDir, finalDir: path.join(parent, 'room') },
    });
    const job = await runner.settled(started.id);
    expect(job).toMatchObject({ state: 'failed', title: 'Broken export', result: null });
    expect(job.error).toMatch(/^Tessera could not read the archive database .*no-such-archive.sqlite/);
    expect(readdirSync(parent)).toEqual([]);
    expect(runner.list().map((j) => j.state)).toEqual(['failed']);
    expect(runner.get('nope')).toBeNull();
  });
});

describe('workerTarget', () => {
  it('runs the built jobWorker.js beside the bundle, else worker.ts through the tsx bootstrap', () => {
    const bundle = tempDir();
    writeFileSync(path.join(bundle, 'jobWorker.js'), '');
    expect(workerTarget(bundle).file).toBe(path.join(bundle, 'jobWorker.js'));
    const chunks = path.join(bundle, 'chunks');
    mkdirSync(chunks);
    expect(workerTarget(chunks).file).toBe(path.join(bundle, 'jobWorker.js'));
    const source = workerTarget(tempDir());
    expect(source.file).toMatch(/bootstrap\.mjs$/);
    expect(source.entry).toMatch(/^file:.*worker\.ts$/);
  });
});
