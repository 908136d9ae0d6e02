import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../../../electron/archive/db/open';
import { tempDir } from '../../../helpers';

describe('opening archive folders', () => {
  it('creates the folder layout and sets the pragmas of the brief', () => {
    const dir = path.join(tempDir(), 'New.tessera');
    const a = openArchive(dir, { create: true });
    try {
      expect(a.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(a.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(a.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(a.db.pragma('secure_delete', { simple: true })).toBe(1);
      expect(a.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      a.close();
    }
    const again = openArchive(dir);
    again.close();
  });

  it('refuses a folder that is not an archive and writes nothing there', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.txt'), 'hello');
    expect(() => openArchive(dir)).toThrow(/not a Tessera archive/);
    expect(() => openArchive(path.join(dir, 'missing'))).toThrow(/no folder/);
    expect(() => openArchive(path.join(dir, 'notes.txt'))).toThrow(/no folder/);
  });

  it('refuses to create over an existing archive', () => {
    const dir = tempDir();
    openArchive(dir, { create: true }).close();
    expect(() => openArchive(dir, { create: true })).toThrow(/already an archive/);
  });

  it('reports a corrupt database clearly and leaves the file as it was', () => {
    const dir = tempDir();
    const junk = Buffer.from('this is not a database at all, just bytes '.repeat(200));
    writeFileSync(path.join(dir, 'archive.sqlite'), junk);
    expect(() => openArchive(dir)).toThrow(/damaged or is not a Tessera archive/);
    expect(readFileSync(path.join(dir, 'archive.sqlite')).equals(junk)).toBe(true);
  });

  it('refuses an archive from a newer Tessera', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, 'archive.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    expect(() => openArchive(dir)).toThrow(/newer version of Tessera/);
  });

  it('refuses an archive another process holds, and takes over a stale lock', async () => {
    const dir = tempDir();
    openArchive(dir, { create: true }).close();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(path.join(dir, 'archive.lock'), JSON.stringify({ pid: other.pid, host: hostname(), since: 'earlier' }));
      expect(() => openArchive(dir)).toThrow(/open in another Tessera .*process \d+/);
      writeFileSync(path.join(dir, 'archive.lock'), JSON.stringify({ pid: other.pid, host: 'another-computer' }));
      expect(() => openArchive(dir)).toThrow(/in use on another computer \(another-computer\)/);
    } finally {
      other.kill();
      await new Promise((r) => other.once('exit', r));
    }
    writeFileSync(path.join(dir, 'archive.lock'), JSON.stringify({ pid: other.pid, host: hostname() }));
    const a = openArchive(dir);
    a.close();
    expect(existsSync(path.join(dir, 'archive.lock'))).toBe(false);
  });

  it('keeps saved data across close and reopen', () => {
    const dir = tempDir();
    const a = openArchive(dir, { create: true });
    a.db.prepare("INSERT INTO settings (key, value) VALUES ('archiveName', 'Ñandú Commission')").run();
    a.close();
    const b = openArchive(dir);
    expect(b.db.prepare("SELECT value FROM settings WHERE key = 'archiveName'").get()).toEqual({ value: 'Ñandú Commission' });
    b.close();
  });
});
