import { createWriteStream, existsSync, lstatSync, mkdirSync, readdirSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../../../../shared/api';
import type { ImportReport, ImportReportRow } from '../../../../../shared/api/imports';
import { CSV_MAX_CELL_CHARS } from '../../../../../shared/model/importFields';
import { ATTACHMENT_MAX_BYTES } from '../../../../../electron/archive/attachments/attach';
import { verifyAuditChain } from '../../../../../electron/archive/audit/verify';
import { storedFilePath } from '../../../../../electron/archive/files/store';
import { jobsFor } from '../../../../../electron/archive/jobs/registry';
import { createRandom } from '../../../../bench/random';
import { testArchive } from '../../../helpers';
import { deflatedZeros, docxParts, storedEntry, zipOf } from './read/zipFiles';

/**
 * Issue 5, "Bad input": a folder of hostile files imported as the app imports it (imports.start
 * through the router, the job followed to its end). What can be imported is; every other file is
 * reported with the reason in words; nothing is written outside the archive; and the archive is
 * consistent afterwards (database, links, search index, audit chain, every stored file re-hashed).
 *
 * The "2 GB recording" is a sparse file (no disk until it is copied) and a legitimate one: it is
 * stored whole, under its SHA-256, since attachments may be up to ATTACHMENT_MAX_BYTES (8 GB).
 */

type T = ReturnType<typeof testArchive>;

const GIB = 1024 ** 3;
/** SHA-256 of 2 GiB of zero bytes, from a tool nobody here wrote: `head -c 2147483648 /dev/zero | sha256sum`. */
const SHA256_2GIB_ZEROS = 'a7c744c13cc101ed66c29f672f92455547889cc586ce6d44fe76ae824958ea51';

const MAPPING: Input<'imports.start'>['mapping'] = { Ref: 'ref', Title: 'title', Date: 'dateRecorded', Narrators: 'narrators', Access: 'accessLevel', Type: 'type', Files: 'attachments' };

/** The metadata of the good testimonies; row 4's attachments cell tries to leave the folder three ways. */
const CSV = [
  'Ref,Title,Date,Narrators,Access,Type,Files',
  'TRC-2026-0001,The hearing at the river,1998-04-02,Ama Mensah,Public,audio,',
  'TRC-2026-0002,Statement on the school,1999-03,Yaw Osei,Restricted,written statement,',
  'TRC-2026-0003,A scanned statement,2000,,Public,written statement,',
  'TRC-2026-0004,Attachments from elsewhere,2001,,Public,written statement,../x.txt; ../outside.txt; /etc/passwd',
  '',
].join('\n');

const GOOD_VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.500\nWe crossed the river at night.\n\n00:00:05.000 --> 00:00:08.000\nNobody came back for us.\n';
const NUL_VTT = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nA cue in a file named nul.\n';
const BROKEN_VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nA good first cue.\n\n00:00:09,5 -> soon\nA cue whose timing is broken.\n';

/** A PDF with no text layer: only vector shapes, as a scanned page without OCR would be (for the reader). */
function pdfWithoutText(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const out = createWriteStream(file);
    out.on('finish', () => resolve());
    out.on('error', reject);
    doc.pipe(out);
    doc.rect(72, 72, 300, 200).fill('#777777');
    doc.circle(300, 500, 80).lineWidth(4).stroke('#222222');
    doc.end();
  });
}

/** A Word document whose document.xml is 300 MB of zeros deflated to a few hundred KB (streamed: memory stays small). */
async function zipBomb(file: string): Promise<void> {
  const zeros = await deflatedZeros(300);
  const parts = docxParts(['never read']);
  const bomb = { name: 'word/document.xml', stored: zeros.stored, method: 8 as const, crc: zeros.crc, declaredSize: zeros.size };
  writeFileSync(file, zipOf([bomb, storedEntry('[Content_Types].xml', Buffer.from(parts['[Content_Types].xml'] as string)), storedEntry('_rels/.rels', Buffer.from(parts['_rels/.rels'] as string))]));
}

