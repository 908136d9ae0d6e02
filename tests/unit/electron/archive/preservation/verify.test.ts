import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storedFilePath } from '../../../../../electron/archive/files/store';
import { archiveTools, owner, testArchive } from '../../../helpers';
import { png } from '../files/pictures';
import { markerArchive } from '../markers/setup';
import { settled, tamper, type TestArchive } from './setup';

const archivist = { user: { name: 'Ada Archivist', role: 'archivist' as const } };

async function verify(t: TestArchive, session = owner) {
  const r = t.router.call(session, 'preservation.verify', {});
  if (!r.ok) throw new Error(r.error.message);
  const job = await settled(t, r.value);
  return { job, last: t.call('preservation.lastVerification', {}), event: t.call('preservation.events', { type: 'fixity check', limit: 1 }).items[0] };
}

describe('verifying the archive from the app', () => {
  it('runs every check in a job and records a successful fixity check under the person who asked', async () => {
    const t = testArchive();
    t.call('testimonies.create', { data: { title: 'A statement', type: 'audio' } });
    expect(t.call('preservation.lastVerification', {})).toBeNull();
    const { job, last, event } = await verify(t, archivist);
    expect(job).toMatchObject({ kind: 'verify', state: 'done', result: { summary: 'Every check passed.' } });
    expect(last).toMatchObject({ user: 'Ada Archivist', jobId: job.id, ok: true });
    expect(last?.checks.map((c) => [c.name, c.ok])).toEqual([
      ['database integrity', true],
      ['links between records', true],
      ['search index', true],
      ['audit chain', true],
      ['stored files', true],
    ]);
    expect(event).toMatchObject({ type: 'fixity check', seq: last?.seq, agent: { name: 'Ada Archivist', kind: 'person' }, object: { type: 'archive', id: 'archive' }, outcome: 'success' });
    expect(event?.detail).toMatch(/^Every check held: database integrity \(ok\);.*audit chain \(\d+ entries, unbroken\)/);
    // The start and the outcome are both in the log, and the chain still holds with them.
    const rows = archiveTools(t).db().prepare("SELECT action, user FROM audit_log WHERE entity_type = 'archive' ORDER BY seq").all();
    expect(rows).toEqual([
      { action: 'verify-start', user: 'Ada Archivist' },
      { action: 'fixity-check', user: 'Ada Archivist' },
    ]);
    const chain = t.call('preservation.chain', {});
    expect(chain).toMatchObject({ ok: true, firstBroken: null });
    expect(chain.summary).toMatch(/^The audit log holds: \d+ entries/);
  });

  it('records a failed fixity check that names the first broken link when an audit entry was altered', async () => {
    const t = testArchive();
    for (let i = 1; i <= 4; i++) t.call('testimonies.create', { data: { title: `Statement ${i}`, type: 'audio' } });
    tamper(t, (raw) => raw.prepare("UPDATE audit_log SET user = 'someone else' WHERE seq = 2").run());
    const chain = t.call('preservation.chain', {});
    expect(chain).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: 'entry 2 was changed after it was written' } });
    expect(chain.summary).toBe('The audit log was altered outside Tessera: entry 2 was changed after it was written. Entries from 2 on can no longer be vouched for; compare the archive with a verified backup.');
    const { job, last, event } = await verify(t);
    expect(job.state).toBe('done');
    expect(job.result?.summary).toBe('1 of 5 checks failed: audit chain.');
    expect(last?.ok).toBe(false);
    expect(last?.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['audit chain']);
    expect(event?.outcome).toBe('failure');
    expect(event?.detail).toMatch(/^audit chain: entry 2 was changed after it was written \(first broken link, at seq 2 of \d+ entries\)$/);
  });

  it('records a failed fixity check that names the testimony whose memorial photo had one byte flipped', async () => {
    const a = markerArchive();
    const m = a.call('markers.create', { data: { title: 'Sawyer Road oak', ref: 'M-001', testimonyIds: [a.testimony.id] } });
    const photo = a.call('markers.addPhoto', { id: m.id, path: a.file('front.png', png(20, 10, 1)) }).photos[0];
    if (!photo) throw new Error('photo not added');
    const file = storedFilePath(a.dir, photo.sha256);
    chmodSync(file, 0o644);
    const bytes = readFileSync(file);
    const at = bytes.length >> 1;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    const { last, event } = await verify(a);
    expect(last?.ok).toBe(false);
    expect(event?.outcome).toBe('failure');
    expect(event?.detail).toBe(`stored files: the file of M-001 photo front.png (of testimony ${a.testimony.ref}) no longer matches its SHA-256 (${photo.sha256}); restore it from a backup`);
  });

  it('refuses a second verification while one runs, and records nothing for the refusal', async () => {
    const t = testArchive();
    const first = t.call('preservation.verify', {});
    const count = () => archiveTools(t).db().prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    const before = count();
    const again = t.router.call(owner, 'preservation.verify', {});
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('conflict');
    if (!again.ok) expect(again.error.message).toContain('being verified already');
    expect(count()).toBe(before);
    await settled(t, first);
  });
});
