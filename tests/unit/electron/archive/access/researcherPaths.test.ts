import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Testimony } from '../../../../../shared/model/testimony';
import { mayRead, NOT_AVAILABLE } from '../../../../../shared/model/access';
import type { Role } from '../../../../../shared/model/enums';
import type { MethodName } from '../../../../../shared/api';
import type { Session } from '../../../../../electron/archive/context';
import { tempDir } from '../../../helpers';
import { sampleArchive } from '../sampleInputs';

/**
 * "A researcher cannot open a sealed testimony by any path" (issue 8): on the sample archive, every
 * read path as a researcher (and a cataloguer for sealed ones) never yields the id, reference,
 * title or a distinctive transcript word of a testimony the role may not read — while an
 * archivist, on the same paths, sees them all (so the paths are not blind).
 */

type Sample = ReturnType<typeof sampleArchive>;
const as = (role: Role): Session => ({ user: { name: `Paths ${role}`, role } });
const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{7,}/gu) ?? []);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Hidden {
  t: Testimony;
  /** A word of its transcript found in no testimony the role may read. */
  word: string;
}

/** The testimonies the role may not read, each with a word of its own. */
function hiddenFor(a: Sample, role: Role): Hidden[] {
  const all = (a.db.prepare('SELECT id FROM testimonies ORDER BY ref_sort').pluck().all() as string[]).map((id) => a.call('testimonies.get', { id }));
  const readable = all.filter((t) => mayRead(role, t));
  // Words of the testimonies the role reads, and of every other record (names, places, themes, keys).
  const others = ['people', 'places', 'hearings', 'themes', 'markers', 'findings'].map((table) => JSON.stringify(a.db.prepare(`SELECT * FROM ${table}`).all()));
  const seen = words([...readable.map((t) => JSON.stringify(t)), ...others].join(' '));
  return all
    .filter((t) => !mayRead(role, t))
    .flatMap((t) => {
      const word = [...words(t.transcript)].find((w) => !seen.has(w));
      return word ? [{ t, word }] : [];
    });
}

/** Everything a role's read paths answer, as one text, and the refusals of direct opens. */
function readAll(a: Sample, role: Role, hidden: readonly Hidden[]): { text: string; refusals: string[] } {
  const session = as(role);
  const outputs: unknown[] = [];
  const call = (method: MethodName, input: unknown) => {
    const r = a.router.call(session, method, input);
    outputs.push(r.ok ? r.value : r.error);
    return r;
  };
  call('archive.info', {});
  call('testimonies.list', { includeWithdrawn: true, limit: 500 });
  call('search.query', { q: '', limit: 500 });
  call('search.exportCsv', { q: '', scope: 'public' });
  call('themes.tree', { includeRetired: true });
  call('themes.overview', {});
  call('themes.exportPassages', { themeId: null });
  call('jobs.list', {});
  const ids = (table: string) => a.db.prepare(`SELECT id FROM ${table}`).pluck().all() as string[];
  for (const id of ids('themes')) call('themes.passages', { id, includeNarrower: true, limit: 500 });
  for (const id of ids('people')) {
    call('people.get', { id });
    call('archive.history', { entityType: 'person', entityId: id });
  }
  for (const id of ids('hearings')) call('hearings.get', { id });
  for (const id of ids('places')) call('places.get', { id });
  call('people.list', { limit: 500 });
  call('places.list', { limit: 500 });
  call('hearings.list', { limit: 500 });
  call('markers.list', { limit: 500 });
  for (const id of ids('markers')) {
    call('markers.get', { id });
    call('archive.history', { entityType: 'marker', entityId: id });
  }
  if (role !== 'researcher') for (const id of ids('findings')) call('findings.get', { id });
  const refusals: string[] = [];
  for (const { t, word } of hidden) {
    call('search.query', { q: word, includeWithdrawn: true, limit: 100 });
    call('search.query', { q: `"${t.title}"`, limit: 100 });
    call('search.exportCsv', { q: word, scope: role === 'cataloguer' ? 'public' : 'full' });
    for (const [method, input] of [
      ['testimonies.get', { id: t.id }],
      ['testimonies.get', { ref: t.ref }],
      ['coding.get', { testimonyId: t.id }],
      ['archive.history', { entityType: 'testimony', entityId: t.id }],
      ...(a.db.prepare('SELECT id FROM passages WHERE testimony_id = ?').pluck().all(t.id) as string[]).map((id) => ['archive.history', { entityType: 'passage', entityId: id }] as const),
    ] as const) {
      const r = a.router.call(session, method, input);
      if (r.ok || r.error.code !== 'not_found' || r.error.message !== NOT_AVAILABLE) refusals.push(`${method} ${JSON.stringify(input)} answered ${r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`}`);
    }
  }
  return { text: JSON.stringify(outputs), refusals };
}

/** Which of the hidden testimonies' id, reference, title or word appear in the text. */
function leaks(text: string, hidden: readonly Hidden[]): string[] {
  return hidden.flatMap(({ t, word }) =>
    [t.id, t.ref, t.title, word].filter((s) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(s)}(?![\\p{L}\\p{N}])`, 'iu').test(text)).map((s) => `${t.ref} (${t.accessLevel}): ${s}`),
  );
}

