import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import { safeFileName } from '../archive/exports/safeName';

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

/**
 * The uploaded file's name, made safe to write (exports' one rule, safeName.ts): no folders, no
 * control, invisible or reserved characters, no device names, at most 120 bytes.
 */
export function safeUploadName(raw: string): string {
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // keep it as sent
  }
  return safeFileName(path.basename(name.replace(/\\/g, '/')), 'upload');
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
