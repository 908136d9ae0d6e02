/**
 * Runs the lunr side in a child process with its own (larger) heap, so that lunr running out of
 * memory or time is a figure in the report, not the end of the benchmark.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUERIES } from './queries';
import type { LunrJob, LunrQuery, LunrResult } from './lunrTypes';

export interface LunrOutcome {
  status: 'ok' | 'timeout' | 'out_of_memory' | 'failed' | 'unavailable';
  message: string;
  wallMs: number;
  result: LunrResult | null;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

/** The fixed queries for the reading room's search; decade facets are given as years, as queries.ts does. */
export function lunrQueries(limit: number): LunrQuery[] {
  return QUERIES.map((q) => ({ id: q.id, text: q.q, filters: { ...q.filters }, sort: q.sort ?? 'relevance', offset: q.offset ?? 0, limit }));
}

export interface LunrBenchOptions {
  corpusFile: string;
  workDir: string;
  runs: number;
  limit: number;
  heapMB: number;
  /** The build may take this long; past it the child is stopped and the timeout is the figure. */
  buildCapMs: number;
  /** Each query may take this long in all. */
  queryBudgetMs: number;
  /** Stops the child (the benchmark was interrupted). */
  signal?: AbortSignal;
}

function readResult(file: string): LunrResult | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LunrResult;
  } catch {
    return null;
  }
}

export async function runLunrBench(opts: LunrBenchOptions): Promise<LunrOutcome> {
  if (!existsSync(path.join(repoRoot, 'node_modules', 'lunr'))) {
    return { status: 'unavailable', message: 'lunr is not installed (node_modules/lunr)', wallMs: 0, result: null };
  }
  const job: LunrJob = {
    corpusFile: opts.corpusFile,
    queries: lunrQueries(opts.limit),
    runs: opts.runs,
    queryBudgetMs: opts.queryBudgetMs,
    outFile: path.join(opts.workDir, 'lunr-result.json'),
    indexFile: path.join(opts.workDir, 'lunr-index.json'),
  };
  const jobFile = path.join(opts.workDir, 'lunr-job.json');
  writeFileSync(jobFile, JSON.stringify(job));
  const started = Date.now();
  const child = spawn(process.execPath, [`--max-old-space-size=${opts.heapMB}`, '--expose-gc', '--import', 'tsx', path.join(here, 'lunrChild.ts'), jobFile], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'pipe'],
    ...(opts.signal ? { signal: opts.signal, killSignal: 'SIGKILL' as const } : {}),
  });
  child.on('error', () => {}); // an abort is reported through 'close'
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-20_000);
  });
  // Stop a build that runs past its cap, and anything at all past the cap plus a query budget each.
  const totalCapMs = opts.buildCapMs + 120_000 + opts.queryBudgetMs * job.queries.length;
  const stop: { reason: string | null } = { reason: null };
  const watch = setInterval(() => {
    const now = readResult(job.outFile);
    const building = now === null || now.phase === 'reading' || now.phase === 'building';
    if (building && Date.now() - (now?.phaseStartedAt ?? started) > opts.buildCapMs) stop.reason = `the build passed its cap of ${Math.round(opts.buildCapMs / 1000)} s`;
    else if (Date.now() - started > totalCapMs) stop.reason = `the run passed its cap of ${Math.round(totalCapMs / 1000)} s while ${now?.phase ?? 'starting'}`;
    if (stop.reason) child.kill('SIGKILL');
  }, 1000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearInterval(watch);
  const wallMs = Date.now() - started;
  const result = readResult(job.outFile);
  const phase = result?.phase ?? 'starting';
  if (stop.reason) return { status: 'timeout', message: `stopped: ${stop.reason}`, wallMs, result };
  if (/heap out of memory|Allocation failed/i.test(stderr)) return { status: 'out_of_memory', message: `ran out of its ${opts.heapMB} MB heap while ${phase}`, wallMs, result };
  if (code !== 0 || phase !== 'done') return { status: 'failed', message: `exited with ${code} while ${phase}: ${stderr.trim().split('\n').slice(-3).join(' ')}`, wallMs, result };
  return { status: 'ok', message: '', wallMs, result };
}
