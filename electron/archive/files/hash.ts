import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1024 * 1024;

/**
 * The SHA-256 and length of a file, read synchronously in 1 MB chunks (never whole into memory):
 * for checks that run inside the router's synchronous transaction (the store) and for fixity.
 * Throws the file system's error (ENOENT, EACCES, EIO…) for the caller to put in words.
 */
export function hashFileSync(file: string): { sha256: string; bytes: number } {
  const fd = openSync(file, 'r');
  try {
    const hash = createHash('sha256');
    const buf = Buffer.alloc(CHUNK);
    let bytes = 0;
    for (let n = readSync(fd, buf, 0, CHUNK, bytes); n > 0; n = readSync(fd, buf, 0, CHUNK, bytes)) {
      hash.update(buf.subarray(0, n));
      bytes += n;
    }
    return { sha256: hash.digest('hex'), bytes };
  } finally {
    closeSync(fd);
  }
}