/** Bytes that no decoder takes for text: seeded, NULs on both sides of every pair, no byte order mark. */
function junk(bytes: number): Buffer {
  const r = createRandom(5);
  const b = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) b[i] = r.int(0, 255);
  b[0] = 0x00;
  b[1] = 0x9c;
  return b;
}

interface Sources {
  /** The parent temp folder holding the sources (incoming/) beside the archive. */
  root: string;
  batch: string;
  longName: string;
  longPath: string;
}

/** The hostile folder, in `<root>/incoming/batch`, with a file and a folder outside it that links and cells point at. */
async function hostileFolder(root: string): Promise<Sources> {
  const incoming = path.join(root, 'incoming');
  const batch = path.join(incoming, 'batch');
  mkdirSync(batch, { recursive: true });
  const put = (name: string, data: string | Buffer) => writeFileSync(path.join(batch, name), data);
  writeFileSync(path.join(incoming, 'outside.txt'), 'A file outside the imported folder, never to be read.\n');
  mkdirSync(path.join(root, 'elsewhere'));
  writeFileSync(path.join(root, 'elsewhere', 'private.txt'), 'Private notes outside the imported folder.\n');

  // Good files.
  put('statements.csv', CSV);
  put('TRC-2026-0001.txt', 'My name is Ama Mensah. I was at the river that night.\n');
  put('TRC-2026-0002.md', '# Statement\n\nWe crossed the river at night.\n\nNobody came back for us.\n');
  put('TRC-2026-0002 tape.vtt', GOOD_VTT);
  put('Forum notes.txt', 'Notes written after the community forum.\n');
  put('Windows notes.txt', Buffer.from('Caf\xe9 \x93Liberty\x94 \x96 notes typed in an old Windows program.\n', 'latin1'));
  put('CON.txt', 'A statement in a file with a name Windows reserves.\n');
  put('nul.vtt', NUL_VTT);
  // A 2 GiB recording, sparse until the store copies it.
  put('TRC-2026-0001 hearing.mp3', '');
  truncateSync(path.join(batch, 'TRC-2026-0001 hearing.mp3'), 2 * GIB);
  // A file name of 255 bytes (the most ext4 and most file systems allow) in folders that make the path longer than 300 characters.
  const deep = path.join(batch, 'nested folder of the hearing series', 'second level with a long name', 'third level');
  mkdirSync(deep, { recursive: true });
  const longName = `${'Long testimony name '.repeat(13)}end`.slice(0, 251) + '.txt';
  writeFileSync(path.join(deep, longName), 'A transcript with a very long file name.\n');
  const longPath = path.join(deep, longName);

  // Bad files.
  put('junk.txt', junk(64 * 1024));
  put('empty.txt', '');
  put('empty.csv', '');
  await pdfWithoutText(path.join(batch, 'Unreadable scan.pdf'));
  await pdfWithoutText(path.join(batch, 'TRC-2026-0003 statement.pdf'));
  await zipBomb(path.join(batch, 'bomb.docx'));
  put('broken cues.vtt', BROKEN_VTT);
  put('big cell.csv', `Ref,Title,Transcript\nBIG-0009,A row with a huge cell,"${'word '.repeat(600_000)}"\n`);
  symlinkSync(path.join(root, 'elsewhere', 'private.txt'), path.join(batch, 'TRC-2026-0001 link.txt'));
  symlinkSync(path.join(root, 'elsewhere'), path.join(batch, 'linked folder'));
  return { root, batch, longName, longPath };
}

