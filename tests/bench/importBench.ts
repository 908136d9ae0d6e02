/**
 * Import throughput: a generated folder of N transcripts (.txt, some .vtt; lengths log-normal
 * around the median, text from vocabulary.ts) with a CSV of their metadata (ref, title, date,
 * narrators, access level, type) and a few large attachments (recordings named by the reference
 * code of their testimony), imported as the app imports it: `imports.start` through the router,
 * the job (a worker thread) followed to its end. Timed side by side in one run: the dry run, the
 * real import, and the same folder again (everything skipped); then the command line, `tessera
 * import`, on the same folder into an archive of its own (wall time, tsx start-up included).
 *
 * Peak memory is the process's resident set while each job runs (the worker thread lives in the
 * same process), sampled every 25 ms, above what it was just before; the CLI's is its child
 * process's maximum resident set. MB/s counts every byte of the folder (transcripts, CSV and
 * attachments) once per run.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { ImportMapping } from '../../shared/model/importFields';
import { jobsFor } from '../../electron/archive/jobs/registry';
import type { BenchClient } from './client';
import { createRandom, type Random } from './random';
import { FAMILY, GENERAL_SENTENCES, GIVEN, QUESTIONS, SLOTS, STREETS, SYLLABLES, THEMES, TOWN_PARTS, BUILDINGS, type Theme } from './vocabulary';

export interface ImportBenchOptions {
  /** Transcripts, one per testimony (and one CSV row each). */
  count: number;
  medianWords: number;
  /** Share of the transcripts written as WebVTT (their cues become time-coded segments). */
  vttShare: number;
  attachments: number;
  attachmentMB: number;
  seed: number;
}

export const IMPORT_DEFAULTS: ImportBenchOptions = { count: 1000, medianWords: 1500, vttShare: 0.15, attachments: 20, attachmentMB: 5, seed: 20_260_314 };

export interface ImportRun {
  ms: number;
  /** The process's CPU time (every thread), steadier than wall time on a busy machine. */
  cpuMs: number;
  testimoniesPerS: number;
  mbPerS: number;
  peakRssMB: number;
  counts: { added: number; updated: number; skipped: number; failed: number };
}

export interface ImportBenchResult {
  options: ImportBenchOptions;
  folder: { transcripts: number; vtt: number; txt: number; attachments: number; bytes: number; attachmentBytes: number; words: { median: number; total: number }; generateMs: number };
  loadAverage: { start: number; end: number };
  dryRun: ImportRun;
  import: ImportRun;
  reimport: ImportRun;
  /** `tessera import` into a new archive: null when the command could not run (its message in `cliError`). */
  cli: { ms: number; testimoniesPerS: number; mbPerS: number; maxRssMB: number | null; counts: ImportRun['counts'] } | null;
  cliError: string | null;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('und') + s.slice(1);

/** Fills the templates' {slots}, as generate.ts does, from a small invented world. */
function filler(r: Random) {
  const towns = Array.from({ length: 40 }, () => `${r.pick(TOWN_PARTS.first)}${r.pick(TOWN_PARTS.last)}`);
  const surname = () => `${r.pickSkewed(SYLLABLES.start, 1.6)}${r.pick(SYLLABLES.middle)}${r.pickSkewed(SYLLABLES.end, 1.6)}`;
  const year = () => r.int(1950, 1995);
  const fills: Record<string, () => string> = {
    town: () => r.pick(towns),
    place: () => `${r.pick(BUILDINGS)[0]}, ${r.pick(towns)}`,
    street: () => r.pick(STREETS),
    year: () => String(year()),
    circaYear: () => `${r.pick(['circa', 'about', 'around'])} ${year()}`,
    decade: () => `${Math.floor(year() / 10) * 10}s`,
    date: () => `${r.int(1, 28)} ${r.pick(SLOTS.month ?? [])} ${year()}`,
    name: () => `${r.pick(['Mr', 'Mrs', 'Miss', 'old', 'Reverend', 'Deacon'])} ${surname()}`,
    officer: surname,
  };
  return (template: string) => template.replace(/\{(\w+)\}/g, (_, slot: string) => fills[slot]?.() ?? (SLOTS[slot] ? r.pick(SLOTS[slot]) : slot));
}

/** A person's name in Latin script (the CSV's narrators cell). */
const personName = (r: Random) => `${r.pick(GIVEN.latin)[1]} ${r.pick(FAMILY.latin)[1]}`;

/** One cell of a CSV (RFC 4180): quoted when it holds a comma, a quote mark or a line break. */
const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Seconds as a WebVTT timestamp. */
function stamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  return `${pad(Math.floor(ms / 3_600_000), 2)}:${pad(Math.floor(ms / 60_000) % 60, 2)}:${pad(Math.floor(ms / 1000) % 60, 2)}.${pad(ms % 1000, 3)}`;
}

