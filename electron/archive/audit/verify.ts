import type { Database } from 'better-sqlite3';
import { auditHash, type AuditRow } from './hash';

export interface ChainReport {
  ok: boolean;
  /** How many entries the log holds. */
  entries: number;
  /** The first place the chain breaks, in words a person can act on; null when it holds. */
  firstBroken: null | { seq: number; reason: string };
}

function missing(from: number, to: number, where = ''): string {
  return from === to ? `entry ${from} is missing (removed${where})` : `entries ${from}–${to} are missing (removed${where})`;
}

/** Why one entry (that follows the entry before it in seq) does not hold, or null when it does. */
function brokenAt(row: AuditRow & { hash: string }, prevHash: string): string | null {
  if (row.hash === '') return `entry ${row.seq} was written outside Tessera (it carries no hash)`;
  if (auditHash(row) !== row.hash) return `entry ${row.seq} was changed after it was written`;
  if (row.prev_hash !== prevHash) {
    return row.seq === 1
      ? 'entry 1 was changed after it was written (it links to an entry before the first)'
      : `entry ${row.seq} no longer links to entry ${row.seq - 1} (one of them was changed or replaced after it was written)`;
  }
  return null;
}

/**
 * Walks the whole audit log in seq order (streamed, so any size fits in memory): each entry's
 * hash must match its contents, each must carry the hash of the one before, and no seq may be
 * missing. A removed entry is reported at the entry after the gap; entries removed from the end
 * are caught by SQLite's record of the highest seq ever used. Only the first break is reported:
 * everything after it can no longer be vouched for.
 */
export function verifyAuditChain(db: Database): ChainReport {
  const rows = db.prepare('SELECT seq, at, user, method, action, entity_type, entity_id, changes, prev_hash, hash FROM audit_log ORDER BY seq');
  let entries = 0;
  let expected = 1;
  let prevHash = '';
  let firstBroken: ChainReport['firstBroken'] = null;
  for (const row of rows.iterate() as IterableIterator<AuditRow & { hash: string }>) {
    entries += 1;
    if (firstBroken) continue;
    const reason = row.seq > expected ? missing(expected, row.seq - 1) : brokenAt(row, prevHash);
    if (reason) firstBroken = { seq: row.seq, reason };
    expected = row.seq + 1;
    prevHash = row.hash;
  }
  if (!firstBroken) {
    const top = (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").get() as { seq: number } | undefined)?.seq ?? 0;
    if (top >= expected) firstBroken = { seq: expected, reason: missing(expected, top, ' from the end of the log') };
  }
  return { ok: firstBroken === null, entries, firstBroken };
}
