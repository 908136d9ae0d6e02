import type { Database } from 'better-sqlite3';
import type { Job } from '../../../shared/api/jobs';
import type { Role } from '../../../shared/model/enums';
import { notFound } from '../db/errors';
import { readsEverything } from './readable';
import { CATALOGUERS } from '../../../shared/api/define';

/**
 * Jobs as a person of this role may see them. An export in a scope other than public (the
 * confidential marker and report editions, a full-scope export) is about records that person may
 * not read; its title, result and file path are not theirs, so to them it is not there. The scope
 * is the one the export recorded in the audit log when it started. An import's job and report
 * (every reference and problem of the rows it read) are for those who may import.
 */

const IMPORT_KINDS: ReadonlySet<string> = new Set(['import', 'archive-import']);

function unpublicExports(db: Database): Set<string> {
  const ids = db
    .prepare(
      `SELECT a.entity_id FROM audit_log a, json_each(a.changes) c
       WHERE a.entity_type = 'export' AND a.action = 'export' AND json_extract(c.value, '$.field') = 'scope' AND coalesce(json_extract(c.value, '$.new'), '') <> 'public'`,
    )
    .pluck()
    .all() as string[];
  return new Set(ids);
}

export function jobsSeenBy(db: Database, role: Role, jobs: Job[]): Job[] {
  const imports = CATALOGUERS.includes(role);
  const visible = jobs.filter((j) => imports || !IMPORT_KINDS.has(j.kind));
  if (readsEverything(role)) return visible;
  const hidden = unpublicExports(db);
  return visible.filter((j) => !hidden.has(j.id));
}

/** Whether the role may see this job (its progress, result and file). */
export const maySeeJob = (db: Database, role: Role, job: Job): boolean => jobsSeenBy(db, role, [job]).length === 1;

/** Refuses a job the role may not see, as if there were none with that id. */
export function requireVisibleJob(db: Database, role: Role, job: Job): void {
  if (!maySeeJob(db, role, job)) throw notFound('That job');
}
