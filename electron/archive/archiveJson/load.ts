import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Database, Statement } from 'better-sqlite3';
import { verifyAuditChain } from '../audit/verify';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { ARCHIVE_FILES, archiveTables, columnList, decodeValue, quoteIdent, type ArchiveHeader, type TableShape } from '../exports/json/format';
import { hashFile } from '../exports/bagit/hashCopy';
import { addFileFromPath, isSha256 } from '../files/store';
import type { JobIO } from '../jobs/protocol';
import { rebuildIndex } from '../search/indexer';
import { assertEmpty } from './empty';
import { ArchiveFileError, readArchive, readHeader } from './read';

/**
 * Loading a JSON archive into an empty archive, exactly: the same rows (ids, versions,
 * timestamps, rowids), the same stored files (each checked against its SHA-256 before it is
 * stored), the search index rebuilt, and the source's audit log copied verbatim so its hash chain
 * still verifies, with one record of the import appended after it.
 *
 * `checkArchive` reads the whole file once before anything is written (structure, schema, values,
 * row count, every file's hash); `loadArchive` then writes it all inside the caller's one
 * transaction, so a failure anywhere leaves the archive as it was.
 */

export const STEPS = { check: 'Checking the archive file', files: 'Checking the stored files', load: 'Loading the records', store: 'Storing the files', index: 'Rebuilding the search index' } as const;

export interface ArchiveSource {
  /** The export folder (archive.json and files/). */
  folder: string;
  /** Its archive.json. */
  file: string;
}

export interface StoredFileRow {
  sha256: string;
  bytes: number;
}

export interface CheckedArchive {
  header: ArchiveHeader;
  files: StoredFileRow[];
}

const refuse = (message: string) => new ArchiveError('invalid_input', message, 'path');

/** The row's values decoded for binding, or a refusal naming the table and row. */
function decodeRow(values: unknown[], t: TableShape, rowNumber: number): unknown[] {
  if (values.length !== t.columns.length) throw refuse(`Row ${rowNumber.toLocaleString('en')} of ${t.name} in archive.json has ${values.length} values for ${t.columns.length} columns. The file was changed after it was exported; nothing was imported.`);
  return values.map((v, i) => {
    const d = decodeValue(v);
    if (d === undefined) throw refuse(`Row ${rowNumber.toLocaleString('en')} of ${t.name} in archive.json holds a value Tessera does not write (column ${t.columns[i]}). The file was changed after it was exported; nothing was imported.`);
    return d;
  });
}

/** Walks archive.json against this archive's tables: yields each row, decoded, with its table's shape. */
function* rowsOf(db: Database, source: ArchiveSource, io: JobIO, step: string): Generator<{ t: TableShape; row: unknown[] }, ArchiveHeader> {
  const shapes = new Map(archiveTables(db).map((t) => [t.name, t]));
  const seen = new Set<string>();
  const total = readHeader(source.file).rows;
  const items = readArchive(source.file);
  let table: TableShape | null = null;
  let n = 0;
  let done = 0;
  for (;;) {
    const r = items.next();
    if (r.done) {
      const missing = [...shapes.keys()].filter((name) => !seen.has(name));
      if (missing.length > 0) throw refuse(`archive.json lacks the table${missing.length === 1 ? '' : 's'} ${missing.join(', ')}. Export the archive again and load the new export.`);
      if (r.value.rows !== done) throw refuse(`archive.json holds ${done.toLocaleString('en')} rows where its header says ${r.value.rows.toLocaleString('en')}. The file was cut short or changed; nothing was imported.`);
      return r.value;
    }
    const item = r.value;
    if (item.kind === 'table') {
      const t = shapes.get(item.name);
      if (!t) throw refuse(`archive.json holds a table this Tessera does not have (${item.name}). Load it with the Tessera version that exported it.`);
      if (seen.has(t.name)) throw refuse(`archive.json holds the table ${t.name} twice. The file was changed after it was exported; nothing was imported.`);
      if (JSON.stringify(item.columns) !== JSON.stringify(t.columns)) throw refuse(`The columns of ${t.name} in archive.json are not this Tessera’s. Load it with the Tessera version that exported it.`);
      seen.add(t.name);
      table = t;
      n = 0;
      continue;
    }
    if (!table) throw refuse('archive.json has a row outside any table; nothing was imported.');
    n += 1;
    done += 1;
    if (done % 500 === 0) io.progress(step, done, total);
    yield { t: table, row: decodeRow(item.values, table, n) };
  }
}

/** Runs through every row with `each` and returns the header. */
function walk(gen: Generator<{ t: TableShape; row: unknown[] }, ArchiveHeader>, each: (t: TableShape, row: unknown[]) => void): ArchiveHeader {
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
    each(r.value.t, r.value.row);
  }
}

function withFileErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ArchiveFileError) throw refuse(e.message);
    throw e;
  }
}

/** Where a stored file of the export is, and the refusal if it is missing or not what its name says. */
function checkFile(source: ArchiveSource, f: StoredFileRow): string {
  const file = path.join(source.folder, ARCHIVE_FILES, f.sha256);
  if (!isSha256(f.sha256)) throw refuse(`archive.json names a stored file that is not a SHA-256 (${String(f.sha256).slice(0, 80)}); nothing was imported.`);
  if (!existsSync(file) || !statSync(file).isFile()) throw refuse(`The stored file ${f.sha256} is missing from ${path.join(source.folder, ARCHIVE_FILES)}. Copy the whole export folder and try again; nothing was imported.`);
  const { bytes, digests } = hashFile(file, ['sha256']);
  if (digests.sha256 !== f.sha256 || bytes !== f.bytes) {
    throw refuse(`The stored file ${f.sha256} in the export does not match its SHA-256 (it was changed or damaged after the export). Nothing was imported: export the archive again, or copy that file again from the source.`);
  }
  return file;
}

