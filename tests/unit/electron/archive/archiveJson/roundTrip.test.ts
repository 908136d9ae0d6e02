import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../../electron/archive/audit/checks';
import { verifyAuditChain } from '../../../../../electron/archive/audit/verify';
import { archiveTables, columnList, quoteIdent } from '../../../../../electron/archive/exports/json/format';
import { hashFileSync } from '../../../../../electron/archive/files/hash';
import { storedFilePath } from '../../../../../electron/archive/files/store';
import { archiveTools, owner, tempDir, testArchive } from '../../../helpers';
import { sampleArchive, settled, type TestArchive } from '../jobs/helpers';

/**
 * The "done when": a JSON export of a full archive (the sample, plus attachments, themes,
 * codes, redactions, markers with photos, findings, a report), loaded into an empty archive,
 * reproduces it exactly — every table row for row with the same ids, versions and timestamps, the
 * files by hash, the same search results, and an audit chain that still verifies, with the import
 * recorded after the source's log.
 */

const dbOf = (t: TestArchive): Database => archiveTools(t).db();

/** Every row of every exported table, exactly as stored (integers as BigInt, so REAL and INTEGER differ). */
function contents(db: Database): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const t of archiveTables(db)) {
    out[t.name] = db.prepare(`SELECT ${columnList(t.columns)} FROM ${quoteIdent(t.name)} ORDER BY ${t.orderBy}`).raw(true).safeIntegers(true).all() as unknown[][];
  }
  return out;
}

/** The sample, with what the sample lacks: attachments, a new code and redaction, a place with whole-number coordinates. */
function fullArchive(): TestArchive {
  const t = sampleArchive();
  const tools = archiveTools(t);
  const db = dbOf(t);
  const testimony = db.prepare("SELECT t.id, x.transcript FROM testimonies t JOIN testimony_texts x ON x.testimony_id = t.id WHERE length(x.transcript) > 400 ORDER BY t.ref_sort LIMIT 1").get() as { id: string; transcript: string };
  const dir = tempDir('tessera-attach-');
  const recording = path.join(dir, 'interview.wav');
  writeFileSync(recording, Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(70_000, 7)]));
  const consent = path.join(dir, 'consent.pdf');
  writeFileSync(consent, '%PDF-1.4\n% a consent form\n');
  t.call('attachments.add', { testimonyId: testimony.id, path: recording, name: 'Interview recording.wav', kind: 'recording' });
  t.call('attachments.add', { testimonyId: testimony.id, path: consent, name: '', kind: 'consent_form' });
  const words = testimony.transcript.slice(100, 140);
  t.call('coding.code', { testimonyId: testimony.id, range: { ...tools.spanIn(testimony.transcript, words), quote: words }, data: { themeIds: [tools.theme(db.prepare('SELECT label FROM themes WHERE merged_into IS NULL ORDER BY label LIMIT 1').pluck().get() as string)], note: 'round trip' } });
  const hidden = testimony.transcript.slice(200, 230);
  t.call('redactions.add', { testimonyId: testimony.id, field: 'transcript', range: { ...tools.spanIn(testimony.transcript, hidden), quote: hidden }, reason: 'A name of a minor' });
  t.call('places.create', { data: { name: 'Whole-number place', type: 'site', parentId: null, latitude: 12, longitude: -70 } });
  return t;
}

async function exportJson(t: TestArchive): Promise<string> {
  const out = path.join(tempDir(), 'Archive JSON');
  const job = await settled(t, t.call('exports.start', { format: 'json', scope: 'full', out }));
  expect(job.error).toBeNull();
  expect(job.state).toBe('done');
  return out;
}

const searchIds = (t: TestArchive, q: string) => t.call('search.query', { q, filters: {}, sort: 'relevance', includeWithdrawn: true, scope: 'full', offset: 0, limit: 100 }).items.map((i) => i.id);

