import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testArchive } from '../../../helpers';
import { auditHash, type AuditRow } from '../../../../../electron/archive/audit/hash';
import { verifyAuditChain } from '../../../../../electron/archive/audit/verify';
import { DB_FILE } from '../../../../../electron/archive/db/open';

/** An archive with a few audited writes, closed so its file can be reached behind Tessera's back. */
function writtenArchive() {
  const a = testArchive();
  const made = [1, 2, 3, 4, 5].map((i) => a.call('testimonies.create', { data: { title: `Statement ${i}`, type: 'written_statement', transcript: `Words ${i}` } }));
  const t = made[2];
  if (!t) throw new Error('no testimony');
  a.call('testimonies.update', { id: t.id, expectedVersion: t.version, data: { title: 'Statement three, revised', type: t.type } });
  a.call('testimonies.withdraw', { id: made[4]?.id ?? '', reason: 'Asked for by the narrator' });
  const db = a.workspace.current()?.db;
  if (!db) throw new Error('no archive');
  const before = verifyAuditChain(db);
  a.workspace.close();
  const raw = new Database(path.join(a.dir, DB_FILE));
  return { raw, before, seqs: (raw.prepare('SELECT seq FROM audit_log ORDER BY seq').all() as { seq: number }[]).map((r) => r.seq) };
}

/** Tampering needs the append-only triggers gone, as anyone with the file could do. */
function unguard(raw: Database.Database): void {
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
}

describe('the audit hash chain', () => {
  it('holds for everything written through the router: seq 1, 2, 3 … each linked to the one before', () => {
    const { raw, before, seqs } = writtenArchive();
    expect(seqs.length).toBeGreaterThanOrEqual(7);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(before).toEqual({ ok: true, entries: seqs.length, firstBroken: null });
    const rows = raw.prepare('SELECT * FROM audit_log ORDER BY seq').all() as (AuditRow & { hash: string })[];
    expect(rows[0]?.prev_hash).toBe('');
    rows.forEach((r, i) => {
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.hash).toBe(auditHash(r));
      if (i > 0) expect(r.prev_hash).toBe(rows[i - 1]?.hash);
    });
    raw.close();
  });

  it('reports an entry whose change was edited in the file', () => {
    const { raw, seqs } = writtenArchive();
    const middle = seqs[3] ?? 0;
    unguard(raw);
    raw.prepare('UPDATE audit_log SET changes = ? WHERE seq = ?').run('[]', middle);
    expect(verifyAuditChain(raw)).toEqual({ ok: false, entries: seqs.length, firstBroken: { seq: middle, reason: `entry ${middle} was changed after it was written` } });
    raw.close();
  });

  it('reports an edited entry whose own hash was recomputed, at the entry that no longer links to it', () => {
    const { raw, seqs } = writtenArchive();
    const middle = seqs[3] ?? 0;
    unguard(raw);
    const row = raw.prepare('SELECT * FROM audit_log WHERE seq = ?').get(middle) as AuditRow;
    const forged = { ...row, user: 'Someone else' };
    raw.prepare('UPDATE audit_log SET user = ?, hash = ? WHERE seq = ?').run(forged.user, auditHash(forged), middle);
    const r = verifyAuditChain(raw);
    expect(r.firstBroken?.seq).toBe(middle + 1);
    expect(r.firstBroken?.reason).toBe(`entry ${middle + 1} no longer links to entry ${middle} (one of them was changed or replaced after it was written)`);
    raw.close();
  });

  it('reports a removed entry at the entry after the gap', () => {
    const { raw, seqs } = writtenArchive();
    const middle = seqs[3] ?? 0;
    unguard(raw);
    raw.prepare('DELETE FROM audit_log WHERE seq = ?').run(middle);
    expect(verifyAuditChain(raw)).toEqual({ ok: false, entries: seqs.length - 1, firstBroken: { seq: middle + 1, reason: `entry ${middle} is missing (removed)` } });
    raw.prepare('DELETE FROM audit_log WHERE seq = ?').run(middle + 1);
    expect(verifyAuditChain(raw).firstBroken).toEqual({ seq: middle + 2, reason: `entries ${middle}–${middle + 1} are missing (removed)` });
    raw.close();
  });

  it('reports entries removed from the end, and the first entry removed', () => {
    const { raw, seqs } = writtenArchive();
    const last = seqs.length;
    unguard(raw);
    raw.prepare('DELETE FROM audit_log WHERE seq >= ?').run(last - 1);
    expect(verifyAuditChain(raw).firstBroken).toEqual({ seq: last - 1, reason: `entries ${last - 1}–${last} are missing (removed from the end of the log)` });
    raw.prepare('DELETE FROM audit_log WHERE seq = 1').run();
    expect(verifyAuditChain(raw).firstBroken).toEqual({ seq: 2, reason: 'entry 1 is missing (removed)' });
    raw.close();
  });

  it('reports an entry added without Tessera', () => {
    const { raw, seqs } = writtenArchive();
    raw.prepare("INSERT INTO audit_log (at, user, method, action, entity_type, entity_id, changes) VALUES ('2026-01-01T00:00:00.000Z', 'x', 'm', 'update', 'testimony', 'x', '[]')").run();
    expect(verifyAuditChain(raw).firstBroken).toEqual({ seq: seqs.length + 1, reason: `entry ${seqs.length + 1} was written outside Tessera (it carries no hash)` });
    raw.close();
  });

  it('continues the chain after a removed end, so the gap shows', () => {
    const a = testArchive();
    a.call('testimonies.create', { data: { title: 'One', type: 'audio' } });
    a.call('testimonies.create', { data: { title: 'Two', type: 'audio' } });
    const db = a.workspace.current()?.db;
    if (!db) throw new Error('no archive');
    const last = (db.prepare('SELECT max(seq) AS n FROM audit_log').get() as { n: number }).n;
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq = ?').run(last);
    a.call('testimonies.create', { data: { title: 'Three', type: 'audio' } });
    expect(verifyAuditChain(db).firstBroken).toEqual({ seq: last + 1, reason: `entry ${last} is missing (removed)` });
  });

  it('holds for an empty log', () => {
    const raw = new Database(':memory:');
    raw.exec("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, user TEXT, method TEXT, action TEXT, entity_type TEXT, entity_id TEXT, changes TEXT, prev_hash TEXT, hash TEXT)");
    expect(verifyAuditChain(raw)).toEqual({ ok: true, entries: 0, firstBroken: null });
  });
});
