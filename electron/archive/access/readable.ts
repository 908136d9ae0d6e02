import type { Database } from 'better-sqlite3';
import { accessDay, NOT_AVAILABLE, READABLE_LEVELS, readsOnlyResearchable } from '../../../shared/model/access';
import type { Role } from '../../../shared/model/enums';
import { ArchiveError, notFound } from '../db/errors';
import { ident, sql } from '../db/sql';

/**
 * The rule of shared/model/access.ts as a SQL condition, so that every read path (lists, counts,
 * facets, search, passages, pages of people, places, hearings and markers, history) leaves out
 * the testimonies the caller may not read in the same statement that finds them.
 *
 * Two forms of the one condition: `readableWhere` for statements with named parameters (bind
 * `readParams()` alongside the others), `readable` as a fragment of the `sql` template.
 */

const ALIAS = /^[a-z_]+$/;

/** The access levels as SQL literals: a closed list of constants, never a caller's text. */
function levelsList(role: Role): string {
  return `(${READABLE_LEVELS[role].map((l) => `'${l}'`).join(', ')})`;
}

function condition(alias: string, role: Role, dayParam: string): string {
  if (!ALIAS.test(alias)) throw new Error(`bad alias ${alias}`);
  const t = alias;
  const parts = READABLE_LEVELS[role].length === 4 ? [] : [`${t}.access_level IN ${levelsList(role)}`];
  if (readsOnlyResearchable(role)) {
    parts.push(
      `${t}.withdrawn = 0`,
      `(${t}.embargo_until IS NULL OR ${t}.embargo_until <= ${dayParam})`,
      `json_extract(${t}.consent, '$.researchAccess') = 1`,
      `coalesce(json_extract(${t}.consent, '$.withdrawnOn'), '') = ''`,
    );
  }
  return parts.length === 0 ? '1 = 1' : `(${parts.join(' AND ')})`;
}

/** The condition on the `testimonies` row aliased `alias`, with the named parameter `@readDay`. */
export function readableWhere(alias: string, role: Role): string {
  return condition(alias, role, '@readDay');
}

/** The named parameters `readableWhere` needs (harmless when the condition does not use them). */
export function readParams(day: string = accessDay()): { readDay: string } {
  return { readDay: day };
}

/** The same condition as a fragment of the `sql` template (positional parameters). */
export function readable(alias: string, role: Role, day: string = accessDay()): ReturnType<typeof sql> {
  // The text is built from the alias (checked) and constants only; the day is bound.
  const [before = '', after] = condition(alias, role, '\u0000').split('\u0000');
  const raw = (text: string) => ident('text', { text });
  return after === undefined ? raw(before) : sql`${raw(before)}${day}${raw(after)}`;
}

/** Whether every testimony is readable by this role, so callers may skip the condition entirely. */
export function readsEverything(role: Role): boolean {
  return READABLE_LEVELS[role].length === 4 && !readsOnlyResearchable(role);
}

/** Whether the testimony exists and the role may read it. */
export function isReadable(db: Database, role: Role, testimonyId: string): boolean {
  return db.prepare(`SELECT 1 FROM testimonies t WHERE t.id = @id AND ${readableWhere('t', role)}`).get({ id: testimonyId, ...readParams() }) !== undefined;
}

/**
 * Refuses a testimony the role may not read with the same answer as one that does not exist, so
 * the answer never confirms that a sealed record is there. Roles that read everything keep the
 * usual "not found" message.
 */
export function requireReadable(db: Database, role: Role, testimonyId: string): void {
  if (isReadable(db, role, testimonyId)) return;
  throw readsEverything(role) ? notFound('That testimony') : new ArchiveError('not_found', NOT_AVAILABLE);
}

/** The error for a testimony the caller may not read (or that is not there). */
export function notAvailable(): ArchiveError {
  return new ArchiveError('not_found', NOT_AVAILABLE);
}

/**
 * Refuses a coded passage or segment of a testimony the role may not read, as if it were not
 * there. A passage that does not exist is left to the caller's own "not found".
 */
export function requireReadablePassage(db: Database, role: Role, passageId: string): void {
  if (readsEverything(role)) return;
  const testimonyId = db.prepare('SELECT testimony_id FROM passages WHERE id = ?').pluck().get(passageId) as string | undefined;
  if (testimonyId !== undefined && !isReadable(db, role, testimonyId)) throw notAvailable();
}
