import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync, chmodSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ArchiveError } from '../db/errors';
import { hashFileSync } from './hash';
import { detectImageAt, type ImageInfo } from './image';

export { detectImage, detectImageAt, type ImageInfo } from './image';

/**
 * The archive's content-addressed store: `<archive>/files/ab/cd/<sha256>`, one copy of each
 * distinct content, never changed once written, with a row in `files`.
 *
 * Handlers run inside the router's synchronous transaction, so a file is copied with synchronous
 * reads and writes in chunks (never whole into memory), hashed as it goes, into a temporary name
 * inside `files/`, and only then renamed to its address: a refused or failed copy leaves nothing
 * behind, and a reader never sees half a file at an address. If the transaction later rolls back,
 * the stored file stays without a row; it is harmless (the same content added again reuses it).
 */

export const FILES_DIR = 'files';
/** A copy on its way into the store, renamed to its address once hashed. */
const INCOMING = '.incoming-';

/**
 * Removes the copies a stopped writer left half-made in the store (an import cancelled while it
 * copied a recording: its thread is stopped mid-copy, past any cleanup). Called when the archive
 * is opened, under its lock, when no copy can be under way. Returns how many were removed.
 */
export function removeUnfinishedCopies(archiveDir: string): number {
  let names: string[];
  try {
    names = readdirSync(path.join(archiveDir, FILES_DIR));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const n of names) {
    if (!n.startsWith(INCOMING)) continue;
    try {
      rmSync(path.join(archiveDir, FILES_DIR, n), { force: true });
      removed++;
    } catch {
      // Another day: a copy that cannot be removed now harms nothing (no record names it).
    }
  }
  return removed;
}
const CHUNK = 1024 * 1024;
const SHA256_RE = /^[0-9a-f]{64}$/;

/** Whether `s` is a SHA-256 as the store names files (64 lowercase hexadecimal characters). */
export const isSha256 = (s: string): boolean => SHA256_RE.test(s);

/** Where the content with this hash lives (or would live). The hash is checked: this serves HTTP and app:// routes. */
export function storedFilePath(archiveDir: string, sha256: string): string {
  if (!isSha256(sha256)) throw new ArchiveError('invalid_input', 'That is not the SHA-256 of a stored file (64 lowercase hexadecimal characters).', 'sha256');
  return path.join(archiveDir, FILES_DIR, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export interface AddFileOptions {
  maxBytes: number;
  /** What the file is to a person, for messages: "photo", "file". */
  what?: string;
  /** Accept only a JPEG or PNG picture (its header is read before anything is copied). */
  image?: boolean;
}

export interface StoredFile {
  sha256: string;
  bytes: number;
  mediaType: string;
  image: ImageInfo | null;
}

const MB = 1024 * 1024;
const megabytes = (n: number) => (n / MB >= 10 || Number.isInteger(n / MB) ? String(Math.round(n / MB)) : (n / MB).toFixed(1));

/** A path as a message shows it: whole when short, its ends when long. */
function shown(p: string): string {
  return p.length > 160 ? `${p.slice(0, 60)}…${p.slice(-90)}` : p;
}

function refuse(message: string): ArchiveError {
  return new ArchiveError('invalid_input', message, 'path');
}

function readProblem(e: unknown, source: string): ArchiveError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return refuse(`There is no file at ${shown(source)}. It may have been moved or renamed; choose it again.`);
  if (code === 'EACCES' || code === 'EPERM') return refuse(`Tessera may not read ${shown(source)} (permission denied). Copy the file somewhere you can read it, then choose the copy.`);
  if (code === 'ENAMETOOLONG') return refuse('That path is too long for this computer. Move the file to a shorter path and choose it again.');
  if (code === 'ELOOP') return refuse(`${shown(source)} is a link that leads in a circle. Choose the file itself.`);
  if (code === 'EISDIR') return refuse(`${shown(source)} is a folder, not a file. Choose a file inside it.`);
  return refuse(`Tessera cannot read ${shown(source)} (${code ?? (e as Error).message}). Check the file and choose it again.`);
}

function writeProblem(e: unknown): ArchiveError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return new ArchiveError('archive_unavailable', 'The disk is full. Free some space and try again; nothing was saved.');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new ArchiveError('archive_unavailable', 'The archive’s files folder is read-only. Nothing was saved.');
  return new ArchiveError('archive_unavailable', `Tessera could not write to the archive’s files folder (${code ?? (e as Error).message}). Nothing was saved.`);
}

