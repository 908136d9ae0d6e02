import type { Database } from 'better-sqlite3';
import type { AuditRecord, Change, Session } from '../context';
import { auditHash } from './hash';

/**
 * Appends one event to the audit log (the table refuses updates and deletes), chained to the
 * entry before it. The seq is the one AUTOINCREMENT would give (past the highest ever used, so
 * entries removed from the end leave a gap that verification reports), chosen here because it is
 * part of the hash. Safe without a race: every write runs in the router's IMMEDIATE transaction.
 */
export function appendAudit(db: Database, session: Session, method: string, at: string, record: AuditRecord): void {
  const { seq } = db
    .prepare("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0), coalesce((SELECT max(seq) FROM audit_log), 0)) + 1 AS seq")
    .get() as { seq: number };
  const last = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  const row = {
    seq,
    at,
    user: session.user.name,
    method,
    action: record.action,
    entity_type: record.entityType,
    entity_id: record.entityId,
    changes: JSON.stringify(record.changes),
    prev_hash: last?.hash ?? '',
  };
  db.prepare(
    'INSERT INTO audit_log (seq, at, user, method, action, entity_type, entity_id, changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(row.seq, row.at, row.user, row.method, row.action, row.entity_type, row.entity_id, row.changes, row.prev_hash, auditHash(row));
}

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ between two versions of a record, with old and new values. */
export function diff<T extends object>(before: T | null, after: T, ignore: readonly string[] = []): Change[] {
  const changes: Change[] = [];
  const keys = new Set([...Object.keys(after), ...(before ? Object.keys(before) : [])]);
  for (const key of keys) {
    if (ignore.includes(key)) continue;
    const old = before ? (before as Record<string, unknown>)[key] : null;
    const now = (after as Record<string, unknown>)[key];
    if (before === null && isEmpty(now)) continue;
    if (!same(old ?? null, now ?? null)) changes.push({ field: key, old: old ?? null, new: now ?? null });
  }
  return changes;
}

/** Fields that are derived or bookkeeping, never audited as a person's change. */
export const DERIVED_FIELDS = ['id', 'createdAt', 'updatedAt', 'version', 'wordCount', 'testimonies', 'testimonyCount'] as const;
