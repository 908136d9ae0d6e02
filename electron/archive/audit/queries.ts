import type { Database } from 'better-sqlite3';
import type { AuditEntry, EntityType } from '../../../shared/api/archive';

export function historyOf(db: Database, entityType: EntityType, entityId: string): AuditEntry[] {
  const rows = db
    .prepare('SELECT seq, at, user, method, action, entity_type, entity_id, changes FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY seq DESC')
    .all(entityType, entityId) as { seq: number; at: string; user: string; method: string; action: string; entity_type: string; entity_id: string; changes: string }[];
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    user: r.user,
    method: r.method,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    changes: JSON.parse(r.changes) as AuditEntry['changes'],
  }));
}
