import type { Database } from 'better-sqlite3';
import type { Job } from '../../../shared/api/jobs';
import type { Role } from '../../../shared/model/enums';
import { notFound } from '../db/errors';
import { readsEverything } from './readable';

/**
 * Jobs as a person of this role may see them. An export in a scope other than public (the
 * confidential marker and report editions, a full-scope export) is about records that person may
 * not read; its title, result and file path are not theirs, so to them it is not there. The scope
 * is the one the export recorded in the audit log when it started.
 */

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
  if (readsEverything(role)) return jobs;
  const hidden = unpublicExports(db);
  return jobs.filter((j) => !hidden.has(j.id));
}

/** Refuses a job the role may not see, as if there were none with that id. */
export function requireVisibleJob(db: Database, role: Role, id: string): void {
  if (!readsEverything(role) && unpublicExports(db).has(id)) throw notFound('That job');
}
