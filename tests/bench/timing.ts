/** Timing and memory helpers shared by the benchmark's parts (and the lunr child process). */
import { performance } from 'node:perf_hooks';

export interface Latency {
  runs: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export function summarise(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

/**
 * Runs `fn` once as a warm-up, then up to `runs` timed times, stopping early once `budgetMs` is
 * spent (a search that takes seconds is not run twenty times). A warm-up slower than a quarter of
 * the budget is itself the only sample. Returns every sample and the last value.
 */
export function measure<T>(fn: () => T, runs: number, budgetMs = Infinity): { samples: number[]; value: T } {
  const start = performance.now();
  let value = fn();
  const warm = performance.now() - start;
  if (warm > budgetMs / 4) return { samples: [warm], value };
  const samples: number[] = [];
  for (let i = 0; i < runs && performance.now() - start < budgetMs; i++) {
    const t = performance.now();
    value = fn();
    samples.push(performance.now() - t);
  }
  return { samples, value };
}

/** `measure` for asynchronous work. */
export async function measureAsync<T>(fn: () => Promise<T>, runs: number, budgetMs = Infinity): Promise<{ samples: number[]; value: T }> {
  const start = performance.now();
  let value = await fn();
  const warm = performance.now() - start;
  if (warm > budgetMs / 4) return { samples: [warm], value };
  const samples: number[] = [];
  for (let i = 0; i < runs && performance.now() - start < budgetMs; i++) {
    const t = performance.now();
    value = await fn();
    samples.push(performance.now() - t);
  }
  return { samples, value };
}

export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

export interface Memory {
  rssMB: number;
  heapUsedMB: number;
  heapTotalMB: number;
  externalMB: number;
  /** The largest resident set the process has had so far. */
  maxRssMB: number;
}

const toMB = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function memory(): Memory {
  const m = process.memoryUsage();
  return {
    rssMB: toMB(m.rss),
    heapUsedMB: toMB(m.heapUsed),
    heapTotalMB: toMB(m.heapTotal),
    externalMB: toMB(m.external),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

export const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : n >= 10 ? `${n.toFixed(0)} ms` : `${n.toFixed(1)} ms`);
export const mb = (n: number) => (n >= 1024 ? `${(n / 1024).toFixed(2)} GB` : `${n.toFixed(0)} MB`);
export const bytesMB = (n: number) => mb(n / 1024 / 1024);
