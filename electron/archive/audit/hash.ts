import { createHash } from 'node:crypto';

/** One audit row as stored: `changes` is the JSON text exactly as written. */
export interface AuditRow {
  seq: number;
  at: string;
  user: string;
  method: string;
  action: string;
  entity_type: string;
  entity_id: string;
  changes: string;
  prev_hash: string;
}

/**
 * The hash of one audit entry: SHA-256 (hex) of the JSON array of its fields in a fixed order,
 * ending with the previous entry's hash, so that every entry seals the one before it. The first
 * entry's `prev_hash` is ''. Used by appending, verifying and the migration that chained old rows.
 */
export function auditHash(row: AuditRow): string {
  const canonical = JSON.stringify([row.seq, row.at, row.user, row.method, row.action, row.entity_type, row.entity_id, row.changes, row.prev_hash]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
