import { createHash, type Hash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';

const CHUNK = 1024 * 1024;

export type DigestAlgorithm = 'sha256' | 'sha512';

/**
 * Copies `source` to `target` (which must not exist) in 1 MB chunks, hashing with each algorithm
 * as it goes: a recording of several GB is read once and never held in memory. Exports (the JSON
 * archive's files, the bag's payload) use it to check a stored file against its address and to
 * make the bag's manifests from the bytes actually written. Throws the file system's error.
 */
export function copyHashing(source: string, target: string, algorithms: readonly DigestAlgorithm[]): { bytes: number; digests: Record<DigestAlgorithm, string> } {
  const hashes = algorithms.map((a) => [a, createHash(a)] as [DigestAlgorithm, Hash]);
  const input = openSync(source, 'r');
  try {
    const output = openSync(target, 'wx');
    try {
      const buf = Buffer.alloc(CHUNK);
      let bytes = 0;
      for (let n = readSync(input, buf, 0, CHUNK, bytes); n > 0; n = readSync(input, buf, 0, CHUNK, bytes)) {
        const chunk = buf.subarray(0, n);
        for (const [, h] of hashes) h.update(chunk);
        for (let off = 0; off < n; ) off += writeSync(output, chunk, off, n - off);
        bytes += n;
      }
      fsyncSync(output);
      const digests = Object.fromEntries(hashes.map(([a, h]) => [a, h.digest('hex')])) as Record<DigestAlgorithm, string>;
      return { bytes, digests };
    } finally {
      closeSync(output);
    }
  } finally {
    closeSync(input);
  }
}

/** The digests of a file, read in chunks. Throws the file system's error. */
export function hashFile(file: string, algorithms: readonly DigestAlgorithm[]): { bytes: number; digests: Record<DigestAlgorithm, string> } {
  const hashes = algorithms.map((a) => [a, createHash(a)] as [DigestAlgorithm, Hash]);
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(CHUNK);
    let bytes = 0;
    for (let n = readSync(fd, buf, 0, CHUNK, bytes); n > 0; n = readSync(fd, buf, 0, CHUNK, bytes)) {
      for (const [, h] of hashes) h.update(buf.subarray(0, n));
      bytes += n;
    }
    return { bytes, digests: Object.fromEntries(hashes.map(([a, h]) => [a, h.digest('hex')])) as Record<DigestAlgorithm, string> };
  } finally {
    closeSync(fd);
  }
}