interface Folder {
  dir: string;
  mapping: ImportMapping;
  result: ImportBenchResult['folder'];
}

/** Writes the folder: transcripts/, media/ and metadata.csv. Same seed, same folder. */
export function generateImportFolder(dir: string, o: ImportBenchOptions): Folder {
  const t0 = performance.now();
  const r = createRandom(o.seed);
  const fill = filler(r);
  mkdirSync(path.join(dir, 'transcripts'), { recursive: true });
  mkdirSync(path.join(dir, 'media'), { recursive: true });
  const rows = ['Reference,Title,Date recorded,Narrators,Access level,Type'];
  const words: number[] = [];
  let bytes = 0;
  let vtt = 0;
  for (let i = 1; i <= o.count; i++) {
    const ref = `IMP-${pad(i, 5)}`;
    const theme: Theme = r.pick(THEMES);
    const narrators = Array.from({ length: r.weighted([[1, 85], [2, 11], [3, 4]]) }, () => personName(r));
    const speaker = (narrators[0] as string).toLocaleUpperCase('und');
    const asker = personName(r).toLocaleUpperCase('und');
    const target = r.logNormal(o.medianWords, 0.45, 500, 10_000);
    const paragraphs: string[] = [];
    let n = 0;
    while (n < target) {
      const question = `${asker}: ${fill(r.pick(QUESTIONS))}`;
      const answer = Array.from({ length: r.int(3, 9) }, () => fill(r.pick(r.chance(0.55) ? theme.sentences : GENERAL_SENTENCES))).join(' ');
      paragraphs.push(question, `${speaker}: ${answer}`);
      n += question.split(/\s+/).length + answer.split(/\s+/).length + 1;
    }
    words.push(n);
    const isVtt = r.chance(o.vttShare);
    let text: string;
    if (isVtt) {
      vtt++;
      // One cue per paragraph, at a speaking pace of about 2.5 words a second.
      let at = 0;
      const cues = paragraphs.map((p, k) => {
        const end = at + p.split(/\s+/).length / 2.5;
        const cue = `${k + 1}\n${stamp(at)} --> ${stamp(end)}\n${p}`;
        at = end + 0.5;
        return cue;
      });
      text = `WEBVTT\n\n${cues.join('\n\n')}\n`;
    } else text = `${paragraphs.join('\n\n')}\n`;
    writeFileSync(path.join(dir, 'transcripts', `${ref}.${isVtt ? 'vtt' : 'txt'}`), text);
    bytes += Buffer.byteLength(text);
    const type = isVtt ? r.pick(['audio', 'video']) : r.pick(['Written statement', 'hearing transcript', 'audio']);
    const title = `${cap(fill(r.pick(theme.titles)))}: testimony of ${narrators[0]}`;
    const date = r.weighted([[`${r.int(1998, 2024)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`, 8], [String(r.int(1972, 1997)), 1], ['', 1]]);
    rows.push([ref, title, date, narrators.join('; '), r.weighted([['Public', 45], ['Restricted', 38], ['Confidential', 10], ['Sealed', 7]]), type].map(cell).join(','));
  }
  const csv = `${rows.join('\r\n')}\r\n`;
  writeFileSync(path.join(dir, 'metadata.csv'), csv);
  bytes += Buffer.byteLength(csv);

  // Recordings: seeded noise (it hashes and copies as a real recording does), written in 1 MB chunks.
  const chunk = Buffer.alloc(1024 * 1024);
  let attachmentBytes = 0;
  for (let a = 0; a < o.attachments; a++) {
    const ref = `IMP-${pad(1 + Math.floor((a * o.count) / Math.max(1, o.attachments)), 5)}`;
    const fd = openSync(path.join(dir, 'media', `${ref} recording ${a + 1}.mp3`), 'w');
    try {
      for (let m = 0; m < o.attachmentMB; m++) {
        for (let k = 0; k < chunk.length; k += 4) chunk.writeUInt32LE(Math.floor(r.next() * 2 ** 32), k);
        writeSync(fd, chunk);
      }
    } finally {
      closeSync(fd);
    }
    attachmentBytes += o.attachmentMB * chunk.length;
  }
  bytes += attachmentBytes;
  const sorted = [...words].sort((a, b) => a - b);
  return {
    dir,
    mapping: { Reference: 'ref', Title: 'title', 'Date recorded': 'dateRecorded', Narrators: 'narrators', 'Access level': 'accessLevel', Type: 'type' },
    result: {
      transcripts: o.count,
      vtt,
      txt: o.count - vtt,
      attachments: o.attachments,
      bytes,
      attachmentBytes,
      words: { median: sorted[Math.floor(sorted.length / 2)] ?? 0, total: words.reduce((s, w) => s + w, 0) },
      generateMs: performance.now() - t0,
    },
  };
}

