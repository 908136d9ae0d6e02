import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../../electron/archive/audit/verify';
import { openArchive } from '../../../../../electron/archive/db/open';
import { checkIndex } from '../../../../../electron/archive/search/indexer';
import { tempDir } from '../../../helpers';
import { createRandom } from '../../../../bench/random';

/**
 * Crash safety: a process writing to an archive is killed (SIGKILL, no chance to clean up) at a
 * random moment, again and again on the same archive. After every kill the archive must open and
 * hold: the database is intact, every link holds, every testimony is whole, the audit chain is
 * unbroken, and everything the process said it had saved is there as it said.
 *
 * The writer (writer.ts) is bundled once with esbuild so that each of the many runs starts in a
 * fraction of a second (through tsx it takes seconds). A failure prints the seed; run again with
 * TESSERA_KILL_SEED=<seed> to replay the same kill delays and writes.
 */

const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const KILLS = 50;

/** The seeded mulberry32 the benchmark's generator uses. */
const rng = (seed: number): (() => number) => createRandom(seed).next;

let writer = '';
beforeAll(async () => {
  const dir = tempDir('tessera-kill-');
  writer = path.join(dir, 'writer.mjs');
  // The bundle keeps packages external; a node_modules link beside it lets Node find them.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await build({ entryPoints: [path.join(__dirname, 'writer.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: writer, logLevel: 'warning' });
});

/**
 * Runs the writer and kills it `delayMs` after it said it is ready (or, with `whileOpening`, after
 * it started); resolves with the whole lines it printed.
 */
function runAndKill(dir: string, seed: number, delayMs: number, whileOpening: boolean): Promise<{ lines: string[]; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TESSERA_RESOURCES: path.join(ROOT, 'resources') } });
    let out = '';
    let stderr = '';
    let timer = whileOpening ? setTimeout(() => child.kill('SIGKILL'), delayMs) : undefined;
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      if (!timer && out.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      // A line cut off by the kill was never a promise: only lines that ended count.
      resolve({ lines: out.split('\n').slice(0, -1), signal, stderr });
    });
  });
}

type Promised = Map<string, { kind: string; version: number; digest: string }>;

