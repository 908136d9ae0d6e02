import type { Database } from 'better-sqlite3';
import type { Marker } from '../../../shared/model/markers';
import type { Role } from '../../../shared/model/enums';
import { readableWhere, readParams, readsEverything } from '../access/readable';

/**
 * A marker as a person of this role may see it: the testimonies it links to that they may not
 * read are left out (their reference and title are the record's, not the marker's). When that
 * person saves the marker, the links they could not see are kept: leaving a testimony out of
 * what one was shown is not unlinking it.
 */

function hiddenIds(db: Database, role: Role, ids: readonly string[]): Set<string> {
  if (readsEverything(role) || ids.length === 0) return new Set();
  const shown = db
    .prepare(`SELECT t.id FROM testimonies t WHERE t.id IN (SELECT value FROM json_each(@ids)) AND ${readableWhere('t', role)}`)
    .pluck()
    .all({ ids: JSON.stringify(ids), ...readParams() }) as string[];
  return new Set(ids.filter((id) => !shown.includes(id)));
}

export function markerAsSeenBy(db: Database, role: Role, m: Marker): Marker {
  const hidden = hiddenIds(db, role, m.testimonies.map((t) => t.id));
  return hidden.size === 0 ? m : { ...m, testimonies: m.testimonies.filter((t) => !hidden.has(t.id)) };
}

/** The testimony links to save: those given, then the ones already linked that the caller could not see. */
export function keepHiddenLinks(db: Database, role: Role, markerId: string, given: readonly string[]): string[] {
  const linked = db.prepare('SELECT testimony_id FROM marker_testimonies WHERE marker_id = ? ORDER BY position').pluck().all(markerId) as string[];
  const hidden = hiddenIds(db, role, linked);
  return [...given.filter((id) => !hidden.has(id)), ...linked.filter((id) => hidden.has(id))];
}
