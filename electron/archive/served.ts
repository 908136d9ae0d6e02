import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { storedFileUse } from './attachments/queries';
import { INLINE_MEDIA_TYPES } from './attachments/mediaType';
import type { Session } from './context';
import { isSha256, storedFilePath } from './files/store';
import { jobsFor } from './jobs/registry';
import { maySeeJob } from './access/jobs';
import type { Workspace } from './workspace';

/**
 * The open archive's files a page may read by address, the same for both hosts (the app://
 * protocol in Electron, the local server in browser mode):
 *
 *   /files/<sha256>     a marker's photo (JPEG or PNG, inline); a testimony's attachment the
 *                       signed-in person may see (pictures, sound and video inline, so a
 *                       recording plays; anything else as a download under its name)
 *   /job-results/<id>   the file a finished job wrote (a PDF, PREMIS XML, an import's report CSV),
 *                       as a download, to whoever may see that job (jobs.get's rule)
 *
 * Nothing else in the archive folder is reachable, and a stored file is never served with a type
 * a browser would run (HTML, SVG, script): only pictures, sound and video are inline, by the type
 * recorded when the file was added. A file is served only to someone who may read a record that
 * uses it: an attachment of testimonies the person may not read (a researcher and a sealed
 * testimony's recording), a consent form for a researcher, or a file nothing uses is "not found".
 */

export interface ServedFile {
  file: string;
  contentType: string;
  /** Set for downloads: the name the saved file gets. */
  downloadName?: string;
  /** The file's length when the archive knows it (a stored file); otherwise the host asks the disk. */
  bytes?: number;
}

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png']);
const JOB_ID = /^[0-9a-f-]{36}$/;
/** The kinds of file a job writes that are served as downloads (PDFs; the PREMIS events' XML; an import's report). */
const DOWNLOAD_TYPES: Record<string, string> = { '.pdf': 'application/pdf', '.xml': 'application/xml', '.csv': 'text/csv; charset=utf-8' };

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

function storedFile(workspace: Workspace, sha256: string, session: Session): ServedFile | null {
  const archive = workspace.current();
  if (!archive || !isSha256(sha256)) return null;
  const row = archive.db.prepare('SELECT media_type AS mediaType, bytes FROM files WHERE sha256 = ?').get(sha256) as { mediaType: string; bytes: number } | undefined;
  if (!row) return null;
  const use = storedFileUse(archive.db, session.user.role, sha256);
  if (use === 'hidden' || (use === 'photo' && !PHOTO_TYPES.has(row.mediaType))) return null;
  const file = storedFilePath(archive.dir, sha256);
  if (!isFile(file)) return null;
  if (use === 'photo' || INLINE_MEDIA_TYPES.has(row.mediaType)) return { file, contentType: row.mediaType, bytes: row.bytes };
  // A scan, a PDF, a file of unknown kind: never shown by the page itself, saved under its name.
  return { file, contentType: 'application/octet-stream', downloadName: use.name, bytes: row.bytes };
}

function jobResult(workspace: Workspace, id: string, session: Session): ServedFile | null {
  const archive = workspace.current();
  if (!archive || !JOB_ID.test(id)) return null;
  const job = jobsFor(archive.db).get(id);
  // A job's file is for whoever may see the job (jobs.get's rule): a full-scope edition or an
  // import's report is not a researcher's, even with its id.
  if (!job || !maySeeJob(archive.db, session.user.role, job)) return null;
  const file = job.state === 'done' ? job.result?.path : undefined;
  const contentType = file ? DOWNLOAD_TYPES[path.extname(file).toLowerCase()] : undefined;
  if (!file || !contentType || !isFile(file)) return null;
  return { file, contentType, downloadName: path.basename(file) };
}

/**
 * The file behind `pathname` (already URL-decoded by the caller's URL parser) for the person
 * signed in to the host, or null. The engine does not know who is signed in to a host; the host's
 * door does, and passes it.
 */
export function servedFile(workspace: Workspace, pathname: string, session: Session): ServedFile | null {
  const m = /^\/(files|job-results)\/([^/]+)$/.exec(pathname);
  if (!m) return null;
  return m[1] === 'files' ? storedFile(workspace, m[2]!, session) : jobResult(workspace, m[2]!, session);
}

/** `attachment; filename*=UTF-8''…` for a download name with any characters. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