const cpuOf = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

/** One imports.start job through the router, followed to its end, timed and sampled. */
async function timedImport(client: BenchClient, folder: Folder, dryRun: boolean, testimonies: number): Promise<ImportRun> {
  const db = client.workspace.current()?.db;
  if (!db) throw new Error('no archive open');
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const started = client.call('imports.start', { paths: [folder.dir], mapping: folder.mapping, dryRun, rememberMapping: false });
  const job = await jobsFor(db).settled(started.id);
  const ms = performance.now() - t0;
  const cpuMs = cpuOf(cpu);
  clearInterval(sampler);
  if (job.state !== 'done') throw new Error(`the import ${dryRun ? 'dry run ' : ''}did not finish: ${job.error ?? job.state}`);
  const report = client.call('imports.report', { jobId: job.id });
  const seconds = ms / 1000;
  return { ms, cpuMs, testimoniesPerS: testimonies / seconds, mbPerS: folder.result.bytes / 1024 / 1024 / seconds, peakRssMB: Math.round((peak - before) / 1024 / 1024), counts: report.counts };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.resolve(here, '..', '..', 'bin', 'tessera.mjs');
const GNU_TIME = '/usr/bin/time';

/** `tessera import` on the same folder, into a new archive made by `tessera init`; wall time of the import command. */
function cliImport(workDir: string, folder: Folder, testimonies: number): { value: ImportBenchResult['cli']; error: string | null } {
  const env = { ...process.env, TESSERA_DATA_DIR: path.join(workDir, 'cli-data'), TESSERA_USER: 'bench', TESSERA_PASSWORD: 'bench-password-for-the-cli' };
  const archive = path.join(workDir, 'CLI.tessera');
  const mapping = path.join(workDir, 'mapping.json');
  writeFileSync(mapping, JSON.stringify(folder.mapping));
  const init = spawnSync(process.execPath, [bin, 'init', archive], { env, encoding: 'utf8' });
  if (init.status !== 0) return { value: null, error: `tessera init failed: ${(init.stderr || init.stdout).trim()}` };
  const t0 = performance.now();
  // GNU time, where the machine has it, gives the child's peak memory (%M, in KB) as stderr's last line.
  const timed = existsSync(GNU_TIME);
  const args = [process.execPath, bin, 'import', archive, folder.dir, '--mapping', mapping, '--json'];
  const r = timed ? spawnSync(GNU_TIME, ['-f', '%M', ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(args[0] as string, args.slice(1), { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.error) return { value: null, error: `tessera import could not run: ${r.error.message}` };
  let counts: ImportRun['counts'];
  try {
    counts = (JSON.parse(r.stdout) as { counts: ImportRun['counts'] }).counts;
  } catch {
    return { value: null, error: `tessera import exited ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}` };
  }
  const maxRssKB = timed ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  const seconds = ms / 1000;
  return { value: { ms, testimoniesPerS: testimonies / seconds, mbPerS: folder.result.bytes / 1024 / 1024 / seconds, maxRssMB: Number.isFinite(maxRssKB) ? Math.round(maxRssKB / 1024) : null, counts }, error: null };
}

/** The whole benchmark: `client` has an empty archive open; `workDir` takes the folder and the CLI's archive. */
export async function runImportBench(client: BenchClient, o: ImportBenchOptions, workDir: string, progress: (line: string) => void): Promise<ImportBenchResult> {
  const loadStart = os.loadavg()[0] ?? 0;
  const folder = generateImportFolder(path.join(workDir, 'incoming'), o);
  const f = folder.result;
  progress(`generated ${f.transcripts.toLocaleString('en')} transcripts (${f.vtt} WebVTT, median ${f.words.median.toLocaleString('en')} words), the CSV and ${f.attachments} × ${o.attachmentMB} MB recordings: ${(f.bytes / 1024 / 1024).toFixed(0)} MB in ${(f.generateMs / 1000).toFixed(1)} s`);
  progress('dry run…');
  const dryRun = await timedImport(client, folder, true, o.count);
  progress('import…');
  const real = await timedImport(client, folder, false, o.count);
  progress('the same folder again…');
  const reimport = await timedImport(client, folder, false, o.count);
  progress('tessera import, into an archive of its own…');
  const cli = cliImport(workDir, folder, o.count);
  return { options: o, folder: f, loadAverage: { start: loadStart, end: os.loadavg()[0] ?? 0 }, dryRun, import: real, reimport, cli: cli.value, cliError: cli.error };
}

export function printImportBench(r: ImportBenchResult): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const c = (x: ImportRun['counts']) => `${x.added} added, ${x.updated} updated, ${x.skipped} skipped, ${x.failed} failed`;
  const f = r.folder;
  console.log(
    `\nImport: ${f.transcripts.toLocaleString('en')} transcripts (${f.txt} .txt, ${f.vtt} .vtt; median ${f.words.median.toLocaleString('en')} words), a CSV of their metadata and ${f.attachments} × ${r.options.attachmentMB} MB recordings: ${(f.bytes / 1024 / 1024).toFixed(0)} MB in all`,
  );
  console.log('| | time | cpu | testimonies/s | MB/s | peak rss | sources (rows, transcripts, files) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const row = (name: string, x: ImportRun) => console.log(`| ${name} | ${s(x.ms)} | ${s(x.cpuMs)} | ${x.testimoniesPerS.toFixed(0)} | ${x.mbPerS.toFixed(1)} | +${x.peakRssMB} MB | ${c(x.counts)} |`);
  row('dry run (imports.start job)', r.dryRun);
  row('import (imports.start job)', r.import);
  row('re-import, nothing changed', r.reimport);
  if (r.cli) console.log(`| \`tessera import\` (new archive, wall) | ${s(r.cli.ms)} | | ${r.cli.testimoniesPerS.toFixed(0)} | ${r.cli.mbPerS.toFixed(1)} | ${r.cli.maxRssMB === null ? '—' : `${r.cli.maxRssMB} MB (max)`} | ${c(r.cli.counts)} |`);
  else console.log(`| \`tessera import\` | ${r.cliError ?? 'not run'} | | | | | |`);
  console.log(`load average ${r.loadAverage.start.toFixed(1)} → ${r.loadAverage.end.toFixed(1)} on ${os.cpus().length} cores`);
}

/** Writes results/import-<date>.json (with the machine, as the search results are written). */
export function writeImportJson(dir: string, r: ImportBenchResult): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `import-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`);
  const machine = { node: process.version, platform: process.platform, arch: process.arch, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGB: Math.round(os.totalmem() / 1024 ** 3) };
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, import: r }, null, 2)}\n`);
  return file;
}
