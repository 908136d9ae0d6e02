import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers';
import { DB_FILE } from '../../../../electron/archive/db/open';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const bin = path.join(root, 'bin', 'tessera.mjs');

function tessera(args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TESSERA_DATA_DIR: path.join(tempDir(), 'data'), TESSERA_USER: 'cli-user', TESSERA_PASSWORD: 'cli-user-password', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Report = { ok: boolean; checks: { name: string; ok: boolean; detail: string }[] };

/** An archive with a full audit log, and a way to change its file behind Tessera's back. */
function sampleArchive() {
  const dir = path.join(tempDir(), 'V.tessera');
  expect(tessera(['sample', dir]).code).toBe(0);
  const tamper = (fn: (db: Database.Database) => void) => {
    const db = new Database(path.join(dir, DB_FILE));
    try {
      fn(db);
    } finally {
      db.close();
    }
  };
  return { dir, tamper };
}

describe('tessera verify', () => {
  it('exits 0 and lists every check as ok on an untouched archive, as text and as JSON', () => {
    const { dir } = sampleArchive();
    const human = tessera(['verify', dir]);
    expect(human.code).toBe(0);
    expect(human.stderr).toBe('');
    expect(human.stdout).toMatch(/^ok {6}database integrity: ok$/m);
    expect(human.stdout).toMatch(/^ok {6}links between records: ok$/m);
    expect(human.stdout).toMatch(/^ok {6}search index: ok$/m);
    expect(human.stdout).toMatch(/^ok {6}audit chain: [\d,]+ entries, unbroken$/m);
    expect(human.stdout).toMatch(/^ok {6}stored files: 3 files match their SHA-256$/m);
    expect(human.stdout).toContain('every check passed');

    const json = tessera(['verify', dir, '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    expect(Object.keys(report)).toEqual(['ok', 'checks']);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).toEqual(['database integrity', 'links between records', 'search index', 'audit chain', 'stored files']);
    for (const c of report.checks) expect(Object.keys(c)).toEqual(['name', 'ok', 'detail']);
  }, 120_000);

  it('records each run in the audit log as a fixity check: as the signed-in user, or as the named system agent without a password', () => {
    const { dir, tamper } = sampleArchive();
    const lastRun = () => {
      let row: { user: string; changes: string } | undefined;
      tamper((db) => {
        row = db.prepare("SELECT user, changes FROM audit_log WHERE action = 'fixity-check' ORDER BY seq DESC LIMIT 1").get() as typeof row;
      });
      return row;
    };
    expect(tessera(['verify', dir]).code).toBe(0);
    expect(lastRun()?.user).toBe('cli-user');
    expect(lastRun()?.changes).toContain('"new":"success"');
    const unsigned = tessera(['verify', dir, '--json'], { TESSERA_PASSWORD: undefined });
    expect(unsigned.code).toBe(0);
    expect(lastRun()?.user).toBe('tessera verify (command line, not signed in)');
    // The recorded runs keep the chain whole.
    expect((JSON.parse(unsigned.stdout) as Report).checks.find((c) => c.name === 'audit chain')?.ok).toBe(true);
  }, 120_000);

  it('exits 1 and names the marker whose photo had one byte flipped on disk', () => {
    const { dir, tamper } = sampleArchive();
    let sha = '';
    tamper((db) => {
      sha = db.prepare("SELECT p.sha256 FROM marker_photos p JOIN markers m ON m.id = p.marker_id WHERE m.ref = 'M-005'").pluck().get() as string;
    });
    const file = path.join(dir, 'files', sha.slice(0, 2), sha.slice(2, 4), sha);
    chmodSync(file, 0o600);
    const bytes = readFileSync(file);
    const at = bytes.length >> 1;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    const json = tessera(['verify', dir, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['stored files']);
    expect(report.checks.at(-1)?.detail).toMatch(new RegExp(`^the file of M-005 photo m-005-memorial\\.png \\(of testimony [A-Z]+-\\d+-\\d+(, [A-Z]+-\\d+-\\d+)*\\) no longer matches its SHA-256 \\(${sha}\\); restore it from a backup$`));
  }, 120_000);

  it('exits 1 and names the first broken link when an audit entry was removed', () => {
    const { dir, tamper } = sampleArchive();
    tamper((db) => {
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    });
    const json = tessera(['verify', dir, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.ok).toBe(false);
    expect(report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['audit chain']);
    expect(report.checks.find((c) => c.name === 'audit chain')?.detail).toMatch(/^entry 3 is missing \(removed\) \(first broken link, at seq 4 of /);
    expect(json.stderr.trim().split('\n')).toHaveLength(1);
    expect(json.stderr).toContain('entry 3 is missing');

    const human = tessera(['verify', dir]);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/^FAILED {2}audit chain: entry 3 is missing/m);
    expect(human.stdout).toMatch(/^ok {6}database integrity: ok$/m);
  }, 120_000);

  it('exits 1 when an audit entry was edited, a link points nowhere, or the search index is out of step', () => {
    const { dir, tamper } = sampleArchive();
    tamper((db) => {
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare("UPDATE audit_log SET user = 'someone else' WHERE seq = 2").run();
      db.pragma('foreign_keys = OFF');
      db.prepare("INSERT INTO testimony_places (testimony_id, place_id, position) SELECT id, 'no-such-place', 99 FROM testimonies LIMIT 1").run();
      db.prepare("UPDATE testimonies SET title = 'zzqq' WHERE doc_id = (SELECT min(doc_id) FROM testimonies)").run();
    });
    const r = tessera(['verify', dir, '--json']);
    expect(r.code).toBe(1);
    const failed = (JSON.parse(r.stdout) as Report).checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.name)).toEqual(['links between records', 'search index', 'audit chain']);
    expect(failed[0]?.detail).toMatch(/1 row links to a record that does not exist \(first: testimony_places row .* → places\)/);
    expect(failed[2]?.detail).toMatch(/^entry 2 was changed after it was written/);
  }, 120_000);

  it.each([
    ['a missing folder argument', ['verify']],
    ['a folder that is not an archive', ['verify', '__EMPTY__']],
    ['an unknown option', ['verify', '__EMPTY__', '--fix']],
  ])('exits 2 with one line on stderr for %s', (_, args) => {
    const r = tessera(args.map((a) => a.replace('__EMPTY__', tempDir())));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().length).toBeGreaterThan(0);
  });
});