describe('the JSON archive round trip', () => {
  it('reproduces the archive exactly in an empty archive: every row, every file, the search, the audit chain', async () => {
    const source = fullArchive();
    const out = await exportJson(source);
    const before = contents(dbOf(source));
    expect(before.testimony_files).toHaveLength(2);
    expect(before.marker_photos?.length).toBeGreaterThan(0);

    const target = testArchive();
    // The target's first administrator: accounts belong to each archive and are kept.
    const setup = target.router.call(null, 'auth.setup', { name: 'Target Admin', password: 'a long enough passphrase' });
    if (!setup.ok) throw new Error(setup.error.message);
    const users = dbOf(target).prepare('SELECT * FROM users').all();
    expect(users).toHaveLength(1);
    const job = await settled(target, target.call('imports.archive', { path: out }));
    expect(job.error).toBeNull();
    expect(job.state).toBe('done');
    const name = source.call('settings.get', {}).archiveName;
    expect(job.result?.summary).toMatch(new RegExp(`^Imported the JSON archive ${name}: [\\d,]+ rows .* and 5 stored files .*the audit log \\([\\d,]+ entries\\) is the source’s, unbroken, with this import recorded last\\.$`));

    const after = contents(dbOf(target));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) {
      if (table === 'audit_log') continue;
      expect(after[table], table).toEqual(before[table]);
    }
    // The source's log verbatim, then exactly one record of the import, chained to it.
    const log = after.audit_log ?? [];
    expect(log.slice(0, -1)).toEqual(before.audit_log);
    const last = dbOf(target).prepare('SELECT user, method, action, entity_type, changes, prev_hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Record<string, string>;
    const sourceLast = dbOf(source).prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get();
    expect(last).toMatchObject({ user: owner.user.name, method: 'imports.loadArchive', action: 'import', entity_type: 'archive', prev_hash: sourceLast });
    expect(JSON.parse(last.changes ?? '[]')).toContainEqual({ field: 'source', old: null, new: out });
    const chain = verifyAuditChain(dbOf(target));
    expect(chain).toEqual({ ok: true, entries: log.length, firstBroken: null });
    // Every check `tessera verify` runs holds: integrity, links, the rebuilt search index, the chain, the files.
    expect(runChecks(dbOf(target), target.dir).filter((c) => !c.ok)).toEqual([]);

    // The files, by hash, in the target's own store.
    for (const [sha] of before.files ?? []) expect(hashFileSync(storedFilePath(target.dir, sha as string)).sha256).toBe(sha);
    // The same answers to searches, in the same order.
    for (const q of ['fire', 'river OR school', '"police station"', 'mother']) {
      const ids = searchIds(source, q);
      expect(searchIds(target, q), q).toEqual(ids);
    }
    expect(searchIds(source, 'fire').length).toBeGreaterThan(0);
    expect(dbOf(target).prepare('SELECT * FROM users').all()).toEqual(users);
    // The archive is the source's by name too.
    expect(target.call('settings.get', {})).toEqual(source.call('settings.get', {}));
  }, 120_000);

  it('refuses an archive that already holds records, saying what it holds', async () => {
    const t = sampleArchive();
    const out = await exportJson(t);
    const e = archiveTools(t).refused('imports.archive', { path: out });
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/^This archive already holds records \(40 testimonies, 65 people, 20 places, 2 hearings, 7 memorials and markers, 5 findings, 10 recommendations, 1 report, 3 stored files, [\d,]+ other rows \(links, history, settings of imports\)\)\. A JSON archive is loaded only into a new, empty archive/);
    // Not even the starter thesaurus may have been changed.
    const empty = testArchive();
    const theme = archiveTools(empty).theme(dbOf(empty).prepare('SELECT label FROM themes ORDER BY label LIMIT 1').pluck().get() as string);
    empty.call('themes.retire', { id: theme, retired: true });
    expect(archiveTools(empty).refused('imports.archive', { path: out }).message).toMatch(/\(themes beyond the starter thesaurus \(\d+ added or changed\)\)/);
  }, 60_000);

  it('refuses an export of another schema version, a file that is not an export, and a damaged stored file, and leaves the archive empty', async () => {
    const source = sampleArchive();
    const out = await exportJson(source);
    const file = path.join(out, 'archive.json');
    const text = readFileSync(file, 'utf8');
    const target = testArchive();
    const tools = archiveTools(target);

    writeFileSync(file, text.replace(/"schemaVersion":(\d+)/, (_, v: string) => `"schemaVersion":${Number(v) + 1}`));
    expect(tools.refused('imports.archive', { path: out }).message).toMatch(/^This JSON archive was exported by a newer Tessera \(archive schema \d+; this one has \d+\)\. Update Tessera, then import it\.$/);
    writeFileSync(file, text);
    expect(tools.refused('imports.archive', { path: path.join(out, 'files') }).message).toMatch(/holds no archive\.json/);
    expect(tools.refused('imports.archive', { path: 'relative/archive.json' }).message).toMatch(/^Give the whole path/);

    // A stored file changed after the export: the job refuses the whole import; nothing is loaded.
    const [sha] = dbOf(source).prepare('SELECT sha256 FROM files ORDER BY sha256 LIMIT 1').pluck().all() as string[];
    const stored = path.join(out, 'files', sha ?? '');
    const bytes = readFileSync(stored);
    const middle = bytes.length >> 1;
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0xff, middle);
    writeFileSync(stored, bytes);
    const job = await settled(target, target.call('imports.archive', { path: out }));
    expect(job.state).toBe('failed');
    expect(job.error).toBe(`The stored file ${sha} in the export does not match its SHA-256 (it was changed or damaged after the export). Nothing was imported: export the archive again, or copy that file again from the source.`);
    expect(dbOf(target).prepare('SELECT count(*) FROM testimonies').pluck().get()).toBe(0);
    expect(dbOf(target).prepare('SELECT count(*) FROM files').pluck().get()).toBe(0);
    expect(verifyAuditChain(dbOf(target)).ok).toBe(true);

    // archive.json cut short (a copy that did not finish): refused, nothing loaded.
    writeFileSync(stored, readFileSync(stored).map((b, i) => (i === middle ? b ^ 0xff : b)));
    writeFileSync(file, text.slice(0, text.lastIndexOf('\n', Math.floor(text.length * 0.6)) + 1));
    const cut = await settled(target, target.call('imports.archive', { path: out }));
    expect(cut.error).toMatch(/^archive\.json is not a Tessera JSON archive as Tessera writes it \(line [\d,]+: the file ends inside the table \w+ \(it was cut short\)\)/);
    expect(dbOf(target).prepare('SELECT count(*) FROM testimonies').pluck().get()).toBe(0);
  }, 60_000);
});
