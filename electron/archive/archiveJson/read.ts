import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, type ArchiveHeader } from '../exports/json/format';

/**
 * Reads archive.json as the JSON archive export lays it out (exports/json/format.ts): a header
 * line, then per table a line naming it and its columns, its rows one per line, and a closing
 * line. Read synchronously in chunks, line by line, so that it runs inside a database
 * transaction and a file of several GB never sits in memory. Anything else is refused with the
 * line where it went wrong: archive.json is written by Tessera and must be loaded as written.
 */

export type ArchiveItem = { kind: 'table'; name: string; columns: string[] } | { kind: 'row'; table: string; values: unknown[] };

const CHUNK = 1024 * 1024;

/** The lines of a UTF-8 file, without their line ends, with their 1-based numbers. */
export function* readLines(file: string): Generator<{ line: string; n: number }> {
  const fd = openSync(file, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const buf = Buffer.alloc(CHUNK);
    let pending = '';
    let n = 0;
    for (let read = readSync(fd, buf, 0, CHUNK, null); read > 0; read = readSync(fd, buf, 0, CHUNK, null)) {
      pending += decoder.write(buf.subarray(0, read));
      let at = pending.indexOf('\n');
      while (at >= 0) {
        n += 1;
        yield { line: pending.slice(0, at), n };
        pending = pending.slice(at + 1);
        at = pending.indexOf('\n');
      }
    }
    pending += decoder.end();
    if (pending !== '') yield { line: pending, n: n + 1 };
  } finally {
    closeSync(fd);
  }
}

export class ArchiveFileError extends Error {}

const bad = (n: number, what: string) => new ArchiveFileError(`archive.json is not a Tessera JSON archive as Tessera writes it (line ${n.toLocaleString('en')}: ${what}). Export the archive again and load the new export.`);

function parse(text: string, n: number, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw bad(n, `${what} is not valid JSON`);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The header line: the export's format, versions, name and counts. */
export function parseHeader(line: string, n = 1): ArchiveHeader {
  if (!line.endsWith(',')) throw bad(n, 'the first line is not the archive’s header');
  const v = parse(`${line.slice(0, -1)}}`, n, 'the header');
  if (!isRecord(v) || v.format !== ARCHIVE_FORMAT) throw new ArchiveFileError('That file is not a Tessera JSON archive (archive.json from Export → JSON archive). Choose the folder of a JSON archive export or its archive.json.');
  if (v.formatVersion !== ARCHIVE_FORMAT_VERSION) {
    throw new ArchiveFileError(`This JSON archive is in format version ${String(v.formatVersion)}; this Tessera reads version ${ARCHIVE_FORMAT_VERSION}. Load it with the Tessera version that exported it, or a newer one.`);
  }
  const files = v.files;
  const sequences = v.sequences;
  if (
    typeof v.schemaVersion !== 'number' ||
    typeof v.exportedAt !== 'string' ||
    typeof v.archiveName !== 'string' ||
    !isRecord(sequences) ||
    !Object.values(sequences).every((s) => Number.isSafeInteger(s)) ||
    !Number.isSafeInteger(v.rows) ||
    !isRecord(files) ||
    !Number.isSafeInteger(files.count) ||
    !Number.isSafeInteger(files.bytes)
  ) {
    throw bad(n, 'the header lacks a field or has one of the wrong kind');
  }
  return v as unknown as ArchiveHeader;
}

/** The first line of `file`, parsed as the header (for checks before a job starts). */
export function readHeader(file: string): ArchiveHeader {
  for (const { line, n } of readLines(file)) return parseHeader(line, n);
  throw new ArchiveFileError('archive.json is empty. Export the archive again and load the new export.');
}

const TABLE_LINE = /^("(?:[^"\\]|\\.)*"):\{"columns":(\[.*\]),"rows":\[$/;

/**
 * The tables and rows of archive.json after its header, in file order. Rows are parsed JSON
 * arrays (their values are decoded by the loader, which knows the column count).
 */
export function* readArchive(file: string): Generator<ArchiveItem, ArchiveHeader> {
  const lines = readLines(file);
  const next = () => {
    const r = lines.next();
    return r.done ? null : r.value;
  };
  const first = next();
  if (!first) throw new ArchiveFileError('archive.json is empty. Export the archive again and load the new export.');
  const header = parseHeader(first.line, first.n);
  const open = next();
  if (open?.line !== '"tables":{') throw bad(open?.n ?? 2, 'the tables do not start where expected');
  let last = open.n;
  for (;;) {
    const head = next();
    if (!head) throw bad(last + 1, 'the file ends inside the tables (it was cut short)');
    if (head.line === '}}') break;
    const m = TABLE_LINE.exec(head.line);
    if (!m?.[1] || !m[2]) throw bad(head.n, 'a table was expected');
    const name = parse(m[1], head.n, 'the table name');
    if (typeof name !== 'string') throw bad(head.n, 'the table name is not text');
    const columns = parse(m[2], head.n, 'the column list');
    if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string')) throw bad(head.n, 'the column list is not a list of names');
    yield { kind: 'table', name, columns };
    for (;;) {
      const row = next();
      if (!row) throw bad(head.n, `the file ends inside the table ${name} (it was cut short)`);
      last = row.n;
      if (row.line === ']}' || row.line === ']},') break;
      const text = row.line.endsWith(',') ? row.line.slice(0, -1) : row.line;
      const values = parse(text, row.n, `a row of ${name}`);
      if (!Array.isArray(values)) throw bad(row.n, `a row of ${name} is not a list of values`);
      yield { kind: 'row', table: name, values };
    }
  }
  for (let rest = next(); rest; rest = next()) if (rest.line.trim() !== '') throw bad(rest.n, 'there is more after the end of the archive');
  return header;
}
