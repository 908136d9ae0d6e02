/**
 * The tamper-evident audit log (issue 8): every entry stores the hash of the entry before it
 * (`prev_hash`) and its own (`hash`, see electron/archive/audit/hash.ts), so an entry changed or
 * removed outside Tessera breaks the chain and `tessera verify` names where.
 *
 * The log refuses updates, so the update trigger is dropped here, the entries written before this
 * step are chained in `after` (in seq order), and `after` puts the trigger back. Both run in the
 * one migration transaction: no archive is ever left without the trigger.
 */
import type { Database } from 'better-sqlite3';
import { auditHash, type AuditRow } from '../../audit/hash';

export const sql = `
DROP TRIGGER audit_log_no_update;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
`;

/** Chains the existing entries, then makes the log append-only again. */
export function after(db: Database): void {
  // In pages, so that a long log (creations carry whole transcripts) is never all in memory.
  const page = db.prepare('SELECT seq, at, user, method, action, entity_type, entity_id, changes FROM audit_log WHERE seq > ? ORDER BY seq LIMIT 500');
  const set = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
  let prev = '';
  let lastSeq = 0;
  for (let rows = page.all(lastSeq) as Omit<AuditRow, 'prev_hash'>[]; rows.length > 0; rows = page.all(lastSeq) as Omit<AuditRow, 'prev_hash'>[]) {
    for (const r of rows) {
      const hash = auditHash({ ...r, prev_hash: prev });
      set.run(prev, hash, r.seq);
      prev = hash;
      lastSeq = r.seq;
    }
  }
  db.exec(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;`);
}
