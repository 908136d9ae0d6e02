/**
 * `npm run bench`: the figures behind "fast on an ordinary laptop with 25,000 testimonies" and
 * behind choosing SQLite FTS5 over lunr for the app's search.
 *
 * For each size (1,000 and 10,000 testimonies; `--full` adds 25,000; `--count N` runs one size):
 * generate a realistic synthetic archive through the router (generate.ts), time the import with
 * its full-text indexing, close and reopen the archive, time the fixed search queries through
 * `search.query` and the Testimonies page's list queries, then build, load and query lunr on the
 * same corpus in a child process with its own heap (lunrBench.ts). Prints a table per size and
 * writes everything to tests/bench/results/search-<date>.json.
 *
 * Then (themesBench.ts) code every testimony through the router and time the Themes pages.
 *
 * Last (markersBench.ts), in an archive of its own: print the register of N markers (--markers N,
 * default 500) as the app does, beside pdfkit writing the same text with no layout.
 * `--markers-only` runs just that part; `--no-markers` leaves it out.
 *
 * Then (reportBench.ts), in an archive of its own: a generated final report of about 300 pages
 * (--report-pages N) with 500 excerpts, the statistics and the appendices, printed as the app does,
 * beside pdfkit writing the same text with no layout. `--report-only` runs just that part;
 * `--no-report` leaves it out.
 *
 * Last (importBench.ts), in an archive of its own: a generated folder of N transcripts (--import N,
 * default 1,000; .txt and some .vtt) with a CSV of their metadata and 20 × 5 MB recordings,
 * imported through the router's import job: dry run, import, re-import (all skipped), and
 * `tessera import` on the same folder; written to results/import-<date>.json. `--import-only` runs
 * just that part (`--count N` then sets N); `--no-import` leaves it out.
 *
 * Options: --count N · --full · --words MEDIAN (1500) · --runs N (20) · --page N (50) · --seed N · --no-lunr · --no-themes ·
 * --markers N (500) · --markers-only · --no-markers · --report-pages N (300) · --report-testimonies N (1000) · --report-only · --no-report ·
 * --import N (1000) · --import-only · --no-import ·
 * --lunr-heap MB (12288) · --lunr-timeout SECONDS (600, the cap on lunr's build) ·
 * --query-budget SECONDS (20: a query's runs stop early past it) · --keep (leave the archives) · --out DIR
 */
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBenchClient } from './client';
import { generateArchive } from './generate';
import { runListBench } from './listBench';
import { runLunrBench, type LunrOutcome } from './lunrBench';
import { printSize, printTargets, targetsOf, writeJson, type FtsFigures, type SizeResult } from './report';
import { runSearchBench } from './searchBench';
import { runThemesBench, type ThemesBenchResult } from './themesBench';
import { printMarkersBench, runMarkersBench } from './markersBench';
import { printReportBench, REPORT_DEFAULTS, runReportBench } from './reportBench';
import { IMPORT_DEFAULTS, printImportBench, runImportBench, writeImportJson } from './importBench';
import { memory, ms, timeOnce } from './timing';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
function num(name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const only = flag('markers-only') || flag('report-only') || flag('import-only');
const options = {
  markers: flag('no-markers') || flag('report-only') || flag('import-only') ? 0 : num('markers', 500),
  sizes: argv.includes('--count') ? [num('count', 1000)] : [1000, 10_000, ...(flag('full') ? [25_000] : [])],
  medianWords: num('words', 1500),
  runs: num('runs', 20),
  seed: num('seed', 20_260_314),
  lunr: !flag('no-lunr'),
  themes: !flag('no-themes'),
  markersOnly: flag('markers-only'),
  reportPages: flag('no-report') || flag('import-only') ? 0 : num('report-pages', REPORT_DEFAULTS.pages),
  imports: flag('no-import') || flag('markers-only') || flag('report-only') ? 0 : num('import', flag('import-only') ? num('count', IMPORT_DEFAULTS.count) : IMPORT_DEFAULTS.count),
  reportTestimonies: num('report-testimonies', REPORT_DEFAULTS.testimonies),
  lunrHeapMB: num('lunr-heap', 12_288),
  lunrTimeoutS: num('lunr-timeout', 600),
  queryBudgetS: num('query-budget', 20),
  keep: flag('keep'),
  out: (() => {
    const i = argv.indexOf('--out');
    return i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1] as string) : path.join(here, 'results');
  })(),
  /** The Search page asks for 50 results a page (renderer/src/features/search/searchState.ts). */
  pageSize: num('page', 50),
};

