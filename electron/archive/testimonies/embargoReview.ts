import type { Database } from 'better-sqlite3';
import type { EmbargoDue } from '../../../shared/api/embargo';
import type { AccessLevel } from '../../../shared/model/enums';
import type { Testimony } from '../../../shared/model/testimony';
import type { Ctx } from '../context';
import type { HandlersOf } from '../handlers';
import { ArchiveError } from '../db/errors';
import { today } from '../publish/policy';
import { getTestimony } from './queries';

/**
 * The embargo review (issue 8). A testimony is due when its embargo date has come (the first day
 * it may be released, as the publish policy reads it), it is not withdrawn, and no archivist has
 * reviewed it on or after that date. Reviewing records the day, and the access level the archivist
 * chose: the same one keeps it. The review does not lift or move the embargo: once its date has
 * passed it no longer holds anything back, and the date stays as the record of what was agreed.
 */

/** The SQL condition for "due for review" on the `testimonies` row aliased t, with @day bound. */
const DUE = 't.withdrawn = 0 AND t.embargo_until IS NOT NULL AND t.embargo_until <= @day AND (t.embargo_reviewed_on IS NULL OR t.embargo_reviewed_on < t.embargo_until)';

/** Testimonies due for review on `day`, the longest-ended embargo first. */
export function embargoesDue(db: Database, day: string = today()): EmbargoDue[] {
  return db
    .prepare(
      `SELECT t.id, t.ref, t.title, t.access_level AS accessLevel, t.embargo_until AS embargoUntil, t.embargo_reviewed_on AS reviewedOn
       FROM testimonies t WHERE ${DUE} ORDER BY t.embargo_until, t.ref_sort`,
    )
    .all({ day }) as EmbargoDue[];
}

/** Records the review of one testimony's ended embargo, changing its access level when asked. */
export function markEmbargoReviewed(ctx: Ctx, id: string, accessLevel: AccessLevel, day: string = today()): Testimony {
  const before = getTestimony(ctx.db, { id });
  const due = ctx.db.prepare(`SELECT 1 FROM testimonies t WHERE t.id = @id AND ${DUE}`).get({ id, day });
  if (!due) {
    const why =
      before.embargoUntil === null
        ? 'it has no embargo'
        : before.embargoUntil > day
          ? `its embargo runs until ${before.embargoUntil}`
          : before.withdrawn
            ? 'it is withdrawn'
            : 'it was already reviewed after its embargo ended';
    throw new ArchiveError('conflict', `Testimony ${before.ref} is not due for an embargo review: ${why}. Nothing was saved.`);
  }
  const previous = ctx.db.prepare('SELECT embargo_reviewed_on FROM testimonies WHERE id = ?').pluck().get(id) as string | null;
  const changed = accessLevel !== before.accessLevel;
  // A changed level is a change of the record (its version moves, so an open edit form notices);
  // a review that keeps the level only notes the day.
  if (changed) ctx.db.prepare('UPDATE testimonies SET embargo_reviewed_on = ?, access_level = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(day, accessLevel, ctx.now, id);
  else ctx.db.prepare('UPDATE testimonies SET embargo_reviewed_on = ? WHERE id = ?').run(day, id);
  ctx.audit({
    action: 'embargo_review',
    entityType: 'testimony',
    entityId: id,
    changes: [{ field: 'embargoReviewedOn', old: previous, new: day }, ...(changed ? [{ field: 'accessLevel', old: before.accessLevel, new: accessLevel }] : [])],
  });
  return getTestimony(ctx.db, { id });
}

export const embargoHandlers = {
  'testimonies.embargoReview': (ctx) => {
    const day = today();
    return { day, items: embargoesDue(ctx.db, day) };
  },
  'testimonies.embargoReviewed': (ctx, i) => markEmbargoReviewed(ctx, i.id, i.accessLevel),
} satisfies HandlersOf<'testimonies.embargoReview' | 'testimonies.embargoReviewed'>;
