import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';

/**
 * Browser mode's half of "choose a file": a page cannot give the engine a path, so it uploads the
 * file and the server stages it in a private temporary folder (removed when the server stops); the
 * page then passes the staged path to a contract method, as the Electron preload passes a real
 * path. The engine reads and hashes it like any other file.
 */

export const UPLOAD_MAX_BYTES = 4 * 1024 * 1024 * 1024;

let root: string | null = null;

function stagingRoot(): string {
  if (!root) {
    root = mkdtempSync(path.join(tmpdir(), 'tessera-uploads-'));
    const dir = root;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return root;
}

/** A name safe on every file system: no folders, no control or reserved characters, not too long. */
export function safeUploadName(raw: string): string {
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // keep it as sent
  }
  const base = path.basename(name.replace(/\\/g, '/'));
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f<>:"/\\|?*\u007f]/g, '_').replace(/^\.+/, '').trim();
  return (cleaned || 'upload').slice(0, 120);
}

export class UploadTooLarge extends Error {}

/** Streams the request body into a new staged file and resolves with its path. */
export function stageUpload(req: IncomingMessage, rawName: string): Promise<string> {
  const dir = path.join(stagingRoot(), crypto.randomUUID());
  mkdirSync(dir);
  const file = path.join(dir, safeUploadName(rawName));
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file, { flags: 'wx' });
    let size = 0;
    const fail = (e: Error) => {
      out.destroy();
      req.destroy();
      rmSync(dir, { recursive: true, force: true });
      reject(e);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > UPLOAD_MAX_BYTES) fail(new UploadTooLarge());
    });
    req.on('error', fail);
    out.on('error', fail);
    out.on('finish', () => resolve(file));
    req.pipe(out);
  });
}
