import type { Database } from 'better-sqlite3';
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
