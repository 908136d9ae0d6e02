import type { ApiError, Result } from '../../../shared/api';
import { readToken } from './token';

/**
 * Files in and out of the engine, for either host. A chosen file becomes a path the engine can
 * stream and hash: in Electron the preload gives the file's own path; in browser mode the file is
 * uploaded to the local server, which stages it in a temporary folder. Stored files (photos) and
 * a finished job's file (a PDF) are read back through plain same-origin addresses that both hosts
 * serve: app://tessera/… in Electron, http://127.0.0.1:<port>/… (token cookie) in browser mode.
 */

export interface StagedFile {
  /** A path on this computer that the engine can read. */
  path: string;
  /** The name the person chose, for display and for the stored record. */
  fileName: string;
}

const FAILED: ApiError = { code: 'internal', message: 'The file could not be handed to Tessera’s engine. Check that Tessera is still running, then try again.' };

export async function stageFile(file: File): Promise<Result<StagedFile>> {
  const local = window.archiveFiles?.pathForFile(file);
  if (window.archiveFiles) {
    if (!local) return { ok: false, error: { code: 'invalid_input', message: 'That file has no path on this computer (it may come from another program). Save it to a folder first, then choose it.' } };
    return { ok: true, value: { path: local, fileName: file.name } };
  }
  let response: Response;
  try {
    response = await fetch('/upload', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-tessera-token': readToken(), 'x-file-name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    return { ok: false, error: FAILED };
  }
  if (!response.ok && response.status !== 413) return { ok: false, error: { ...FAILED, message: `${FAILED.message} (HTTP ${response.status})` } };
  // Reading the body can fail too (the connection drops mid-answer, or the answer is not JSON).
  try {
    if (response.status === 413) return { ok: false, error: { code: 'invalid_input', message: await response.text() } };
    const body = (await response.json()) as { path?: unknown } | null;
    if (typeof body?.path !== 'string') return { ok: false, error: FAILED };
    return { ok: true, value: { path: body.path, fileName: file.name } };
  } catch {
    return { ok: false, error: FAILED };
  }
}

/** The address of a stored file (files/<sha256>) of the open archive, e.g. for an <img>. */
export function storedFileUrl(sha256: string): string {
  return `/files/${sha256}`;
}

/** The address of a finished job's file (a PDF), served as a download. */
export function jobResultUrl(jobId: string): string {
  return `/job-results/${jobId}`;
}
