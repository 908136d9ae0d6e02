import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ArchiveError } from '../db/errors';

/**
 * Where an export goes, for every export job (the reading room folder, the marker PDFs, the
 * report): a new name under `<archive>/exports/` when none is given, or the person's own path,
 * which must be whole and must not exist yet; and the hidden work file or folder beside it that
 * the worker writes and the job runner renames into place only when the job is done.
 */

export interface OutputKind {
  /** A folder (the reading room) or a file with this extension (".pdf"). */
  ext: '' | `.${string}`;
  /** "folder", "PDF file": how the messages name it. */
  noun: string;
  /** A name to suggest in the message about a relative path ("Reading room", "Register.pdf"). */
  example: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-05-01-1432`, local time: the stamp in default export names. */
export function exportStamp(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

/** `<archive>/exports/<base>-<stamp><ext>`, numbered (-2, -3…) if that exists. */
export function defaultOut(archiveDir: string, base: string, now: Date = new Date(), ext = ''): string {
  const stem = path.join(archiveDir, 'exports', `${base}-${exportStamp(now)}`);
  let candidate = `${stem}${ext}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${stem}-${n}${ext}`;
  return candidate;
}

/** The destination: the default name when `out` is empty, else `out` checked. Errors name the field `out`. */
export function destination(out: string, kind: OutputKind, fallback: () => string, archiveDir: string): string {
  if (out.trim() === '') return fallback();
  if (out.includes('\0')) throw new ArchiveError('invalid_input', `The ${kind.noun} name holds a character no file system accepts.`, 'out');
  if (!path.isAbsolute(out)) {
    throw new ArchiveError('invalid_input', `Give the whole path of the new ${kind.noun} (for example ${path.join(path.dirname(archiveDir), kind.example)}), not "${out}".`, 'out');
  }
  if (kind.ext && path.extname(out).toLowerCase() !== kind.ext) {
    throw new ArchiveError('invalid_input', `The name of the ${kind.noun} must end in ${kind.ext} (for example ${path.join(path.dirname(out), kind.example)}).`, 'out');
  }
  const resolved = path.resolve(out);
  if (existsSync(resolved)) {
    throw new ArchiveError('conflict', `${resolved} already exists. Tessera always writes a new ${kind.noun} and never replaces one: choose a name that does not exist yet.`, 'out');
  }
  return resolved;
}

/**
 * Makes the destination's parent folders and names the hidden work path beside it
 * (`.name.partial-<job>`); a folder export also gets its empty work folder. Every failure is a
 * message about `out`.
 */
export function prepareWork(finalPath: string, jobId: string, kind: OutputKind): string {
  const parent = path.dirname(finalPath);
  const workPath = path.join(parent, `.${path.basename(finalPath)}.partial-${jobId.slice(0, 8)}`);
  try {
    mkdirSync(parent, { recursive: true });
    if (!kind.ext) mkdirSync(workPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new ArchiveError('invalid_input', `Tessera cannot create a ${kind.ext ? 'file' : 'folder'} in ${parent} (${code}). Choose a place you may write to.`, 'out');
  }
  return workPath;
}
