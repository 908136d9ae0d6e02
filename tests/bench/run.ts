/**
 * `npm run bench`: the figures behind "fast on an ordinary laptop with 25,000 testimonies".
 * Builds a synthetic archive through the router, then times the list queries the Testimonies
 * page makes, side by side, with memory. Usage: npm run bench [-- --count 25000 --words 1500]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Input, MethodName, Output } from '../../shared/api';
import { createRouter } from '../../electron/archive/router';
import { createWorkspace } from '../../electron/archive/workspace';
import { ACCESS_LEVELS, TESTIMONY_STATUSES, TESTIMONY_TYPES } from '../../shared/model/enums';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const COUNT = arg('count', 25_000);
const WORDS = arg('words', 1_500);
const BATCH = 500;
const WORDLIST = 'the river bridge church fire night police station march nieuwoudt ñandú мирошниченко ngcobo mother brother school road county court hearing said came went remember we they could not would door window street morning winter'.split(' ');

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const text = (n: number) => Array.from({ length: n }, () => pick(WORDLIST)).join(' ');

const root = mkdtempSync(path.join(tmpdir(), 'tessera-bench-'));
const workspace = createWorkspace({ dataDir: path.join(root, 'data') });
const router = createRouter(workspace);
const session = { user: { name: 'bench', role: 'owner' as const } };
function call<M extends MethodName>(m: M, input: Input<M>): Output<M> {
  const r = router.call(session, m, input);
  if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
  return r.value;
}

function time<T>(fn: () => T, runs = 20): { median: number; p95: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] ?? 0, p95: times[Math.floor(runs * 0.95)] ?? 0, value };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

call('workspace.create', { path: path.join(root, 'Bench.tessera'), name: 'Bench' });
const started = performance.now();
for (let done = 0; done < COUNT; done += BATCH) {
  const items = Array.from({ length: Math.min(BATCH, COUNT - done) }, (_, i) => ({
    title: `Statement ${done + i}: ${text(6)}`,
    type: pick(TESTIMONY_TYPES),
    status: pick(TESTIMONY_STATUSES),
    accessLevel: pick(ACCESS_LEVELS),
    dateRecorded: `${1950 + Math.floor(random() * 50)}-0${1 + Math.floor(random() * 9)}`,
    summary: text(60),
    transcript: text(WORDS),
  }));
  call('testimonies.createMany', { items });
}
const buildSeconds = (performance.now() - started) / 1000;
const dbBytes = statSync(path.join(root, 'Bench.tessera', 'archive.sqlite')).size;
const one = call('testimonies.list', { limit: 1 }).items[0];

const rows: [string, ReturnType<typeof time>][] = [
  ['list page 1, by ref', time(() => call('testimonies.list', { limit: 100 }))],
  ['list page 1, by title', time(() => call('testimonies.list', { limit: 100, sort: 'title' }))],
  ['list page 1, by date (desc)', time(() => call('testimonies.list', { limit: 100, sort: 'date', direction: 'desc' }))],
  ['list last page, by ref', time(() => call('testimonies.list', { limit: 100, offset: COUNT - 100 }))],
  ['list filtered: sealed + draft', time(() => call('testimonies.list', { limit: 100, accessLevel: ['sealed'], status: ['draft'] }))],
  ['list title contains "nandu"', time(() => call('testimonies.list', { limit: 100, text: 'nandu' }))],
  ['get one testimony (with transcript)', time(() => call('testimonies.get', { id: one?.id ?? '' }))],
  ['archive overview counts', time(() => call('archive.info', {}))],
];

const mem = process.memoryUsage();
console.log(`Tessera benchmark — ${COUNT.toLocaleString('en')} testimonies of ~${WORDS} words (Node ${process.version}, ${process.platform})`);
console.log(`build through the router: ${buildSeconds.toFixed(1)} s (${Math.round(COUNT / buildSeconds)} testimonies/s, batches of ${BATCH}); database ${mb(dbBytes)}`);
console.log('');
console.log(`${'operation'.padEnd(40)} ${'median'.padStart(10)} ${'p95'.padStart(10)}`);
for (const [name, r] of rows) console.log(`${name.padEnd(40)} ${`${r.median.toFixed(2)} ms`.padStart(10)} ${`${r.p95.toFixed(2)} ms`.padStart(10)}`);
console.log('');
console.log(`memory: rss ${mb(mem.rss)}, heap used ${mb(mem.heapUsed)}`);
workspace.close();
rmSync(root, { recursive: true, force: true });