/** Every entry under `dir` (links not followed) → its kind, size and modification time. */
function snapshot(dir: string, skip: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (p === skip) continue;
      const st = lstatSync(p);
      out.set(p, `${st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : 'file'}:${st.isDirectory() ? '' : st.size}:${st.mtimeMs}`);
      if (st.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

/** The paths added, removed or changed from one snapshot to the next, relative to `root`. */
function changes(root: string, from: Map<string, string>, to: Map<string, string>): string[] {
  const keys = new Set([...from.keys(), ...to.keys()]);
  return [...keys].filter((k) => from.get(k) !== to.get(k)).map((k) => path.relative(root, k)).sort();
}

function namedAnywhere(dir: string, name: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.name === name) found.push(p);
      if (entry.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return found;
}

async function runImport(t: T, input: Input<'imports.start'>): Promise<{ report: ImportReport; ms: number }> {
  const t0 = performance.now();
  const started = t.call('imports.start', input);
  const job = await jobsFor(t.workspace.current()!.db).settled(started.id);
  expect(job.error).toBeNull();
  expect(job.state).toBe('done');
  return { report: t.call('imports.report', { jobId: job.id }), ms: performance.now() - t0 };
}

describe('importing a folder of hostile files', () => {
  it('imports what can be imported, reports the rest with reasons, writes nothing outside the archive and leaves it consistent', async () => {
    const t = testArchive();
    const src = await hostileFolder(t.root);
    const db = () => t.workspace.current()!.db;
    const before = snapshot(t.root, t.dir);

    const { report, ms } = await runImport(t, { paths: [src.batch], mapping: MAPPING, rememberMapping: false });
    // Seen in the run's output; the 2 GiB copy and hash dominate it.
    console.log(`hostile import job (with the 2 GiB recording): ${(ms / 1000).toFixed(1)} s`);
    const of = (source: string) => report.rows.filter((r) => r.source === source);
    const only = (source: string): ImportReportRow => {
      const rows = of(source).filter((r) => r.field === '');
      expect(rows, source).toHaveLength(1);
      return rows[0] as ImportReportRow;
    };
    const failed = (source: string, ...words: string[]) => {
      const row = only(source);
      expect(row.outcome, `${source}: ${row.message}`).toBe('failed');
      for (const w of words) expect(row.message).toContain(w);
    };

    // Every good file imported.
    const rows = (line: number) => report.rows.filter((r) => r.source === 'statements.csv' && r.line === line && r.field === '');
    for (const line of [2, 3, 4, 5]) expect(rows(line).map((r) => r.outcome)).toEqual(['added']);
    for (const source of ['TRC-2026-0001.txt', 'TRC-2026-0002.md', 'TRC-2026-0002 tape.vtt', 'Forum notes.txt', 'Windows notes.txt', 'CON.txt', 'nul.vtt', src.longName, 'TRC-2026-0001 hearing.mp3', 'TRC-2026-0003 statement.pdf']) {
      expect(only(source).outcome, `${source}: ${only(source).message}`).toBe('added');
    }
    const first = t.call('testimonies.get', { ref: 'TRC-2026-0001' });
    expect(first.transcript).toBe('My name is Ama Mensah. I was at the river that night.\n');
    const second = t.call('testimonies.get', { ref: 'TRC-2026-0002' });
    expect(second.transcript).toBe('# Statement\n\nWe crossed the river at night.\n\nNobody came back for us.\n');
    expect(t.call('coding.get', { testimonyId: second.id }).passages.filter((p) => p.kind === 'segment').map((s) => s.timeStart)).toEqual([1, 5]);
    // Testimonies made from files (no row): titled from their names, their text as read.
    const made = (title: string) => db().prepare('SELECT t.type, x.transcript FROM testimonies t JOIN testimony_texts x ON x.testimony_id = t.id WHERE t.title = ?').all(title) as { type: string; transcript: string }[];
    // Not valid UTF-8, but text in Windows-1252: read as that, not as mojibake.
    expect(made('Windows notes')).toEqual([{ type: 'written_statement', transcript: 'Café “Liberty” – notes typed in an old Windows program.\n' }]);
    // …and the report says it was a guess, so a wrong one is seen.
    expect(of('Windows notes.txt').filter((r) => r.field === 'encoding').map((r) => [r.outcome, r.message])).toEqual([
      ['added', 'Read as Windows-1252 (detected: not valid UTF-8). If accented letters look wrong in the transcript, import it again choosing its encoding.'],
    ]);
    expect(of('TRC-2026-0001.txt').filter((r) => r.field === 'encoding')).toEqual([]);
    // Names Windows reserves are only titles here: the archive stores content by hash, never under a source's name.
    expect(made('CON')).toEqual([{ type: 'written_statement', transcript: 'A statement in a file with a name Windows reserves.\n' }]);
    expect(made('nul')).toEqual([{ type: 'audio', transcript: 'A cue in a file named nul.' }]);
    expect(made('Forum notes')).toHaveLength(1);
    expect(src.longPath.length).toBeGreaterThan(300);
    expect(Buffer.byteLength(src.longName)).toBe(255);
    expect(made(src.longName.slice(0, -4))).toEqual([{ type: 'written_statement', transcript: 'A transcript with a very long file name.\n' }]);

    // The 2 GiB recording is stored whole under its SHA-256 (attachments may be up to 8 GB).
    expect(2 * GIB).toBeLessThan(ATTACHMENT_MAX_BYTES);
    const recordings = t.call('attachments.list', { testimonyId: first.id });
    expect(recordings.map((a) => [a.name, a.kind, a.sha256, a.bytes])).toEqual([['TRC-2026-0001 hearing.mp3', 'recording', SHA256_2GIB_ZEROS, 2 * GIB]]);
    expect(statSync(storedFilePath(t.dir, SHA256_2GIB_ZEROS)).size).toBe(2 * GIB);
    // A PDF with no text layer that names its testimony is kept with it as a scan.
    const third = t.call('testimonies.get', { ref: 'TRC-2026-0003' });
    expect(t.call('attachments.list', { testimonyId: third.id }).map((a) => [a.name, a.kind])).toEqual([['TRC-2026-0003 statement.pdf', 'scan']]);

    // Each bad file reported failed, in words.
    failed('junk.txt', '“junk.txt” is not a text file (it contains binary data)');
    failed('empty.txt', '“empty.txt” is empty.');
    failed('empty.csv', '“empty.csv” is empty. A CSV import needs a first row naming the columns');
    failed('Unreadable scan.pdf', 'has no text layer (it may be a scanned image)', 'OCR');
    failed('bomb.docx', '“bomb.docx” was not read: it inflates to more than 200 MB', 'ZIP bomb');
    failed('broken cues.vtt', '“broken cues.vtt”: line 6: expected a cue timing', '00:09,5 -> soon');
    failed('big cell.csv', 'line 2: cell 3 holds 3,000,000 characters', `more than the ${CSV_MAX_CELL_CHARS.toLocaleString('en')} a cell may hold`);
    failed('TRC-2026-0001 link.txt', 'is a link; Tessera does not follow links');
    failed('linked folder', 'is a link; Tessera does not follow links');
    expect(db().prepare("SELECT count(*) FROM testimony_texts WHERE transcript LIKE '%Private notes%'").pluck().get()).toBe(0);
    expect(db().prepare("SELECT count(*) FROM testimonies WHERE ref = 'BIG-0009'").pluck().get()).toBe(0);
    // The cells that point outside the CSV's folder: the row is imported, those files are not.
    const outside = report.rows.filter((r) => r.source === 'statements.csv' && r.line === 5 && r.field === 'Files');
    expect(outside.map((r) => r.message)).toEqual([
      '“../x.txt” is outside the CSV file’s folder; attachments must be in that folder or below it. Not attached.',
      '“../outside.txt” is outside the CSV file’s folder; attachments must be in that folder or below it. Not attached.',
      '“/etc/passwd” is outside the CSV file’s folder; attachments must be in that folder or below it. Not attached.',
    ]);
    const fourth = t.call('testimonies.get', { ref: 'TRC-2026-0004' });
    expect(t.call('attachments.list', { testimonyId: fourth.id })).toEqual([]);
    expect(report.counts).toEqual({ added: 14, updated: 0, skipped: 0, failed: 9 });

    // Invalid UTF-8 when UTF-8 is chosen: refused, with the line of the first bad byte.
    const badCsv = path.join(src.root, 'incoming', 'bad utf8.csv');
    writeFileSync(badCsv, Buffer.concat([Buffer.from('Ref,Title\nBAD-0010,Fine\nBAD-0011,'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    const badTxt = path.join(src.root, 'incoming', 'bad utf8.txt');
    writeFileSync(badTxt, Buffer.concat([Buffer.from('line one\nline two\n'), Buffer.from([0xe2, 0x82]), Buffer.from(' broken\n')]));
    const before2 = snapshot(t.root, t.dir);
    const chosen = await runImport(t, { paths: [badCsv, badTxt], encoding: 'utf-8', mapping: { Ref: 'ref', Title: 'title' }, rememberMapping: false });
    expect(chosen.report.counts).toEqual({ added: 0, updated: 0, skipped: 0, failed: 2 });
    expect(chosen.report.rows.find((r) => r.source === 'bad utf8.csv')?.message).toBe('“bad utf8.csv” is not valid UTF-8 (first at line 3). Files saved by older Windows programs are often Windows-1252: choose that encoding.');
    expect(chosen.report.rows.find((r) => r.source === 'bad utf8.txt')?.message).toContain('“bad utf8.txt” is not valid UTF-8 (first at line 3)');
    expect(db().prepare("SELECT count(*) FROM testimonies WHERE ref = 'BAD-0010'").pluck().get()).toBe(0);

    // Nothing written outside the archive: the parent folder and the sources are as they were.
    // (The only changes between the two imports are the two files this test wrote.)
    expect(changes(t.root, before, before2)).toEqual(['incoming', 'incoming/bad utf8.csv', 'incoming/bad utf8.txt']);
    expect(changes(t.root, before2, snapshot(t.root, t.dir))).toEqual([]);
    expect(namedAnywhere(t.root, 'x.txt')).toEqual([]);
    expect(existsSync(path.join(path.dirname(t.root), 'x.txt'))).toBe(false);
    // …and inside it, only what the archive keeps: the database, the stored files, the reports.
    expect(readdirSync(t.dir).filter((n) => !n.startsWith('archive.sqlite')).sort()).toEqual(expect.arrayContaining(['files', 'imports']));
    // The store holds only complete files at their addresses, each with its row: no temporary copy was left behind.
    const stored = [...snapshot(path.join(t.dir, 'files'), '')].filter(([, v]) => v.startsWith('file:')).map(([p]) => path.basename(p));
    expect(stored.sort()).toEqual((db().prepare('SELECT sha256 FROM files ORDER BY sha256').pluck().all() as string[]).sort());
    expect([...namedAnywhere(t.dir, 'x.txt'), ...namedAnywhere(t.dir, 'CON.txt'), ...namedAnywhere(t.dir, 'passwd'), ...namedAnywhere(t.dir, src.longName)]).toEqual([]);

    // The archive is consistent.
    expect(db().pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db().pragma('foreign_key_check')).toEqual([]);
    expect(() => db().prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    expect(verifyAuditChain(db())).toMatchObject({ ok: true, firstBroken: null });
    const t0 = performance.now();
    const verify = await jobsFor(db()).settled(t.call('preservation.verify', {}).id);
    console.log(`preservation.verify (re-hashing the 2 GiB recording): ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    expect(verify.state).toBe('done');
    const last = t.call('preservation.lastVerification', {});
    expect(last?.ok).toBe(true);
    expect(last?.checks.find((c) => c.name === 'stored files')?.detail).toMatch(/^\d+ files match their SHA-256$/);
  }, 300_000);
});
