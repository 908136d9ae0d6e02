import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * A text file written in pieces, as exports stream their rows: small writes are gathered and
 * written in blocks of about 64 KB, so that 25,000 testimonies never sit in memory at once and
 * the file is not written one row at a time either.
 */
export interface TextFile {
  write(text: string): void;
  /** Writes what is left and closes the file. */
  close(): void;
}

const BLOCK = 1 << 16;

export function openTextFile(file: string): TextFile {
  const fd = openSync(file, 'w');
  let buffer = '';
  let open = true;
  const flush = () => {
    if (buffer) writeSync(fd, buffer);
    buffer = '';
  };
  return {
    write(text) {
      buffer += text;
      if (buffer.length > BLOCK) flush();
    },
    close() {
      if (!open) return;
      open = false;
      try {
        flush();
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** Runs `fn` with the file open and closes it however `fn` ends. */
export function withTextFile<T>(file: string, fn: (f: TextFile) => T): T {
  const f = openTextFile(file);
  try {
    return fn(f);
  } finally {
    f.close();
  }
}