/**
 * Reads the whole export once before anything is written: the header, this Tessera's schema
 * version, every table and row, and every stored file against its SHA-256.
 */
export function checkArchive(db: Database, source: ArchiveSource, io: JobIO): CheckedArchive {
  return withFileErrors(() => {
    const files: StoredFileRow[] = [];
    const header = walk(rowsOf(db, source, io, STEPS.check), (t, row) => {
      if (t.name === 'files') files.push({ sha256: row[t.columns.indexOf('sha256')] as string, bytes: Number(row[t.columns.indexOf('bytes')]) });
    });
    assertSchema(db, header);
    files.forEach((f, i) => {
      io.progress(STEPS.files, i, files.length);
      checkFile(source, f);
    });
    return { header, files };
  });
}

/** The schema version must be this Tessera's: rows of another schema do not fit its tables. */
export function assertSchema(db: Database, header: ArchiveHeader): void {
  const ours = db.pragma('user_version', { simple: true }) as number;
  if (header.schemaVersion === ours) return;
  throw refuse(
    header.schemaVersion > ours
      ? `This JSON archive was exported by a newer Tessera (archive schema ${header.schemaVersion}; this one has ${ours}). Update Tessera, then import it.`
      : `This JSON archive was exported by an older Tessera (archive schema ${header.schemaVersion}; this one has ${ours}). Open the original archive in this Tessera (which upgrades it), export it again, and import that export.`,
  );
}

/** Empties a table that may hold rows a new archive starts with, past its append-only triggers. */
function clearTable(db: Database, table: string): number {
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?").all(table) as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER ${quoteIdent(t.name)}`);
  const removed = db.prepare(`DELETE FROM ${quoteIdent(table)}`).run().changes;
  for (const t of triggers) db.exec(t.sql);
  return removed;
}

export interface LoadResult {
  header: ArchiveHeader;
  rows: number;
  files: number;
  /** The audit log the archive had before, replaced by the source's. */
  replacedLog: { entries: number; lastHash: string };
}

/**
 * Writes the checked export into the archive, in the caller's transaction (which must be open):
 * the archive must still be empty; its settings, starter themes and audit log are replaced; then
 * every row, every file, the search index, and a last check that the audit chain and the links
 * between records hold. The caller appends the import's audit record after.
 */
export function loadArchive(ctx: Ctx, source: ArchiveSource, checked: CheckedArchive, io: JobIO): LoadResult {
  const { db } = ctx;
  if (!db.inTransaction) throw new Error('loadArchive runs inside a transaction');
  assertEmpty(db);
  assertSchema(db, checked.header);
  const last = db.prepare('SELECT count(*) AS entries, coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), \'\') AS lastHash FROM audit_log').get() as LoadResult['replacedLog'];
  // Links are checked at commit (and by foreign_key_check below): rows arrive table by table.
  db.pragma('defer_foreign_keys = ON');
  for (const t of archiveTables(db)) {
    clearTable(db, t.name);
    // The high-water marks go too: the source's replace them (the audit log's is part of its chain).
    db.prepare('DELETE FROM sqlite_sequence WHERE name = ?').run(t.name);
  }
  let rows = 0;
  const loadedFiles: string[] = [];
  const inserts = new Map<string, Statement>();
  const header = withFileErrors(() =>
    walk(rowsOf(db, source, io, STEPS.load), (t, row) => {
      let insert = inserts.get(t.name);
      if (!insert) {
        insert = db.prepare(`INSERT INTO ${quoteIdent(t.name)} (${columnList(t.columns)}) VALUES (${t.columns.map(() => '?').join(', ')})`);
        inserts.set(t.name, insert);
      }
      insert.run(row);
      if (t.name === 'files') loadedFiles.push(row[t.columns.indexOf('sha256')] as string);
      rows += 1;
    }),
  );
  // The stored files are the ones checked (archive.json did not change between the two readings).
  if (JSON.stringify(loadedFiles) !== JSON.stringify(checked.files.map((f) => f.sha256))) throw refuse('archive.json changed while it was being imported. Nothing was imported; try again.');
  const tables = new Set(archiveTables(db).map((t) => t.name));
  for (const [name, seq] of Object.entries(header.sequences)) {
    if (!tables.has(name)) throw refuse(`archive.json carries a sequence for a table it does not hold (${name}). Nothing was imported.`);
    db.prepare('DELETE FROM sqlite_sequence WHERE name = ?').run(name);
    db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(name, seq);
  }
  checked.files.forEach((f, i) => {
    io.progress(STEPS.store, i, checked.files.length);
    const stored = addFileFromPath(ctx.dir, db, checkFile(source, f), { maxBytes: Number.MAX_SAFE_INTEGER, what: 'stored file' }, ctx.now);
    if (stored.sha256 !== f.sha256) throw refuse(`The stored file ${f.sha256} changed while it was being imported. Nothing was imported; try again.`);
  });
  io.progress(STEPS.index);
  rebuildIndex(db);
  const chain = verifyAuditChain(db);
  if (!chain.ok) throw refuse(`The audit log in archive.json does not verify (${chain.firstBroken?.reason ?? 'broken'}): it was changed after it was written. Nothing was imported.`);
  const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (broken.length > 0) throw refuse(`archive.json has ${broken.length.toLocaleString('en')} rows that link to records it does not hold (first: ${broken[0]?.table} → ${broken[0]?.parent}). Nothing was imported.`);
  return { header, rows, files: checked.files.length, replacedLog: last };
}