/** Sizes of the parts of the database, from SQLite's dbstat table. */
function breakdown(db: Database): Record<string, number> | null {
  try {
    const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as { name: string; bytes: number }[];
    const parts: Record<string, number> = { 'FTS5 index': 0, transcripts: 0, 'audit log': 0, 'records and indexes': 0 };
    for (const { name, bytes } of rows) {
      const key = name.startsWith('search_fts') ? 'FTS5 index' : name === 'testimony_texts' || name.startsWith('sqlite_autoindex_testimony_texts') ? 'transcripts' : name.startsWith('audit') || name.startsWith('sqlite_autoindex_audit') ? 'audit log' : 'records and indexes';
      parts[key] = (parts[key] ?? 0) + bytes;
    }
    return parts;
  } catch {
    return null;
  }
}

/** What a run has so far, written out if it is interrupted (Ctrl-C, a kill). */
const progress: { results: SizeResult[]; current: Partial<SizeResult> | null; root: string | null; stopLunr: AbortController | null; file: string | null } = {
  results: [],
  current: null,
  root: null,
  stopLunr: null,
  file: null,
};

function save(): string {
  const done = progress.current ? [...progress.results, progress.current as SizeResult] : progress.results;
  progress.file = writeJson(options.out, done, targetsOf(progress.results), options, progress.file);
  return progress.file;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    progress.stopLunr?.abort();
    const file = save();
    if (progress.root && !options.keep) rmSync(progress.root, { recursive: true, force: true });
    console.log(`\nInterrupted; the figures so far are in ${path.relative(process.cwd(), file)}`);
    process.exit(130);
  });
}

