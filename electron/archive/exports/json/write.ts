import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { storedFilePath } from '../../files/store';
import { readSettings } from '../../settings/settings';
import { copyHashing } from '../bagit/hashCopy';
import { humanSize } from '../bagit/layout';
import type { ExportWriter } from '../formats';
import { withTextFile, type TextFile } from '../textFile';
import { ARCHIVE_FILES, ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, ARCHIVE_JSON, archiveTables, columnList, encodeValue, quoteIdent, type ArchiveHeader, type TableShape } from './format';

/**
 * The JSON archive export (format.ts says what it holds): every record table of the archive,
 * row by row, and every stored file, each copied and checked against its SHA-256 on the way. Full
 * scope only (exports.start refuses the public scope: an exact copy cannot be redacted), and
 * always the whole archive: a selection would leave links to records left out.
 */

export const STEPS = { tables: 'Writing the records', files: 'Copying the stored files' } as const;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function sequences(db: Database, tables: TableShape[]): Record<string, number> {
  const names = new Set(tables.map((t) => t.name));
  const rows = db.prepare('SELECT name, seq FROM sqlite_sequence').all() as { name: string; seq: number }[];
  return Object.fromEntries(rows.filter((r) => names.has(r.name)).map((r) => [r.name, r.seq]));
}

/** Writes one table's rows, one per line; returns how many. */
function writeTable(db: Database, out: TextFile, t: TableShape, first: boolean): number {
  out.write(`${first ? '' : ',\n'}${JSON.stringify(t.name)}:{"columns":${JSON.stringify(t.columns)},"rows":[`);
  const rows = db.prepare(`SELECT ${columnList(t.columns)} FROM ${quoteIdent(t.name)} ORDER BY ${t.orderBy}`).raw(true).safeIntegers(true);
  let n = 0;
  for (const row of rows.iterate() as IterableIterator<unknown[]>) {
    out.write(`${n === 0 ? '\n' : ',\n'}${JSON.stringify(row.map(encodeValue))}`);
    n += 1;
  }
  out.write('\n]}');
  return n;
}

/** Copies every stored file to files/<sha256>, refusing one whose content no longer matches its address. */
function copyFiles(db: Database, archiveDir: string, out: string, io: Parameters<ExportWriter>[0]['io']): void {
  const files = db.prepare('SELECT sha256, bytes FROM files ORDER BY sha256').all() as { sha256: string; bytes: number }[];
  mkdirSync(path.join(out, ARCHIVE_FILES));
  files.forEach((f, i) => {
    io.progress(STEPS.files, i, files.length);
    const target = path.join(out, ARCHIVE_FILES, f.sha256);
    let copied;
    try {
      copied = copyHashing(storedFilePath(archiveDir, f.sha256), target, ['sha256']);
    } catch (e) {
      throw new Error(`The stored file ${f.sha256} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Run Verify archive to see which record it belongs to; nothing was exported.`);
    }
    if (copied.digests.sha256 !== f.sha256 || copied.bytes !== f.bytes) {
      rmSync(target, { force: true });
      throw new Error(`The stored file ${f.sha256} no longer matches its SHA-256 (it was damaged). Run Verify archive and restore it from a backup; nothing was exported.`);
    }
  });
  io.progress(STEPS.files, files.length, files.length);
}

export const writeJsonArchive: ExportWriter = ({ db, archiveDir, out, scope, testimonyIds, generatedAt, io }) => {
  if (scope !== 'full') throw new Error('The JSON archive is the complete archive and exists in full scope only.');
  // Never the whole archive silently when a few testimonies were asked for: it would carry every other record.
  if (testimonyIds !== null) throw new Error('The JSON archive is always the whole archive; it cannot be made of a selection. Export all testimonies, or choose CSV, Dublin Core or BagIt for a selection.');
  mkdirSync(out, { recursive: true });
  const tables = archiveTables(db);
  const files = db.prepare('SELECT count(*) AS count, coalesce(sum(bytes), 0) AS bytes FROM files').get() as { count: number; bytes: number };
  const header: ArchiveHeader = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    exportedAt: generatedAt,
    archiveName: readSettings(db).archiveName,
    sequences: sequences(db, tables),
    rows: tables.reduce((n, t) => n + (db.prepare(`SELECT count(*) FROM ${quoteIdent(t.name)}`).pluck().get() as number), 0),
    files,
  };
  let rows = 0;
  withTextFile(path.join(out, ARCHIVE_JSON), (f) => {
    // The header without its closing brace, then the tables: one object, one row per line.
    f.write(`${JSON.stringify(header).slice(0, -1)},\n"tables":{\n`);
    tables.forEach((t, i) => {
      io.progress(STEPS.tables, i, tables.length);
      rows += writeTable(db, f, t, i === 0);
    });
    f.write('\n}}\n');
  });
  io.progress(STEPS.tables, tables.length, tables.length);
  copyFiles(db, archiveDir, out, io);
  return (
    `JSON archive of ${header.archiveName} (full scope, format ${ARCHIVE_FORMAT} ${ARCHIVE_FORMAT_VERSION}, schema ${header.schemaVersion}): ` +
    `${ARCHIVE_JSON} with ${plural(tables.length, 'table', 'tables')} and ${plural(rows, 'row', 'rows')} (every record, link, theme, code and the audit history; accounts are not exported), ` +
    `and ${plural(files.count, 'stored file', 'stored files')} (${humanSize(files.bytes)}) in ${ARCHIVE_FILES}/ named by SHA-256. Load it into a new, empty archive with Import archive.`
  );
};