/** Opens the source for reading, refusing anything that is not one ordinary, non-empty file within the limit. */
function openSource(source: string, opts: AddFileOptions): { fd: number; size: number } {
  const what = opts.what ?? 'file';
  const name = path.basename(source);
  if (source.includes('\0')) throw refuse('That path holds a character no file system accepts. Choose the file again.');
  if (!path.isAbsolute(source)) throw refuse(`Give the whole path of the ${what} (for example ${path.join(path.sep, 'home', 'me', 'Pictures', 'marker.jpg')}), not "${shown(source)}".`);
  let kind;
  try {
    kind = statSync(source);
  } catch (e) {
    throw readProblem(e, source);
  }
  // Checked before opening: opening a pipe or a device could wait forever or never end.
  if (kind.isDirectory()) throw refuse(`${shown(source)} is a folder, not a file. Choose a ${what} inside it.`);
  if (!kind.isFile()) throw refuse(`${shown(source)} is not an ordinary file. Choose a ${what} saved on disk.`);
  let fd: number;
  try {
    fd = openSync(source, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw readProblem(e, source);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw refuse(`${shown(source)} is not an ordinary file. Choose a ${what} saved on disk.`);
    if (st.size === 0) throw refuse(`${name} is empty (0 bytes). Choose the ${what} again; it may not have finished copying.`);
    if (st.size > opts.maxBytes) throw refuse(`${name} is ${megabytes(st.size)} MB; a ${what} may be at most ${megabytes(opts.maxBytes)} MB. Save a smaller copy and add that.`);
    return { fd, size: st.size };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

function readAt(fd: number, source: string) {
  return (position: number, length: number): Buffer => {
    const buf = Buffer.alloc(length);
    try {
      return buf.subarray(0, readSync(fd, buf, 0, length, position));
    } catch (e) {
      throw readProblem(e, source);
    }
  };
}

/** Copies the open source into `temp`, hashing as it goes; the file may not grow past the limit meanwhile. */
function copyHashing(fd: number, source: string, temp: string, opts: AddFileOptions): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  const buf = Buffer.alloc(CHUNK);
  let out: number;
  try {
    out = openSync(temp, 'wx', 0o600);
  } catch (e) {
    throw writeProblem(e);
  }
  try {
    let total = 0;
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, CHUNK, total);
      } catch (e) {
        throw readProblem(e, source);
      }
      if (n === 0) break;
      total += n;
      if (total > opts.maxBytes) throw refuse(`${path.basename(source)} grew past ${megabytes(opts.maxBytes)} MB while it was being added. Add it again once it is complete.`);
      hash.update(buf.subarray(0, n));
      try {
        for (let off = 0; off < n; ) off += writeSync(out, buf, off, n - off);
      } catch (e) {
        throw writeProblem(e);
      }
    }
    if (total === 0) throw refuse(`${path.basename(source)} is empty (0 bytes). Choose the ${opts.what ?? 'file'} again.`);
    try {
      fsyncSync(out);
    } catch (e) {
      throw writeProblem(e);
    }
    return { sha256: hash.digest('hex'), bytes: total };
  } finally {
    closeSync(out);
  }
}

/** Best effort: make the rename durable where directories can be synced (not on Windows). */
function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not supported here; the rename is still atomic.
  }
}

/**
 * Whether the stored copy at `target` is whole and intact: the same length and the same SHA-256
 * (re-hashed, so a copy damaged by bit rot with its length unchanged is not trusted).
 */
function holds(target: string, sha256: string, bytes: number): boolean {
  try {
    if (!statSync(target).isFile() || statSync(target).size !== bytes) return false;
    return hashFileSync(target).sha256 === sha256;
  } catch {
    return false; // missing or unreadable: replaced
  }
}

function chmodQuietly(file: string, mode: number): void {
  try {
    chmodSync(file, mode);
  } catch {
    // The rename below says whether the copy can be replaced.
  }
}

/**
 * Adds the file at `sourcePath` to the archive's store and returns its address. The same content
 * added twice is stored once. Refusals (missing, a folder, unreadable, empty, too big, not a
 * picture when one is required) are `invalid_input` on the field `path` and leave nothing behind.
 */
export function addFileFromPath(archiveDir: string, db: Database, sourcePath: string, opts: AddFileOptions, now: string = new Date().toISOString()): StoredFile {
  const { fd, size } = openSource(sourcePath, opts);
  let temp: string | null = null;
  try {
    const image = detectImageAt(readAt(fd, sourcePath), size);
    if (opts.image && !image) throw refuse(`${path.basename(sourcePath)} is not a JPEG or PNG ${opts.what ?? 'picture'}. Save it as JPEG or PNG and add that.`);
    const root = path.join(archiveDir, FILES_DIR);
    try {
      mkdirSync(root, { recursive: true });
    } catch (e) {
      throw writeProblem(e);
    }
    temp = path.join(root, `${INCOMING}${crypto.randomUUID()}`);
    const { sha256, bytes } = copyHashing(fd, sourcePath, temp, opts);
    const target = storedFilePath(archiveDir, sha256);
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      if (holds(target, sha256, bytes)) {
        rmSync(temp, { force: true }); // already stored, and intact: content addresses never change
      } else {
        if (existsSync(target)) chmodQuietly(target, 0o600); // Windows will not rename onto a read-only file
        chmodSync(temp, 0o444);
        renameSync(temp, target); // a missing or damaged copy is replaced by this verified one
        syncDir(path.dirname(target));
      }
      temp = null;
    } catch (e) {
      throw writeProblem(e);
    }
    const mediaType = image?.mediaType ?? 'application/octet-stream';
    db.prepare('INSERT INTO files (sha256, bytes, media_type, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING').run(sha256, bytes, mediaType, now);
    return { sha256, bytes, mediaType, image };
  } finally {
    closeSync(fd);
    if (temp !== null) rmSync(temp, { force: true });
  }
}
