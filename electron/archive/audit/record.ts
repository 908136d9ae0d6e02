import type { Database } from 'better-sqlite3';
import type { AuditRecord, Change, Session } from '../context';

/** Appends one event to the audit log (the table refuses updates and deletes). */
export function appendAudit(db: Database, session: Session, method: string, at: string, record: AuditRecord): void {
  db.prepare(
    'INSERT INTO audit_log (at, user, method, action, entity_type, entity_id, changes) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(at, session.user.name, method, record.action, record.entityType, record.entityId, JSON.stringify(record.changes));
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
