import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName, type Result } from '../../../../shared/api';
import type { Session } from '../../../../electron/archive/context';
import { backupArchive } from '../../../../electron/archive/backup/write';
import { checkIndex } from '../../../../electron/archive/search/indexer';
import { owner, tempDir } from '../../helpers';
import { sampleArchive, stateOf, VALID } from './sampleInputs';
import { createRandom } from '../../../bench/random';


/**
 * Fuzz the router: thousands of random and malformed payloads for every method. The router must
 * never throw, must answer ok or a clear error, and a refused payload must leave the archive as it
 * was. Deterministic: a fixed seed (FUZZ_SEED overrides it), printed in every failure.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_501);
const ROUNDS = 3; // per method; each round refreshes the valid example from the archive's state
const PER_ROUND = 24;
const ALLOWED = new Set(['invalid_input', 'not_found', 'conflict', 'forbidden']);
/** Signing in with a wrong name or password is refused as 'unauthenticated', by design. */
const ALLOWED_FOR: { [M in MethodName]?: string } = { 'auth.signIn': 'unauthenticated' };
/** These choose which archive is open (restoring closes and reopens it); they get hostile paths in their own test below. */
const SWITCHING = new Set<MethodName>(['workspace.open', 'workspace.create', 'workspace.openDefault', 'workspace.restoreBackup']);
/** These take no input, so every call would start a background job (a backup, a whole verification); their own tests cover them. */
const STARTS_JOB = new Set<MethodName>(['backups.create', 'preservation.verify', 'imports.start']);
const researcher: Session = { user: { name: 'Fuzz Researcher', role: 'researcher' } };

