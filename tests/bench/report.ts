/** The printed tables and the JSON file of a benchmark run. */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GeneratedArchive } from './generate';
import type { ListResult } from './listBench';
import type { LunrOutcome } from './lunrBench';
import type { SearchBenchResult } from './searchBench';
import type { ThemesBenchResult } from './themesBench';
import { bytesMB, mb, ms, type Memory } from './timing';

export interface FtsFigures {
  /** testimonies.createMany calls: validation, records, audit, FTS5 index, in one transaction per batch. */
  importMs: number;
  /** `INSERT INTO search_fts(search_fts) VALUES('rebuild')`: the index alone, from the records. */
  rebuildMs: number | null;
  archiveBytes: number;
  /** Bytes by part of the database (dbstat): FTS5 index, transcripts, audit log, the rest. */
  breakdown: Record<string, number> | null;
  /** workspace.open through the router (lock, connect, quick_check, migrations); no index is loaded. */
  openMs: number;
  quickCheckMs: number;
  /** The first search.query after opening. */
  firstSearchMs: number | null;
  rssGrowthOnOpenMB: number;
  memoryAfterImport: Memory;
  memoryAfterSearch: Memory;
}

export interface SizeResult {
  count: number;
  /** The machine's 1-minute load average at the start and end of this size (other work skews figures). */
  loadAverage: { start: number; end: number };
  archive: GeneratedArchive;
  fts: FtsFigures;
  lists: ListResult[];
  search: SearchBenchResult;
  /** Null with --no-themes. */
  themes: ThemesBenchResult | null;
  lunr: LunrOutcome;
}

export interface Targets {
  p95Under100msAt10k: { met: boolean | null; worst: { id: string; p95: number } | null; over: { id: string; p50: number; p95: number }[] };
  build10xFaster: { met: boolean | null; indexOnlyRatio: number | null; importRatio: number | null; count: number | null };
  openNeedsNoIndexLoad: { met: boolean | null; openMs: number | null; quickCheckMs: number | null; lunrLoadMs: number | null };
}

const n = (x: number) => x.toLocaleString('en');
const pad = (s: string, w: number) => (s.length >= w ? `${s.slice(0, w - 1)}… ` : s.padEnd(w));
const lpad = (s: string, w: number) => s.padStart(w);

export function targetsOf(results: SizeResult[]): Targets {
  const at10k = results.find((r) => r.count === 10_000) ?? null;
  const largest = [...results].sort((a, b) => b.count - a.count)[0] ?? null;
  const forBuild = at10k ?? largest;
  const queries = at10k?.search.available ? at10k.search.queries.filter((q) => !q.error) : [];
  const worst = queries.reduce<{ id: string; p95: number } | null>((w, q) => (w === null || q.latency.p95 > w.p95 ? { id: q.id, p95: q.latency.p95 } : w), null);
  const lunrBuild = forBuild?.lunr.result?.buildMs;
  const lunrTimedOut = forBuild !== null && forBuild.lunr.status !== 'ok' && forBuild.lunr.status !== 'unavailable' && lunrBuild === undefined;
  const capMs = forBuild?.lunr.wallMs ?? 0;
  const ratio = (fts: number | null | undefined) => {
    if (fts === null || fts === undefined || fts <= 0) return null;
    if (lunrBuild !== undefined) return lunrBuild / fts;
    return lunrTimedOut ? capMs / fts : null; // at least this much
  };
  const indexOnlyRatio = ratio(forBuild?.fts.rebuildMs);
  const importRatio = ratio(forBuild?.fts.importMs);
  const lunrLoad = at10k?.lunr.result?.load?.totalMs ?? null;
  return {
    p95Under100msAt10k: {
      met: at10k && at10k.search.available ? queries.every((q) => q.latency.p95 < 100) && queries.length === at10k.search.queries.length : null,
      worst,
      over: queries.filter((q) => q.latency.p95 >= 100).map((q) => ({ id: q.id, p50: q.latency.p50, p95: q.latency.p95 })),
    },
    build10xFaster: { met: indexOnlyRatio === null ? null : indexOnlyRatio >= 10, indexOnlyRatio, importRatio, count: forBuild?.count ?? null },
    openNeedsNoIndexLoad: { met: at10k ? at10k.fts.rssGrowthOnOpenMB < 50 : null, openMs: at10k?.fts.openMs ?? null, quickCheckMs: at10k?.fts.quickCheckMs ?? null, lunrLoadMs: lunrLoad },
  };
}