async function runSize(count: number): Promise<SizeResult> {
  const root = mkdtempSync(path.join(os.tmpdir(), `tessera-bench-${count}-`));
  progress.root = root;
  const archiveDir = path.join(root, `Bench ${count}.tessera`);
  const corpusFile = path.join(root, 'corpus.jsonl');
  const client = createBenchClient(path.join(root, 'data'));
  const loadStart = os.loadavg()[0] ?? 0;
  const { call } = client;
  try {
    console.log(`\n${count.toLocaleString('en')} testimonies: generating and importing through the router…`);
    call('workspace.create', { path: archiveDir, name: `Benchmark, ${count} testimonies` });
    let lastReport = Date.now();
    const archive = generateArchive(client, {
      count,
      seed: options.seed,
      medianWords: options.medianWords,
      corpusFile,
      progress(done, total) {
        if (Date.now() - lastReport > 15_000 || done === total) {
          lastReport = Date.now();
          console.log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
        }
      },
    });
    const memoryAfterImport = memory();
    console.log(`  imported in ${ms(archive.timings.importMs)} (setup ${ms(archive.timings.setupMs)}, people ${ms(archive.timings.peopleMs)}, text ${ms(archive.timings.textMs)})`);
    const lists = runListBench(client, count, options.runs);

    // Close, then open as a person would: nothing is loaded but the database connection.
    client.workspace.close();
    const dbFile = path.join(archiveDir, 'archive.sqlite');
    const archiveBytes = statSync(dbFile).size + (existsSync(`${dbFile}-wal`) ? statSync(`${dbFile}-wal`).size : 0);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const open = timeOnce(() => call('workspace.open', { path: archiveDir }));
    const first = timeOnce(() => client.tryCall('search.query', { q: 'police', limit: options.pageSize }));
    const rssGrowthOnOpenMB = Math.round((process.memoryUsage().rss - rssBefore) / 1024 / 1024);
    const db = client.workspace.current()?.db;
    if (!db) throw new Error('the archive did not open');
    const quickCheck = timeOnce(() => db.pragma('quick_check', { simple: true }));

    console.log('  searching…');
    const search = runSearchBench(client, archive.expected, options.runs, options.pageSize, options.queryBudgetS * 1000);
    const memoryAfterSearch = memory();

    let themes: ThemesBenchResult | null = null;
    if (options.themes) {
      console.log('  coding passages through the router, then timing the Themes pages…');
      themes = runThemesBench(client, options.runs, options.seed, (done, total) => {
        if (done === total || done % 5000 === 0) console.log(`  coded ${done.toLocaleString('en')} / ${total.toLocaleString('en')} testimonies`);
      });
    }

    const hasFts = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").get() !== undefined;
    const rebuild = hasFts ? timeOnce(() => db.transaction(() => db.prepare("INSERT INTO search_fts (search_fts) VALUES ('rebuild')").run())()) : null;
    const parts = breakdown(db);
    client.workspace.close();
    const loadAverage = { start: loadStart, end: os.loadavg()[0] ?? 0 };

    const fts: FtsFigures = {
      importMs: archive.timings.importMs,
      rebuildMs: rebuild?.ms ?? null,
      archiveBytes,
      breakdown: parts,
      openMs: open.ms,
      quickCheckMs: quickCheck.ms,
      firstSearchMs: first.value.ok ? first.ms : null,
      rssGrowthOnOpenMB,
      memoryAfterImport,
      memoryAfterSearch,
    };

    let lunr: LunrOutcome = { status: 'unavailable', message: 'skipped (--no-lunr)', wallMs: 0, result: null };
    // The app's side is saved before lunr starts, so an interrupted run keeps it.
    progress.current = { count, loadAverage, archive, fts, lists, search, themes, lunr: { status: 'failed', message: 'interrupted before lunr finished', wallMs: 0, result: null } };
    save();
    if (options.lunr) {
      progress.stopLunr = new AbortController();
      console.log('  lunr on the same corpus, in a child process…');
      lunr = await runLunrBench({
        corpusFile,
        workDir: root,
        runs: options.runs,
        limit: options.pageSize,
        heapMB: options.lunrHeapMB,
        buildCapMs: options.lunrTimeoutS * 1000,
        queryBudgetMs: options.queryBudgetS * 1000,
        signal: progress.stopLunr.signal,
      });
    }
    return { count, loadAverage: { ...loadAverage, end: os.loadavg()[0] ?? 0 }, archive, fts, lists, search, themes, lunr };
  } finally {
    progress.current = null;
    progress.root = null;
    progress.stopLunr = null;
    client.workspace.close();
    if (options.keep) console.log(`  kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

const cpu = os.cpus();
console.log(`Tessera search benchmark · Node ${process.version} · ${process.platform} · ${cpu.length} × ${cpu[0]?.model ?? 'cpu'} · ${Math.round(os.totalmem() / 1024 ** 3)} GB`);
if (!only) console.log(`sizes ${options.sizes.join(', ')} · transcripts 500–10,000 words, median ${options.medianWords} · ${options.runs} timed runs per query after one warm-up`);
if (!only) {
  for (const count of options.sizes) {
    const r = await runSize(count);
    progress.results.push(r);
    printSize(r);
    save();
  }
  printTargets(targetsOf(progress.results));
  console.log(`\nJSON: ${path.relative(process.cwd(), save())}`);
}

if (options.markers > 0) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-markers-'));
  const client = createBenchClient(path.join(root, 'data'));
  try {
    client.call('workspace.create', { path: path.join(root, 'Markers.tessera'), name: 'Marker bench' });
    const r = await runMarkersBench(client, options.markers, root, (done, total) => process.stderr.write(`\r  markers ${done} of ${total}`));
    process.stderr.write('\n');
    printMarkersBench(r);
  } finally {
    client.workspace.close();
    if (options.keep) console.log(`  kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

if (options.reportPages > 0 && !options.markersOnly) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-report-'));
  const client = createBenchClient(path.join(root, 'data'));
  try {
    client.call('workspace.create', { path: path.join(root, 'Report.tessera'), name: 'Report bench' });
    const r = await runReportBench(client, { ...REPORT_DEFAULTS, pages: options.reportPages, testimonies: options.reportTestimonies, seed: options.seed }, root, (line) => console.log(`  ${line}`));
    printReportBench(r);
  } finally {
    client.workspace.close();
    if (options.keep) console.log(`  kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

if (options.imports > 0) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-import-'));
  const client = createBenchClient(path.join(root, 'data'));
  try {
    client.call('workspace.create', { path: path.join(root, 'Import.tessera'), name: 'Import bench' });
    const r = await runImportBench(client, { ...IMPORT_DEFAULTS, count: options.imports, medianWords: options.medianWords, seed: options.seed }, root, (line) => console.log(`  ${line}`));
    printImportBench(r);
    console.log(`\nJSON: ${path.relative(process.cwd(), writeImportJson(options.out, r))}`);
  } finally {
    client.workspace.close();
    if (options.keep) console.log(`  kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}