/** mulberry32: small, fast and good enough to pick test cases. */
function prng(seed: number) {
  const next = createRandom(seed).next;
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;

const MB = 1024 * 1024;
const HUGE = 'x'.repeat(MB);
const HUGE_WORDS = 'fire department '.repeat(MB / 16);
const HUGE_CONTROL = '\u0000\u0001\u001b[2J\r\n\u2028\u202e\ud800'.repeat(MB / 10);

const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u0003\u0007\u0008\u000b\u000c\u001b[31mred\u001b[0m',
  '\u2028\u2029\u200b\ufeff\u202e',
  '\ud800',
  '\udfff\ud800',
  '🜂🏳️‍🌈👩🏽‍⚖️',
  'ﷺ بسم الله',
  'Ёлка',
  "' OR '1'='1",
  "x'; DROP TABLE testimonies; --",
  '" OR ""="',
  '1; DELETE FROM audit_log',
  "') UNION SELECT * FROM people --",
  'NEAR(fire department',
  '"unterminated',
  'fire OR',
  'AND OR NOT',
  '((((',
  ')',
  '*',
  '^fire',
  '-fire',
  'title:fire',
  '{title summary}: fire',
  'fire* NEAR/2 "department',
  '%',
  '_',
  '\\',
  '../../../../etc/passwd',
  '..\\..\\windows\\system32',
  '\\\\server\\share',
  'file:///etc/passwd',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '=HYPERLINK("http://x","y")',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x10',
  '2030-02-31',
  '9999-99-99',
  '0000-00-00',
  '2001-05-06T25:61:61Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '123e4567-e89b-12d3-a456-426614174000',
  'not-a-uuid',
  '#zzzzzz',
  'WEBVTT\n\n00:00:99.000 --> 00:00:01.000\nbackwards',
  '1\n00:00:01,000 --> 00:00:02,000\n\n\n',
  'label,parent\n"unterminated,\n',
  '@prefix : <x> . :a :b',
  'x'.repeat(501),
  'x'.repeat(4097),
  HUGE,
  HUGE_WORDS,
  HUGE_CONTROL,
];

const NASTY_NUMBERS = [0, -0, -1, 1, 0.5, -0.5, 1e-300, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308, NaN, Infinity, -Infinity, Number.MIN_VALUE];

/** Values a transport could deliver: JSON over HTTP, structured clone over IPC. */
function specialValue(rng: Rng): unknown {
  switch (rng.int(16)) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return rng.next() < 0.5;
    case 3:
      return BigInt(2) ** BigInt(70);
    case 4:
      return new Date(rng.next() < 0.5 ? Number.NaN : 0);
    case 5:
      return new Map([['title', 'x']]);
    case 6:
      return new Set([1, 2]);
    case 7:
      return new Uint8Array([0, 255, 1]);
    case 8:
      return /fire.*/g;
    case 9:
      return deep(rng.next() < 0.5 ? 'object' : 'array', 2000);
    case 10: {
      const cyclic: Record<string, unknown> = { title: 'cyclic' };
      cyclic.self = cyclic;
      cyclic.data = cyclic;
      return cyclic;
    }
    case 11:
      return polluted();
    case 12:
      return Object.assign(Object.create(null) as object, { title: 'no prototype', id: 'x' });
    case 13:
      return Object.assign(new Array<unknown>(3), { 2: 1 }); // a sparse array
    case 14:
      return new Error('not data');
    default:
      return [];
  }
}

function deep(kind: 'object' | 'array', depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = kind === 'object' ? { data: v, id: v } : [v];
  return v;
}

/** An object with own `__proto__` and `constructor` keys, as JSON.parse builds them. */
function polluted(base: Record<string, unknown> = {}): Record<string, unknown> {
  const o = JSON.parse('{"__proto__":{"polluted":"yes","role":"owner"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}') as Record<string, unknown>;
  return Object.assign(o, base);
}

function randomValue(rng: Rng, depth = 0, ids: readonly string[] = []): unknown {
  const r = rng.int(depth > 3 ? 4 : 7);
  if (r === 0) return rng.pick(NASTY_STRINGS);
  if (r === 1) return rng.pick(NASTY_NUMBERS);
  if (r === 2) return specialValue(rng);
  if (r === 3) return ids.length && rng.next() < 0.5 ? rng.pick(ids) : rng.pick(['', 'draft', 'audio', 'public', 'sealed', 'narrator', 'csv', 'vtt', true, false]);
  if (r === 4) return Array.from({ length: rng.int(4) }, () => randomValue(rng, depth + 1, ids));
  const keys = ['id', 'data', 'title', 'type', 'name', 'q', 'text', 'format', 'range', 'start', 'end', 'items', 'filters', 'expectedVersion', 'testimonyId', 'themeId', 'path', 'out', '__proto__', 'constructor', 'x'];
  const o: Record<string, unknown> = {};
  for (let i = rng.int(5); i > 0; i--) Object.defineProperty(o, rng.pick(keys), { value: randomValue(rng, depth + 1, ids), enumerable: true, writable: true, configurable: true });
  return o;
}

type Slot = { parent: Record<string | number, unknown>; key: string | number };

function slotsOf(v: unknown, into: Slot[] = []): Slot[] {
  if (v === null || typeof v !== 'object') return into;
  const parent = v as Record<string | number, unknown>;
  for (const key of Object.keys(parent)) {
    into.push({ parent, key: Array.isArray(v) ? Number(key) : key });
    slotsOf(parent[key], into);
  }
  return into;
}

/** A copy of a valid payload with one field broken (or, now and then, the whole payload). */
function mutate(rng: Rng, valid: unknown, ids: readonly string[]): unknown {
  const copy = structuredClone(valid);
  const slots = slotsOf(copy);
  if (slots.length === 0 || rng.next() < 0.05) return randomValue(rng, 0, ids);
  const { parent, key } = rng.pick(slots);
  const old = parent[key];
  switch (rng.int(9)) {
    case 0:
      delete parent[key];
      break;
    case 1:
      if (typeof old === 'number') parent[key] = rng.pick([...NASTY_NUMBERS, old + 1, old - 1, -old, old + 0.5]);
      else parent[key] = rng.pick(NASTY_NUMBERS);
      break;
    case 2:
      if (typeof old === 'string') parent[key] = rng.pick([old + rng.pick(NASTY_STRINGS), rng.pick(NASTY_STRINGS) + old, old.toUpperCase(), ` ${old} `, old.slice(0, -1), old + old]);
      else parent[key] = rng.pick(NASTY_STRINGS);
      break;
    case 3:
      parent[key] = ids.length ? rng.pick(ids) : crypto.randomUUID(); // a real id of the wrong record
      break;
    case 4:
      parent[key] = [old];
      break;
    case 5:
      parent[key] = polluted(typeof old === 'object' && old !== null && !Array.isArray(old) ? (old as Record<string, unknown>) : {});
      break;
    case 6:
      Object.defineProperty(parent, rng.pick(['__proto__', 'constructor', 'extra', 'id', 'role']), { value: randomValue(rng, 1, ids), enumerable: true, writable: true, configurable: true });
      break;
    default:
      parent[key] = randomValue(rng, 1, ids);
  }
  return copy;
}

/** Payloads that are wrong for every method. */
const WHOLE_PAYLOADS: unknown[] = [null, undefined, 0, NaN, Infinity, 'x', HUGE, [], [{}], true, BigInt(1), new Date(), deep('object', 5000), deep('array', 5000), polluted(), { data: null }, { data: [] }, { id: null }];

/** A short, printable account of a payload for failure messages (cycles, depth and size bounded). */
function describeValue(v: unknown, depth = 0, seen = new WeakSet<object>()): string {
  if (typeof v === 'string') return v.length > 40 ? `${JSON.stringify(v.slice(0, 30))}…(${v.length} chars)` : JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v !== 'object' || v === null) return String(v);
  if (seen.has(v)) return '[cycle]';
  seen.add(v);
  if (depth > 3) return Array.isArray(v) ? '[…]' : '{…}';
  const name = Object.getPrototypeOf(v) === null ? 'null-prototype ' : Array.isArray(v) || v.constructor === Object ? '' : `${(v.constructor as { name?: string } | undefined)?.name ?? '?'} `;
  const keys = Object.keys(v);
  const inner = keys.slice(0, 8).map((k) => `${Array.isArray(v) ? '' : `${JSON.stringify(k)}: `}${describeValue((v as Record<string, unknown>)[k], depth + 1, seen)}`);
  if (keys.length > 8) inner.push('…');
  const text = Array.isArray(v) ? `${name}[${inner.join(', ')}]` : `${name}{${inner.join(', ')}}`;
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}


