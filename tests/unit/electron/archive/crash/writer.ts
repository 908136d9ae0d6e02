/**
 * The process the kill test kills (kill.test.ts). It opens an archive through the router with a
 * trusted session and writes for ever: testimonies with transcripts of some KB (alone and in
 * batches, as an import does), edits to them, people, and coded passages; the sample on the
 * first round of an empty archive. After each call that answered ok it writes one line to
 * stdout with what was saved, synchronously, so that a line the parent reads is a promise:
 *
 *   saved testimony <id> <version> <sha256 of the transcript>
 *   saved person <id> <version> <sha256 of the name>
 *   saved passage <id> <version> <testimony id>
 *   saved sample <testimonies>
 *
 * Usage: writer <archive dir> <seed>. The seed drives every choice, so a run can be replayed.
 */
import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import path from 'node:path';
import type { Input, MethodName, Output } from '../../../../../shared/api';
import type { Session } from '../../../../../electron/archive/context';
import { createRouter } from '../../../../../electron/archive/router';
import { createWorkspace } from '../../../../../electron/archive/workspace';
import { createRandom } from '../../../../bench/random';

const [dir, seedText] = process.argv.slice(2);
if (!dir || !seedText) throw new Error('usage: writer <archive dir> <seed>');

/** The seeded mulberry32 the benchmark's generator uses. */
const rng = (seed: number): (() => number) => createRandom(seed).next;
const random = rng(Number(seedText));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const say = (line: string) => writeSync(1, `${line}\n`);

const WORDS = ['river', 'night', 'soldiers', 'mother', 'village', 'church', 'school', 'road', 'fire', 'market', 'brother', 'police', 'truck', 'morning', 'field', 'names', 'letter', 'prison', 'return', 'silence'];

/** A transcript of some KB with a word of its own, so the search can be asked for it. */
function transcript(tag: string): string {
  const words: string[] = [`crashmark${tag}`];
  const n = 600 + Math.floor(random() * 2400);
  for (let i = 0; i < n; i++) words.push(pick(WORDS));
  return `${words.join(' ')}.`;
}

const session: Session = { user: { name: 'Kill Test', role: 'administrator' } };
const workspace = createWorkspace({ dataDir: path.join(dir, '..', 'data') });
const router = createRouter(workspace, () => undefined);

function call<M extends MethodName>(method: M, input: Input<M>): Output<M> {
  const r = router.call(session, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
  return r.value;
}

call('workspace.open', { path: dir });
say('ready');

const tag = () => `${Date.now().toString(36)}${Math.floor(random() * 1e9).toString(36)}`;
const testimonyIds = (): string[] => call('testimonies.list', { includeWithdrawn: true, offset: 0, limit: 200 }).items.map((t) => t.id);
const themeIds = (): string[] => call('themes.tree', {}).items.map((t) => t.id);

function savedTestimony(t: { id: string; version: number; transcript: string }): void {
  say(`saved testimony ${t.id} ${t.version} ${sha(t.transcript)}`);
}

const steps: Record<string, () => void> = {
  create() {
    const text = transcript(tag());
    const t = call('testimonies.create', { data: { title: `Kill test ${tag()}`, type: 'audio', transcript: text } });
    savedTestimony({ ...t, transcript: text });
  },
  importBatch() {
    const items = Array.from({ length: 2 + Math.floor(random() * 4) }, () => ({ title: `Imported ${tag()}`, type: 'written_statement' as const, transcript: transcript(tag()) }));
    const created = call('testimonies.createMany', { items });
    created.forEach((t, i) => savedTestimony({ ...t, transcript: items[i]?.transcript ?? '' }));
  },
  update() {
    const ids = testimonyIds();
    if (ids.length === 0) return steps.create?.();
    const before = call('testimonies.get', { id: pick(ids) });
    const text = transcript(tag());
    // The record as read is the input as written (the contract drops the fields it does not take).
    const data = { ...(before as unknown as Input<'testimonies.update'>['data']), transcript: text };
    const t = call('testimonies.update', { id: before.id, expectedVersion: before.version, data });
    savedTestimony({ ...t, transcript: text });
  },
  person() {
    const name = `Witness ${tag()}`;
    const p = call('people.create', { data: { name } });
    say(`saved person ${p.id} ${p.version} ${sha(name)}`);
  },
  code() {
    const ids = testimonyIds();
    const themes = themeIds();
    if (ids.length === 0 || themes.length === 0) return steps.create?.();
    const t = call('testimonies.get', { id: pick(ids) });
    const start = Math.floor(random() * Math.max(1, t.transcript.length - 40));
    const end = Math.min(t.transcript.length, start + 10 + Math.floor(random() * 30));
    if (end <= start) return;
    const p = call('coding.code', { testimonyId: t.id, range: { start, end, quote: t.transcript.slice(start, end) }, data: { themeIds: [pick(themes)] } });
    say(`saved passage ${p.id} ${p.version} ${t.id}`);
  },
};

if (testimonyIds().length === 0 && random() < 0.5) {
  const counts = call('archive.loadSample', {});
  say(`saved sample ${counts.testimonies}`);
}
const names = ['create', 'create', 'importBatch', 'update', 'update', 'person', 'code'];
for (;;) steps[pick(names)]?.();