/** What "whole" means for a testimony, as rows that break it: its text row, its search entry, its audit entry. */
function halfWritten(db: Database.Database): string[] {
  const problems: string[] = [];
  const noText = db.prepare('SELECT t.ref FROM testimonies t LEFT JOIN testimony_texts x ON x.testimony_id = t.id WHERE x.testimony_id IS NULL').pluck().all() as string[];
  if (noText.length) problems.push(`testimonies without their text: ${noText.join(', ')}`);
  const noAudit = db.prepare("SELECT t.ref FROM testimonies t WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_type = 'testimony' AND a.entity_id = t.id AND a.action = 'create')").pluck().all() as string[];
  if (noAudit.length) problems.push(`testimonies without their creation in the audit log: ${noAudit.join(', ')}`);
  const noDoc = db.prepare('SELECT t.ref FROM testimonies t WHERE t.doc_id IS NULL').pluck().all() as string[];
  if (noDoc.length) problems.push(`testimonies without a search key: ${noDoc.join(', ')}`);
  // Every testimony has an index entry and the index holds nothing else (FTS5's own check
  // compares the index with the content it was built from).
  const indexed = db.prepare('SELECT count(*) FROM search_fts_docsize').pluck().get() as number;
  const rows = db.prepare('SELECT count(*) FROM testimonies').pluck().get() as number;
  if (indexed !== rows) problems.push(`${rows} testimonies but ${indexed} search index entries`);
  try {
    checkIndex(db);
  } catch (e) {
    problems.push(`the search index does not match the records (${(e as Error).message})`);
  }
  return problems;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Checks the archive after a kill; returns what is wrong, in words (empty when it holds). */
function inspect(dir: string, promised: Promised, sampleLoaded: boolean): string[] {
  const archive = openArchive(dir);
  try {
    const db = archive.db;
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
    problems.push(...halfWritten(db));
    const chain = verifyAuditChain(db);
    if (!chain.ok) problems.push(`audit chain: ${chain.firstBroken?.reason ?? ''}`);
    if (sampleLoaded && (db.prepare("SELECT count(*) FROM testimonies WHERE title NOT LIKE 'Kill test%' AND title NOT LIKE 'Imported%'").pluck().get() as number) < 40) {
      problems.push('the sample was reported loaded but its testimonies are not all there');
    }
    const testimony = db.prepare('SELECT t.version, x.transcript, t.doc_id FROM testimonies t JOIN testimony_texts x ON x.testimony_id = t.id WHERE t.id = ?');
    const found = db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ?').pluck();
    const person = db.prepare('SELECT version, name FROM people WHERE id = ?');
    const passage = db.prepare('SELECT version, testimony_id FROM passages WHERE id = ?');
    for (const [id, p] of promised) {
      if (p.kind === 'testimony') {
        const row = testimony.get(id) as { version: number; transcript: string; doc_id: number } | undefined;
        if (!row) problems.push(`testimony ${id} was reported saved (version ${p.version}) and is missing`);
        else if (row.version < p.version) problems.push(`testimony ${id} is at version ${row.version}, older than the reported ${p.version}`);
        else if (row.version === p.version && sha(row.transcript) !== p.digest) problems.push(`testimony ${id} version ${p.version} does not hold the transcript reported saved`);
        else {
          const mark = /^crashmark(\w+)/.exec(row.transcript)?.[0];
          if (mark && !(found.all(mark) as number[]).includes(row.doc_id)) problems.push(`testimony ${id} is not found by searching for its own word ${mark}`);
        }
      } else if (p.kind === 'person') {
        const row = person.get(id) as { version: number; name: string } | undefined;
        if (!row || row.version < p.version || (row.version === p.version && sha(row.name) !== p.digest)) problems.push(`person ${id} is not as reported saved`);
      } else if (p.kind === 'passage') {
        const row = passage.get(id) as { version: number; testimony_id: string } | undefined;
        if (!row || row.version < p.version || row.testimony_id !== p.digest) problems.push(`coded passage ${id} is not as reported saved`);
      }
    }
    return problems;
  } finally {
    archive.close();
  }
}

describe('crash safety', () => {
  it(`keeps the archive whole and every reported save through ${KILLS} kills (SIGKILL) at random moments`, { timeout: 300_000 } /* ~40 s on an idle 2-core machine; generous for a busy one */, async () => {
    const seed = Number(process.env.TESSERA_KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`kill test seed ${seed} (replay with TESSERA_KILL_SEED=${seed})`);
    const random = rng(seed);
    const dir = path.join(tempDir('tessera-killed-'), 'Killed.tessera');
    openArchive(dir, { create: true }).close();

    const promised: Promised = new Map();
    let sampleLoaded = false;
    let saves = 0;
    let killedMidWrite = 0;
    let running = 0;
    let checking = 0;
    for (let round = 0; round < KILLS; round++) {
      // Most kills land while it writes; some while it opens the archive.
      const whileOpening = random() < 0.15;
      const delay = Math.floor(random() * (whileOpening ? 300 : 400));
      const t0 = Date.now();
      const run = await runAndKill(dir, Math.floor(random() * 2 ** 31), delay, whileOpening);
      const t1 = Date.now();
      expect(run.signal, `round ${round} (seed ${seed}): the writer stopped by itself:\n${run.stderr}`).toBe('SIGKILL');
      for (const line of run.lines) {
        const [word, kind = '', id = '', version = '0', digest = ''] = line.split(' ');
        if (word !== 'saved') continue;
        saves += 1;
        if (kind === 'sample') sampleLoaded = true;
        else promised.set(id, { kind, version: Number(version), digest });
      }
      if (run.lines.includes('ready')) killedMidWrite += 1;
      const problems = inspect(dir, promised, sampleLoaded);
      running += t1 - t0;
      checking += Date.now() - t1;
      expect(problems, `round ${round} (seed ${seed}, killed ${delay} ms after it ${whileOpening ? 'started' : 'was ready'})`).toEqual([]);
    }
    console.log(`${KILLS} kills: ${saves} saves reported, ${promised.size} records checked; ${running} ms writing, ${checking} ms checking`);
    // The test proves something only if the kills landed among real writes.
    expect(killedMidWrite).toBeGreaterThan(KILLS / 2);
    expect(saves).toBeGreaterThan(KILLS);
  });
});