export function printSize(r: SizeResult): void {
  const a = r.archive;
  const L = r.lunr.result;
  const lunrOk = r.lunr.status === 'ok';
  const lunrLabel = L ? `lunr ${L.lunrVersion}` : 'lunr';
  const lunrFail = lunrOk ? '' : `${r.lunr.status.replace(/_/g, ' ')}: ${r.lunr.message}`;
  const W0 = 34;
  const W1 = 42;
  const line = (label: string, fts: string, lunr: string) => console.log(`${pad(label, W0)}${pad(fts, W1)}${lunr}`);
  console.log('');
  console.log(`── ${n(r.count)} testimonies (load average ${r.loadAverage.start.toFixed(1)} → ${r.loadAverage.end.toFixed(1)} on ${os.cpus().length} cores) ─ ${(a.words.total / 1e6).toFixed(1)} M words (median ${n(a.words.median)}, mean ${n(a.words.mean)}, p95 ${n(a.words.p95)}, max ${n(a.words.max)}) · ${n(a.people)} people · ${n(a.places)} places · ${n(a.hearings)} hearings · ${n(a.withdrawn)} withdrawn`);
  if (L) console.log(`   lunr: ${L.builder}; searched with ${L.searcher || '—'}`);
  line('', 'Tessera (SQLite FTS5, search.query)', lunrLabel);
  const f = r.fts;
  const lunrOr = (s: string | null) => (s ?? (lunrFail || '—'));
  line('build', `import + index ${ms(f.importMs)} (${n(Math.round(r.count / (f.importMs / 1000)))}/s)`, lunrOr(L?.buildMs !== undefined ? `${ms(L.buildMs)} (build + serialize)` : null));
  line('  index only', f.rebuildMs === null ? '—' : `FTS5 rebuild ${ms(f.rebuildMs)}`, L?.serializeMs !== undefined ? `+ serialize ${ms(L.serializeMs)}` : '');
  const ftsIndex = f.breakdown ? (f.breakdown['FTS5 index'] ?? 0) : null;
  line('index size', ftsIndex === null ? '—' : `${bytesMB(ftsIndex)} (FTS5 tables)`, L?.indexBytes !== undefined ? `${bytesMB(L.indexBytes)} (JSON)` : lunrOr(null));
  console.log(`${pad('archive file', W0)}${bytesMB(f.archiveBytes)}${f.breakdown ? ` (${Object.entries(f.breakdown).map(([k, v]) => `${k} ${bytesMB(v)}`).join(', ')})` : ''}`);
  line(
    'open / load',
    `${ms(f.openMs)} (quick_check ${ms(f.quickCheckMs)}; rss ${f.rssGrowthOnOpenMB >= 0 ? '+' : '−'}${Math.abs(f.rssGrowthOnOpenMB)} MB)`,
    L?.load ? `${ms(L.load.totalMs)} (read ${ms(L.load.readMs)}, parse ${ms(L.load.parseMs)}, Index.load ${ms(L.load.indexLoadMs)})` : lunrOr(null),
  );
  line('first search after opening', f.firstSearchMs === null ? '—' : ms(f.firstSearchMs), '');
  line(
    'memory',
    `rss ${mb(f.memoryAfterSearch.rssMB)}, heap ${mb(f.memoryAfterSearch.heapUsedMB)} (peak rss ${mb(f.memoryAfterSearch.maxRssMB)})`,
    L?.heapAfterBuild
      ? `heap: corpus ${mb(L.heapBeforeBuild?.heapUsedMB ?? 0)}, peak seen ${mb(L.heapPeakSampledMB ?? 0)}, after build ${mb(L.heapAfterBuild.heapUsedMB)}; peak rss ${mb(L.peak?.maxRssMB ?? 0)}${L.load ? `; after load ${mb(L.load.heapAfterLoad.heapUsedMB)}` : ''}`
      : lunrOr(null),
  );
  const s = r.search;
  line('search p50 / p95, all queries', s.available ? `${ms(s.overall.p50)} / ${ms(s.overall.p95)} (page of ${s.limit})` : `unavailable: ${s.error ?? ''}`, L?.overall ? `${ms(L.overall.p50)} / ${ms(L.overall.p95)}` : lunrOr(null));
  console.log('');
  console.log(`${pad('query', 18)}${pad('as typed', 32)}${lpad('hits', 8)}${lpad('expected', 9)}${lpad('p50', 9)}${lpad('p95', 9)}${lpad('engine', 9)}   ${lpad('lunr hits', 9)}${lpad('p50', 9)}${lpad('p95', 9)}`);
  for (const q of s.queries) {
    const lq = L?.queries?.find((x) => x.id === q.id);
    const typed = `${q.input.q ?? ''}${Object.entries(q.input.filters ?? {}).map(([k, v]) => ` [${k}=${(v as string[]).join('|')}]`).join('')}${q.input.sort && q.input.sort !== 'relevance' ? ` (${q.input.sort})` : ''}${q.input.offset ? ` @${q.input.offset}` : ''}`;
    const exp = q.expected === null ? '' : q.expected === q.total ? `${n(q.expected)} ✓` : `${n(q.expected)} ✗`;
    const fts = q.error ? `error: ${q.error}` : `${lpad(n(q.total), 8)}${lpad(exp, 9)}${lpad(ms(q.latency.p50), 9)}${lpad(ms(q.latency.p95), 9)}${lpad(ms(q.engine.p50), 9)}`;
    const lunr = lq ? (lq.error ? `error: ${lq.error}` : `${lpad(n(lq.total), 9)}${lpad(ms(lq.latency.p50), 9)}${lpad(ms(lq.latency.p95), 9)}`) : '';
    console.log(`${pad(q.id, 18)}${pad(typed || '(empty)', 32)}${fts}   ${lunr}`);
  }
  if (!s.available && L?.queries) for (const lq of L.queries) console.log(`${pad(lq.id, 18)}${pad(lq.q ?? '(all)', 32)}${' '.repeat(44)}   ${lpad(n(lq.total), 9)}${lpad(ms(lq.latency.p50), 9)}${lpad(ms(lq.latency.p95), 9)}`);
  console.log('');
  for (const l of r.lists) console.log(`${pad(l.name, 52)}${lpad(ms(l.latency.p50), 9)}${lpad(ms(l.latency.p95), 9)}`);
  const t = r.themes;
  if (t) {
    console.log('');
    console.log(`themes: ${n(t.passages)} passages and ${n(t.tags)} whole-testimony themes coded through the router in ${ms(t.codingMs)} (${ms(t.perCodeMs)} a call)`);
    for (const l of t.cases) console.log(`${pad(l.name, 52)}${lpad(ms(l.latency.p50), 9)}${lpad(ms(l.latency.p95), 9)}`);
  }
}

