import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { AttachmentKind } from '../../../shared/model/attachments';
import { TRANSCRIPT_EXTENSIONS } from './read/transcript';

/**
 * The files an import is given: folders walked (symbolic links are not followed, hidden files and
 * folders are skipped), each file sorted into a spreadsheet, a transcript or an attachment.
 */

export type FileRole = 'csv' | 'transcript' | 'attachment';

export interface FoundFile {
  path: string;
  name: string;
  role: FileRole;
}

const AUDIO_VIDEO = new Set(['.mp3', '.wav', '.m4a', '.aac', '.ogg', '.oga', '.opus', '.flac', '.wma', '.aif', '.aiff', '.mp4', '.m4v', '.mov', '.webm', '.mkv', '.avi', '.mpg', '.mpeg', '.wmv', '.3gp']);
const IMAGES = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp', '.heic', '.heif', '.bmp']);
const SCANS = new Set(['.pdf', '.tif', '.tiff']);

export function roleOf(name: string): FileRole {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.csv') return 'csv';
  // A PDF named as a consent form is a scanned form to keep, not a transcript to read.
  if (ext === '.pdf' && /consent/i.test(name)) return 'attachment';
  if (TRANSCRIPT_EXTENSIONS.includes(ext)) return 'transcript';
  return 'attachment';
}

/** What an attached file is, from its name: consent forms by name, then by kind of media. */
export function attachmentKindOf(name: string): AttachmentKind {
  if (/consent/i.test(name)) return 'consent_form';
  const ext = path.extname(name).toLowerCase();
  if (AUDIO_VIDEO.has(ext)) return 'recording';
  if (IMAGES.has(ext)) return 'photo';
  if (SCANS.has(ext)) return 'scan';
  return 'other';
}

export interface WalkProblem {
  path: string;
  message: string;
}

/** Every file under the given paths, in a stable order, once each; what could not be read is reported. */
export function walkPaths(paths: readonly string[]): { files: FoundFile[]; problems: WalkProblem[] } {
  const files: FoundFile[] = [];
  const problems: WalkProblem[] = [];
  const seen = new Set<string>();
  const visit = (p: string, given: boolean) => {
    const abs = path.resolve(p);
    const name = path.basename(abs);
    if (!given && name.startsWith('.')) return;
    let st;
    try {
      st = lstatSync(abs);
    } catch (e) {
      problems.push({ path: abs, message: `${abs} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).` });
      return;
    }
    if (st.isSymbolicLink()) {
      problems.push({ path: abs, message: `${name} is a link; Tessera does not follow links when importing. Import the file it points to instead.` });
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(abs).sort();
      } catch (e) {
        problems.push({ path: abs, message: `The folder ${abs} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).` });
        return;
      }
      for (const n of names) visit(path.join(abs, n), false);
      return;
    }
    if (!st.isFile() || seen.has(abs)) return;
    seen.add(abs);
    files.push({ path: abs, name, role: roleOf(name) });
  };
  for (const p of paths) visit(p, true);
  return { files, problems };
}

/**
 * The reference code a file name starts with, among `known` (lower-cased ref → ref): the longest
 * start of the name's first word that ends at a separator and is a known code.
 * `TRC-2026-0042 interview.mp3` and `TRC-2026-0042_consent.pdf` → TRC-2026-0042.
 */
export function refOfFileName(name: string, known: ReadonlyMap<string, string>): string | null {
  const stem = name.slice(0, name.length - path.extname(name).length);
  const word = stem.trim().split(/\s+/)[0] ?? '';
  for (let end = word.length; end > 0; end--) {
    if (end < word.length && !/[-_.]/.test(word[end] as string)) continue;
    const found = known.get(word.slice(0, end).toLowerCase());
    if (found) return found;
  }
  return null;
}
