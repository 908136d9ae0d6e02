import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { ArchiveError } from '../db/errors';
import { ARCHIVE_JSON, type ArchiveHeader } from '../exports/json/format';
import type { ArchiveSource } from './load';
import { ArchiveFileError, parseHeader } from './read';

/**
 * What a person chose to import: the folder of a JSON archive export, or its archive.json. Only
 * an ordinary file named archive.json is ever opened (never a device or a pipe, which could wait
 * forever), and its header is read within a bounded first line.
 */

const refuse = (message: string, code: 'invalid_input' | 'not_found' = 'invalid_input') => new ArchiveError(code, message, 'path');

/** The longest header line read before a file is declared not to be a JSON archive. */
const MAX_HEADER_BYTES = 64 * 1024;

function kindOf(p: string): 'folder' | 'file' | 'other' | null {
  try {
    const s = statSync(p);
    return s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
}

export function resolveSource(chosen: string): ArchiveSource {
  if (chosen.includes('\0')) throw refuse('That path holds a character no file system accepts.');
  if (!path.isAbsolute(chosen)) throw refuse(`Give the whole path of the JSON archive export folder, not "${chosen.slice(0, 200)}".`);
  const abs = path.resolve(chosen);
  const kind = kindOf(abs);
  if (kind === null) throw refuse(`There is no file or folder at ${abs}.`, 'not_found');
  if (kind === 'folder') {
    const file = path.join(abs, ARCHIVE_JSON);
    if (kindOf(file) !== 'file') throw refuse(`${abs} holds no ${ARCHIVE_JSON}. Choose the folder a JSON archive export made (it holds ${ARCHIVE_JSON} and files/).`);
    return { folder: abs, file };
  }
  if (kind !== 'file' || path.basename(abs) !== ARCHIVE_JSON) throw refuse(`Choose the folder of a JSON archive export, or the ${ARCHIVE_JSON} inside it, not ${path.basename(abs).slice(0, 200)}.`);
  return { folder: path.dirname(abs), file: abs };
}

/** The export's header, from at most the first 64 KB of archive.json. */
export function headerOf(source: ArchiveSource): ArchiveHeader {
  const buf = Buffer.alloc(MAX_HEADER_BYTES);
  let n: number;
  try {
    const fd = openSync(source.file, 'r');
    try {
      n = readSync(fd, buf, 0, MAX_HEADER_BYTES, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw refuse(`Tessera cannot read ${source.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  const end = buf.subarray(0, n).indexOf(0x0a);
  const notOurs = 'That file is not a Tessera JSON archive (archive.json from Export → JSON archive). Choose the folder of a JSON archive export or its archive.json.';
  if (end < 0) throw refuse(notOurs);
  try {
    return parseHeader(buf.subarray(0, end).toString('utf8'));
  } catch (e) {
    if (e instanceof ArchiveFileError) throw refuse(e.message);
    throw e;
  }
}
