import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isSha256, storedFilePath } from './files/store';
import { jobsFor } from './jobs/registry';
import type { Workspace } from './workspace';

/**
 * The open archive's files a page may read by address, the same for both hosts (the app://
 * protocol in Electron, the local server in browser mode):
 *
 *   /files/<sha256>     a stored photo (JPEG or PNG only, shown inline)
 *   /job-results/<id>   the file a finished job wrote (a PDF, PREMIS XML), as a download
 *
 * Nothing else in the archive folder is reachable, and a stored file is never served with a type
 * a browser would run (HTML, SVG, script): only the photo types are inline, by the type recorded
 * when the file was added, never by what the bytes or the name say.
 */

export interface ServedFile {
  file: string;
  contentType: string;
  /** Set for downloads: the name the saved file gets. */
  downloadName?: string;
}

const INLINE_TYPES = new Set(['image/jpeg', 'image/png']);
const JOB_ID = /^[0-9a-f-]{36}$/;
/** The kinds of file a job writes that are served as downloads (PDFs; the PREMIS events' XML). */
const DOWNLOAD_TYPES: Record<string, string> = { '.pdf': 'application/pdf', '.xml': 'application/xml' };

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

function storedFile(workspace: Workspace, sha256: string): ServedFile | null {
  const archive = workspace.current();
  if (!archive || !isSha256(sha256)) return null;
  const row = archive.db.prepare('SELECT media_type AS mediaType FROM files WHERE sha256 = ?').get(sha256) as { mediaType: string } | undefined;
  if (!row || !INLINE_TYPES.has(row.mediaType)) return null;
  const file = storedFilePath(archive.dir, sha256);
  return isFile(file) ? { file, contentType: row.mediaType } : null;
}

function jobResult(workspace: Workspace, id: string): ServedFile | null {
  const archive = workspace.current();
  if (!archive || !JOB_ID.test(id)) return null;
  const job = jobsFor(archive.db).get(id);
  const file = job?.state === 'done' ? job.result?.path : undefined;
  const contentType = file ? DOWNLOAD_TYPES[path.extname(file).toLowerCase()] : undefined;
  if (!file || !contentType || !isFile(file)) return null;
  return { file, contentType, downloadName: path.basename(file) };
}

/** The file behind `pathname` (already URL-decoded by the caller's URL parser), or null. */
export function servedFile(workspace: Workspace, pathname: string): ServedFile | null {
  const m = /^\/(files|job-results)\/([^/]+)$/.exec(pathname);
  if (!m) return null;
  return m[1] === 'files' ? storedFile(workspace, m[2]!) : jobResult(workspace, m[2]!);
}

/** `attachment; filename*=UTF-8''…` for a download name with any characters. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