describe('who reads what, by every path', () => {
  it('a researcher never meets a sealed, confidential, embargoed or unconsented testimony; an archivist meets them all', () => {
    const a = sampleArchive();
    const hidden = hiddenFor(a, 'researcher');
    // The sample holds every kind of record a researcher may not read.
    const levels = hidden.map((h) => h.t.accessLevel);
    expect(levels).toContain('sealed');
    expect(levels).toContain('confidential');
    expect(hidden.length).toBeGreaterThan(2);
    const researcher = readAll(a, 'researcher', hidden);
    expect(researcher.refusals).toEqual([]);
    expect(leaks(researcher.text, hidden)).toEqual([]);
    // Counts agree with what may be read.
    const info = a.router.call(as('researcher'), 'archive.info', {});
    expect(info.ok && Object.keys(info.value.byAccessLevel).every((l) => ['public', 'restricted'].includes(l))).toBe(true);
    // The same paths as an archivist show every one of them.
    const archivist = readAll(a, 'archivist', hidden).text;
    const shown = new Set(leaks(archivist, hidden));
    for (const { t, word } of hidden) {
      expect(shown.has(`${t.ref} (${t.accessLevel}): ${t.ref}`), t.ref).toBe(true);
      expect(shown.has(`${t.ref} (${t.accessLevel}): ${word}`), `${t.ref}: ${word}`).toBe(true);
    }
  }, 180_000);

  it('a cataloguer never meets a sealed testimony, and may neither seal, unseal, lift an embargo nor export the full scope', () => {
    const a = sampleArchive();
    const hidden = hiddenFor(a, 'cataloguer');
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((h) => h.t.accessLevel === 'sealed')).toBe(true);
    const cataloguer = readAll(a, 'cataloguer', hidden);
    expect(cataloguer.refusals).toEqual([]);
    expect(leaks(cataloguer.text, hidden)).toEqual([]);

    const s = as('cataloguer');
    const before = a.fingerprint();
    const open = a.call('testimonies.list', { accessLevel: ['restricted'], limit: 1 }).items[0];
    if (!open) throw new Error('the sample has no restricted testimony');
    const t = a.call('testimonies.get', { id: open.id });
    const refused = [
      a.router.call(s, 'testimonies.update', { id: t.id, expectedVersion: t.version, data: { ...t, accessLevel: 'public' } }),
      a.router.call(s, 'testimonies.update', { id: t.id, expectedVersion: t.version, data: { ...t, embargoUntil: '2001-01-01' } }),
      a.router.call(s, 'testimonies.create', { data: { title: 'Sealed by a cataloguer', type: 'audio', accessLevel: 'sealed' } }),
      a.router.call(s, 'testimonies.createMany', { items: [{ title: 'Fine', type: 'audio' }, { title: 'Sealed', type: 'audio', accessLevel: 'sealed' }] }),
      a.router.call(s, 'search.exportCsv', { q: 'fire', scope: 'full' }),
      a.router.call(s, 'markers.printRegister', { filter: {}, edition: 'confidential', out: '' }),
    ];
    for (const r of refused) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code, r.error.message).toBe('forbidden');
      if (!r.ok) expect(r.error.message).toMatch(/archivist/i);
    }
    expect(a.fingerprint()).toBe(before);
    // Writing to a sealed testimony answers as if it were not there.
    const sealed = hidden[0]!.t;
    const w = a.router.call(s, 'testimonies.update', { id: sealed.id, expectedVersion: sealed.version, data: sealed });
    expect(w.ok ? 'ok' : w.error.message).toBe(NOT_AVAILABLE);
    // Other edits, keeping the access level, are the cataloguer's to make.
    expect(a.router.call(s, 'testimonies.update', { id: t.id, expectedVersion: t.version, data: { ...t, summary: `${t.summary} (checked)` } }).ok).toBe(true);
  }, 180_000);

  it('the CLI, signed in as a researcher, finds no sealed testimony', () => {
    const root = path.resolve(__dirname, '..', '..', '..', '..', '..');
    const dir = path.join(tempDir(), 'C.tessera');
    const env = { ...process.env, TESSERA_DATA_DIR: path.join(tempDir(), 'data'), TESSERA_USER: 'cli-admin', TESSERA_PASSWORD: 'cli-admin-password' };
    const tessera = (args: string[], extra: Record<string, string> = {}) => spawnSync(process.execPath, [path.join(root, 'bin', 'tessera.mjs'), ...args], { encoding: 'utf8', env: { ...env, ...extra } });
    expect(tessera(['sample', dir]).status).toBe(0);
    expect(tessera(['users', dir, 'add', 'rhea', '--role', 'researcher'], { TESSERA_NEW_PASSWORD: 'rhea-password-long' }).status).toBe(0);
    const rhea = { TESSERA_USER: 'rhea', TESSERA_PASSWORD: 'rhea-password-long' };
    // "Plymouth Valiant" is said only in a sealed testimony of the sample (tests/unit/electron/cli/search.test.ts).
    const admin = tessera(['search', dir, '"Plymouth Valiant"', '--json']);
    expect(JSON.parse(admin.stdout)).toHaveLength(1);
    const r = tessera(['search', dir, '"Plymouth Valiant"', '--json'], rhea);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    const all = tessera(['search', dir, 'the', '--json', '--limit', '500'], rhea);
    const refs = (JSON.parse(all.stdout) as { ref: string }[]).map((x) => x.ref);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs).not.toContain((JSON.parse(admin.stdout) as { ref: string }[])[0]?.ref);
  }, 120_000);
});