/**
 * Exports write files and start jobs: a payload one would accept with an empty or absolute
 * destination is pointed at a folder (reading room) or file (PDFs) that exists — a conflict —
 * inside the test's own folder, so no job starts.
 */
const WRITES_OUT = new Set<MethodName>(['exports.readingRoom', 'exports.start', 'preservation.exportPremis', 'markers.printSheet', 'markers.printRegister', 'reports.export', 'recommendations.printStatusReport']);
function tame(method: MethodName, payload: unknown, existing: { dir: string; file: string }): unknown {
  if (!WRITES_OUT.has(method)) return payload;
  const parsed = contract[method].input.safeParse(payload ?? {});
  if (!parsed.success) return payload;
  const out = (parsed.data as { out: string }).out.trim();
  if (out !== '' && !path.isAbsolute(out)) return payload;
  const taken = method === 'exports.readingRoom' ? existing.dir : existing.file;
  return payload !== null && typeof payload === 'object' ? { ...payload, out: taken } : { out: taken };
}


describe('router fuzz', () => {
  it(`answers thousands of random and malformed payloads for every method with ok or a clear error, and refused ones change nothing (seed ${SEED})`, async () => {
    const a = sampleArchive();
    await backupArchive(a.dir); // for workspace.backupStatus to find
    const rng = prng(SEED);
    const safeDir = tempDir();
    const safeFile = path.join(safeDir, 'taken.pdf');
    writeFileSync(safeFile, 'not to be overwritten');
    const failures: string[] = [];
    const counts = { calls: 0, ok: 0, refused: 0, methods: 0 };
    const ids = [...new Set((a.db.prepare('SELECT id FROM testimonies UNION ALL SELECT id FROM people UNION ALL SELECT id FROM themes UNION ALL SELECT id FROM passages LIMIT 400').pluck().all() as string[]))];
    const protoKeys = Object.getOwnPropertyNames(Object.prototype).join();

    for (const method of methodNames.filter((m) => !SWITCHING.has(m) && !STARTS_JOB.has(m))) {
      counts.methods++;
      const def = contract[method];
      for (let round = 0; round < ROUNDS; round++) {
        const valid = VALID[method]?.(stateOf(a)) ?? {};
        if (round === 0 && !def.input.safeParse(valid).success) failures.push(`${method}: the fuzz's own valid example is refused: ${describeValue(valid)}`);
        // The valid payload itself first, so later cases also meet the state a success leaves.
        const payloads: unknown[] = [valid, ...(round === 0 ? WHOLE_PAYLOADS : [])];
        while (payloads.length < PER_ROUND + (round === 0 ? WHOLE_PAYLOADS.length : 0)) payloads.push(rng.next() < 0.6 ? mutate(rng, valid, ids) : randomValue(rng, 0, ids));

        const before = a.fingerprint();
        let last = before;
        for (const [i, raw] of payloads.entries()) {
          const payload = tame(method, raw, { dir: safeDir, file: safeFile });
          const session = rng.next() < 0.05 ? researcher : owner;
          const where = `seed ${SEED}, ${method}, round ${round}, case ${i}, as ${session.user.role}: ${describeValue(payload)}`;
          let r: Result<unknown>;
          try {
            r = a.router.call(session, method, payload);
          } catch (e) {
            failures.push(`threw ${(e as Error).message} — ${where}`);
            continue;
          }
          counts.calls++;
          if (r.ok) counts.ok++;
          else {
            counts.refused++;
            if ((!ALLOWED.has(r.error.code) && ALLOWED_FOR[method] !== r.error.code) || typeof r.error.message !== 'string' || r.error.message.length < 5) failures.push(`answered ${r.error.code}: ${r.error.message} — ${where}`);
          }
          if (def.kind === 'write') {
            const now = a.fingerprint();
            if (!r.ok && now !== last) failures.push(`refused (${r.error.code}) but the archive changed — ${where}`);
            last = now;
          }
        }
        if (def.kind === 'read' && a.fingerprint() !== before) failures.push(`seed ${SEED}: the read method ${method} changed the archive in round ${round}`);
        if (failures.length > 50) break;
      }
      if (failures.length > 50) break;
    }

    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(a.logged, `seed ${SEED}: the router logged internal errors`).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).join(), `seed ${SEED}: Object.prototype was polluted`).toBe(protoKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Every method was reached, most payloads were refused, and some mutations were valid writes.
    expect(counts.methods).toBe(methodNames.length - SWITCHING.size - STARTS_JOB.size);
    expect(counts.calls).toBeGreaterThan(3000);
    expect(counts.refused).toBeGreaterThan(counts.calls / 2);
    expect(counts.ok).toBeGreaterThan(0);
    expect(a.call('jobs.list', {})).toEqual([]);

    expect(a.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(a.db.pragma('foreign_key_check')).toEqual([]);
    // The fingerprint is not blind: it sees a new record and an edit that adds no row.
    const s = stateOf(a);
    const fp = a.fingerprint();
    a.db.prepare('UPDATE people SET version = version + 1 WHERE id = ?').run(s.person.id);
    expect(a.fingerprint()).not.toBe(fp);
    a.call('testimonies.create', { data: { title: 'After the fuzz', type: 'audio' } });
    expect(a.fingerprint()).not.toBe(fp);
    expect(() => checkIndex(a.db)).not.toThrow();
    // Thousands of calls on the whole sample archive: longer than the default per-test limit on a busy machine.
  }, 240_000);

  it('refuses hostile paths to open or create an archive, or to restore a backup, and keeps the open one open and unchanged', async () => {
    const a = sampleArchive();
    const backup = (await backupArchive(a.dir)).name;
    const dir = a.workspace.current()?.dir;
    const before = a.fingerprint();
    const dbFile = path.join(a.dir, 'archive.sqlite');
    const notArchive = tempDir();
    writeFileSync(path.join(notArchive, 'notes.txt'), 'not an archive');
    const damaged = tempDir();
    writeFileSync(path.join(damaged, 'archive.sqlite'), 'SQLite format 3\u0000'.padEnd(4096, '\u0001'));
    const damagedBytes = readFileSync(path.join(damaged, 'archive.sqlite'));
    const fresh = path.join(tempDir(), 'Never.tessera');

    const cases: [MethodName, unknown][] = [
      ...['', '   ', 'a\u0000b', 'x'.repeat(5000), 42, null, ['/tmp'], { path: '/' }, HUGE].map((p): [MethodName, unknown] => ['workspace.open', { path: p }]),
      ...[path.join(notArchive, 'missing'), dbFile, path.join(dbFile, 'sub'), notArchive, damaged, '/', '/dev/null', 'relative/folder', '../../../../../../etc', '\\\\server\\share', 'file:///etc'].map((p): [MethodName, unknown] => ['workspace.open', { path: p }]),
      ['workspace.open', polluted({ path: notArchive })],
      ...['', 'a\u0000b', 'x'.repeat(5000), 7, null, dbFile, a.dir, path.join(dbFile, 'sub'), '/dev/null/archive', '/proc/version'].map((p): [MethodName, unknown] => ['workspace.create', { path: p, name: 'Hostile' }]),
      ['workspace.create', { path: fresh, name: '' }],
      ['workspace.create', { path: fresh, name: HUGE }],
      ['workspace.create', { path: fresh, name: ['x'] }],
      ['workspace.create', { path: fresh }],
      ['workspace.create', polluted({ path: fresh })],
      ...['', '.', '..', 'a/b', '..\\x', 'a\u0000b', 'x'.repeat(5000), 7, null, 'node_modules', 'backups', `${backup}x`, ` ${backup}/`, polluted()].map((b): [MethodName, unknown] => ['workspace.restoreBackup', { path: a.dir, backup: b }]),
      ...[notArchive, damaged, path.join(notArchive, 'missing'), dbFile, '/', '', 'a\u0000b'].map((p): [MethodName, unknown] => ['workspace.restoreBackup', { path: p, backup }]),
      ['workspace.restoreBackup', polluted({ path: a.dir })],
    ];
    for (const [method, input] of cases) {
      const r = a.router.call(owner, method, input);
      const where = `${method} ${describeValue(input)}`;
      expect(r.ok, where).toBe(false);
      if (!r.ok) expect(['invalid_input', 'not_found', 'conflict', 'archive_unavailable'], `${where}: ${r.error.message}`).toContain(r.error.code);
      expect(a.workspace.current()?.dir, where).toBe(dir);
      expect(a.call('archive.info', {}).counts.testimonies, where).toBeGreaterThan(0);
    }
    expect(a.fingerprint()).toBe(before);
    expect(a.logged).toEqual([]);
    expect(readFileSync(path.join(damaged, 'archive.sqlite')).equals(damagedBytes)).toBe(true);
    expect(() => readFileSync(path.join(fresh, 'archive.sqlite'))).toThrow();
  });
});
