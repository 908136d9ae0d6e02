import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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

/** The hidden work file or folder beside `finalPath` for one job (see `prepareWork`). */
const workName = (finalPath: string, jobId: string) => `.${path.basename(finalPath)}.partial-${jobId.slice(0, 8)}`;

/**
 * `<archive>/exports/<base>-<stamp><ext>`, numbered (-2, -3…) if that is taken: if it exists, or
 * if a job is still writing it (its hidden `.name.partial-*` work file is there), so that two
 * exports started in the same minute get different names instead of the second failing at the end.
 */
export function defaultOut(archiveDir: string, base: string, now: Date = new Date(), ext = ''): string {
  const folder = path.join(archiveDir, 'exports');
  let present: string[] = [];
  try {
    present = readdirSync(folder);
  } catch {
    // No exports folder yet: every name is free (prepareWork creates the folder).
  }
  const writing = present.filter((n) => n.startsWith('.') && n.includes('.partial-'));
  const taken = (candidate: string) => existsSync(candidate) || writing.some((n) => n.startsWith(`.${path.basename(candidate)}.partial-`));
  const stem = path.join(folder, `${base}-${exportStamp(now)}`);
  let candidate = `${stem}${ext}`;
  for (let n = 2; taken(candidate); n++) candidate = `${stem}-${n}${ext}`;
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
 * Makes the destination's parent folders and the hidden work path beside it
 * (`.name.partial-<job>`): an empty work folder for a folder export, an empty work file for a
 * file export. Made now, not when the worker starts writing, so that `defaultOut` sees the name
 * as taken from the moment the job starts. Every failure is a message about `out`.
 */
export function prepareWork(finalPath: string, jobId: string, kind: OutputKind): string {
  const parent = path.dirname(finalPath);
  const workPath = path.join(parent, workName(finalPath, jobId));
  try {
    mkdirSync(parent, { recursive: true });
    if (kind.ext) writeFileSync(workPath, '', { flag: 'wx' });
    else mkdirSync(workPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new ArchiveError('invalid_input', `Tessera cannot create a ${kind.ext ? 'file' : 'folder'} in ${parent} (${code}). Choose a place you may write to.`, 'out');
  }
  return workPath;
}
