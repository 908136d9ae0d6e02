import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../../electron/archive/audit/checks';
import { backupIfDue } from '../../../../../electron/archive/backup/schedule';
import { listBackups, readManifest } from '../../../../../electron/archive/backup/layout';
import { restoreArchive } from '../../../../../electron/archive/backup/restore';
import { backupArchive, pruneScheduled } from '../../../../../electron/archive/backup/write';
import { jobsFor } from '../../../../../electron/archive/jobs/registry';
import { archiveTools, owner, researcher, testArchive } from '../../../helpers';

const text = (words: string) => `${words} `.repeat(200);

/** Every check `tessera verify` runs, passing, on the archive open in the workspace. */
function holds(a: ReturnType<typeof testArchive>) {
  const open = a.workspace.current();
  if (!open) throw new Error('no archive open');
  return runChecks(open.db, open.dir).filter((c) => !c.ok);
}

const titles = (a: ReturnType<typeof testArchive>) => a.call('testimonies.list', { includeWithdrawn: true, offset: 0, limit: 100 }).items.map((t) => t.title).sort();

describe('backups', () => {
  it('backs up an open archive online, and a restore brings back exactly that moment while keeping the database it replaced', async () => {
    const a = testArchive();
    a.call('testimonies.create', { data: { title: 'Before the backup', type: 'audio', transcript: text('river') } });
    const backup = await backupArchive(a.dir);
    expect(backup.kind).toBe('manual');
    expect(path.dirname(backup.path)).toBe(path.join(a.dir, 'backups'));
    expect(backup.name).toMatch(/^Test-archive-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.backup$/);
    // No work folder is left beside it.
    expect(readdirSync(path.join(a.dir, 'backups'))).toEqual([backup.name]);

    a.call('testimonies.create', { data: { title: 'After the backup', type: 'audio', transcript: text('night') } });
    expect(titles(a)).toEqual(['After the backup', 'Before the backup']);

    const r = a.router.call(owner, 'workspace.restoreBackup', { path: a.dir, backup: backup.name });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.restored.name).toBe(backup.name);
    expect(r.value.keptAs).toMatch(/^archive\.sqlite\.before-restore-.+Z$/);
    // The archive is open again, as it was at the backup; it verifies, and the restore is in its log.
    expect(titles(a)).toEqual(['Before the backup']);
    expect(holds(a)).toEqual([]);
    const log = archiveTools(a).db().prepare("SELECT user, action, entity_id FROM audit_log WHERE entity_type = 'archive' ORDER BY seq DESC LIMIT 1").get();
    expect(log).toEqual({ user: owner.user.name, action: 'restore', entity_id: backup.name });

    // The database it replaced is kept whole beside it, with the change made after the backup.
    const kept = new Database(path.join(a.dir, r.value.keptAs ?? ''), { readonly: true });
    try {
      expect(kept.prepare('SELECT title FROM testimonies ORDER BY title').pluck().all()).toEqual(['After the backup', 'Before the backup']);
    } finally {
      kept.close();
    }
  });

  it('makes a backup as a job through the router, recorded in the audit log and listed once verified', async () => {
    const a = testArchive();
    a.call('archive.loadSample', {});
    const job = a.call('backups.create', {});
    expect(job.kind).toBe('backup');
    const db = archiveTools(a).db();
    const done = await jobsFor(db).settled(job.id);
    expect(done.error).toBeNull();
    expect(done.state).toBe('done');
    expect(done.result?.summary).toMatch(/^Backup of .+: 40 testimonies and 3 stored files \(3 hard-linked, 0 copied\), verified with integrity_check\.$/);
    const list = a.call('backups.list', {});
    expect(list.map((b) => b.path)).toEqual([done.result?.path]);
    expect(list[0]?.files).toBe(3);
    expect(db.prepare("SELECT action FROM audit_log WHERE entity_type = 'archive' AND entity_id = ?").pluck().all(list[0]?.name)).toEqual(['backup']);
    // Researchers, cataloguers and commissioners may not make or list backups.
    expect(archiveTools(a).refused('backups.list', {}, researcher).code).toBe('forbidden');
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const a = testArchive();
    a.call('archive.loadSample', {});
    const backup = await backupArchive(a.dir);
    const file = path.join(backup.path, 'archive.sqlite');
    const bytes = readFileSync(file);
    const page = Math.floor(bytes.length / 4096 / 2);
    for (let i = 0; i < 4096; i++) bytes[page * 4096 + i] = (i * 31) & 0xff;
    writeFileSync(file, bytes);
    a.workspace.close();
    expect(() => restoreArchive(a.dir, backup.name)).toThrow(/The backup .+ cannot be used: its database is damaged/);
    expect(readdirSync(a.dir).filter((n) => n.startsWith('archive.sqlite.') || n.startsWith('.archive'))).toEqual([]);

    // A backup that lost one of its stored files is refused too.
    const other = await backupArchive(a.dir, { now: '2030-01-01T00:00:00.000Z' });
    const files = path.join(other.path, 'files');
    const first = readdirSync(files)[0] ?? '';
    rmSync(path.join(files, first), { recursive: true });
    expect(() => restoreArchive(a.dir, other.name)).toThrow(/its copy of stored file [0-9a-f]{64} is missing/);
    expect(() => restoreArchive(a.dir, 'no-such.backup')).toThrow(/There is no backup called no-such\.backup/);
  });

  it('restores the stored files the archive lost from the backup’s own copies', async () => {
    const a = testArchive();
    a.call('archive.loadSample', {});
    const backup = await backupArchive(a.dir);
    a.workspace.close();
    rmSync(path.join(a.dir, 'files'), { recursive: true });
    restoreArchive(a.dir, backup.name);
    a.workspace.open(a.dir);
    expect(holds(a)).toEqual([]);
  });

  it('lets only an administrator or archivist signed in to a healthy archive restore it', async () => {
    const a = testArchive();
    const backup = await backupArchive(a.dir);
    expect(a.router.call(researcher, 'workspace.restoreBackup', { path: a.dir, backup: backup.name })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(a.router.call(null, 'workspace.restoreBackup', { path: a.dir, backup: backup.name })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    a.workspace.close();
    expect(a.router.call(owner, 'workspace.restoreBackup', { path: a.dir, backup: backup.name })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(readdirSync(a.dir).filter((n) => n.startsWith('archive.sqlite.'))).toEqual([]);
  });

  it('backs up once a day while an archive is open and keeps the ten newest scheduled backups', async () => {
    const a = testArchive();
    const db = archiveTools(a).db();
    const first = backupIfDue(a.workspace, new Date('2030-01-01T10:00:00Z'));
    expect(first?.kind).toBe('backup');
    // While it runs, and within a day of it, nothing more starts.
    expect(backupIfDue(a.workspace, new Date('2030-01-01T10:00:01Z'))).toBeNull();
    await jobsFor(db).settled(first?.id ?? '');
    expect(backupIfDue(a.workspace, new Date('2030-01-02T09:59:59Z'))).toBeNull();
    const second = backupIfDue(a.workspace, new Date('2030-01-02T10:00:00Z'));
    expect((await jobsFor(db).settled(second?.id ?? '')).state).toBe('done');
    expect(listBackups(a.dir).map((b) => [b.kind, b.createdAt])).toEqual([
      ['scheduled', '2030-01-02T10:00:00.000Z'],
      ['scheduled', '2030-01-01T10:00:00.000Z'],
    ]);
    await backupArchive(a.dir, { now: '2029-01-01T00:00:00.000Z' });
    // Pruning removes old scheduled backups only: a manual one stays whatever its age.
    const oldest = listBackups(a.dir).find((b) => b.createdAt.startsWith('2030-01-01'))?.name;
    expect(pruneScheduled(a.dir, 1)).toEqual([oldest]);
    expect(listBackups(a.dir).map((b) => b.kind)).toEqual(['scheduled', 'manual']);
    a.workspace.close();
    expect(backupIfDue(a.workspace)).toBeNull();
  });

  it('writes a manifest that says what the backup holds', async () => {
    const a = testArchive();
    a.call('archive.loadSample', {});
    const backup = await backupArchive(a.dir);
    expect(readManifest(backup.path)).toMatchObject({ format: 'tessera-backup', formatVersion: 1, kind: 'manual', testimonies: 40, files: 3 });
    expect(existsSync(path.join(backup.path, 'archive.sqlite-wal'))).toBe(false);
  });
});