export function printTargets(t: Targets): void {
  const yes = (m: boolean | null) => (m === null ? 'not measured' : m ? 'MET' : 'NOT MET');
  console.log('');
  console.log('Targets');
  const p = t.p95Under100msAt10k;
  console.log(`  search.query p95 < 100 ms at 10,000 testimonies: ${yes(p.met)}${p.worst ? ` (slowest: ${p.worst.id}, p95 ${ms(p.worst.p95)})` : ''}`);
  for (const o of p.over) console.log(`    over: ${o.id} p50 ${ms(o.p50)}, p95 ${ms(o.p95)}`);
  const b = t.build10xFaster;
  const x = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}×`);
  console.log(`  FTS5 builds ≥ 10× faster than lunr${b.count ? ` (at ${n(b.count)})` : ''}: ${yes(b.met)} (index only ${x(b.indexOnlyRatio)}; whole import through the router ${x(b.importRatio)})`);
  const o = t.openNeedsNoIndexLoad;
  const open = o.openMs !== null ? ` (open ${ms(o.openMs)}${o.quickCheckMs !== null ? `, of which PRAGMA quick_check ${ms(o.quickCheckMs)}` : ''}${o.lunrLoadMs !== null ? `; lunr load ${ms(o.lunrLoadMs)}` : ''})` : '';
  console.log(`  opening needs no index load: ${yes(o.met)}${open}`);
}

/** Writes the run's JSON; the same file again when `file` is given (a run saves as it goes). */
export function writeJson(dir: string, results: SizeResult[], targets: Targets, options: Record<string, unknown>, file: string | null = null): string {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  file ??= path.join(dir, `search-${stamp}.json`);
  const machine = { node: process.version, platform: process.platform, arch: process.arch, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGB: Math.round(os.totalmem() / 1024 ** 3) };
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, options, targets, results }, null, 2)}\n`);
  return file;
}
