import type { Database } from 'better-sqlite3';
import { appendAudit } from './audit/record';
import type { Role } from '../../shared/model/enums';
import type { EntityType } from '../../shared/api/archive';

/** Who is calling. Passed to every handler so that roles and accounts can arrive later. */
export interface Session {
  user: { name: string; role: Role };
}

export interface Change {
  field: string;
  old: unknown;
  new: unknown;
}

export interface AuditRecord {
  action: string;
  entityType: EntityType;
  entityId: string;
  changes: Change[];
}

/** What a handler receives from the router for an open archive. */
export interface Ctx {
  db: Database;
  dir: string;
  isDefault: boolean;
  session: Session;
  method: string;
  /** One timestamp per call, so every row a call writes agrees. */
  now: string;
  audit(record: AuditRecord): void;
}

/**
 * The context of one call on one archive: a single timestamp, and an `audit` that appends to the
 * log in the caller's transaction and counts, so the router can insist that every write audits.
 */
export function createCtx(archive: { db: Database; dir: string; isDefault: boolean }, session: Session, method: string): Ctx & { audited(): number } {
  const now = new Date().toISOString();
  let count = 0;
  return {
    db: archive.db,
    dir: archive.dir,
    isDefault: archive.isDefault,
    session,
    method,
    now,
    audit(record: AuditRecord) {
      appendAudit(archive.db, session, method, now, record);
      count += 1;
    },
    audited: () => count,
  };
}
