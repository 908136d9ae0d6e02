import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupArchive } from '../../../../../electron/archive/backup/write';
import { openArchive } from '../../../../../electron/archive/db/open';
import { owner, testArchive } from '../../../helpers';

/** Ways an archive.sqlite gets damaged: cut short, overwritten, a page of it scrambled, emptied. */
const DAMAGE: [string, (file: string) => void][] = [
  ['truncated to half its pages', (f) => truncateSync(f, Math.floor(statSync(f).size / 4096 / 2) * 4096)],
  ['truncated in the middle of a page', (f) => truncateSync(f, Math.floor(statSync(f).size / 2) + 123)],
  ['overwritten with junk', (f) => writeFileSync(f, Buffer.from('not a database, just bytes '.repeat(2000)))],
  [
    'one page in the middle scrambled',
    (f) => {
      const b = readFileSync(f);
      const page = Math.floor(b.length / 4096 / 2);
      for (let i = 0; i < 4096; i++) b[page * 4096 + i] = (i * 31) & 0xff;
      writeFileSync(f, b);
    },
  ],
  ['emptied (0 bytes)', (f) => writeFileSync(f, '')],
];

describe('damaged archives', () => {
  it.each(DAMAGE)('detects an archive.sqlite %s on open, names the latest verified backup, and restores it without overwriting the damaged file', async (_what, damage) => {
    const a = testArchive();
    a.call('archive.loadSample', {});
    const backup = await backupArchive(a.dir);
    const atBackup = a.call('testimonies.list', { includeWithdrawn: true, offset: 0, limit: 100 }).total;
    a.call('testimonies.create', { data: { title: 'After the backup', type: 'audio', transcript: 'lost with the damage' } });
    a.workspace.close();
    const file = path.join(a.dir, 'archive.sqlite');
    damage(file);
    const damagedBytes = readFileSync(file);

    // Opening says what happened and what to do, and changes nothing.
    const opened = a.router.call(null, 'workspace.open', { path: a.dir });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.code).toBe('archive_unavailable');
    expect(opened.error.message).toContain(`The archive database in ${a.dir} is damaged`);
    expect(opened.error.message).toContain(`Restore its latest verified backup, ${backup.name}`);
    expect(opened.error.message).toContain(`tessera restore "${a.dir}" ${backup.name}`);
    expect(readFileSync(file).equals(damagedBytes)).toBe(true);

    // The archive picker asks whether it is damaged and which backup it would restore (nobody can sign in).
    const status = a.router.call(null, 'workspace.backupStatus', { path: a.dir });
    expect(status).toMatchObject({ ok: true, value: { damaged: true, latest: { name: backup.name } } });

    // Restoring needs no sign-in for a damaged archive; the damaged file is kept under a name that says so.
    const restored = a.router.call(null, 'workspace.restoreBackup', { path: a.dir, backup: backup.name });
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.keptAs).toMatch(/^archive\.sqlite\.damaged-/);
    expect(readFileSync(path.join(a.dir, restored.value.keptAs ?? '')).equals(damagedBytes)).toBe(true);
    expect(a.workspace.current()?.dir).toBe(a.dir);
    const titles = a.call('testimonies.list', { includeWithdrawn: true, offset: 0, limit: 100 }).items.map((t) => t.title);
    expect(titles).toHaveLength(atBackup);
    expect(titles).not.toContain('After the backup');
    const status2 = a.router.call(owner, 'workspace.backupStatus', { path: a.dir });
    expect(status2).toMatchObject({ ok: true, value: { damaged: false, problem: null } });
  });

  it('says when a damaged archive has no backup to restore', () => {
    const a = testArchive();
    a.workspace.close();
    writeFileSync(path.join(a.dir, 'archive.sqlite'), '');
    expect(() => openArchive(a.dir)).toThrow(/is damaged \(archive\.sqlite is empty\)\. It has no verified backup in its backups folder/);
    // An emptied file is not taken for a new archive: nothing was written to it.
    expect(statSync(path.join(a.dir, 'archive.sqlite')).size).toBe(0);
    expect(a.router.call(null, 'workspace.backupStatus', { path: a.dir })).toMatchObject({ ok: true, value: { damaged: true, latest: null } });
    expect(readdirSync(a.dir).filter((n) => n.startsWith('archive.sqlite'))).toEqual(['archive.sqlite']);
  });
});
