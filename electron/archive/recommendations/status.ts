import type { z } from 'zod';
import type { Recommendation, RecommendationStatus, statusEntryInput } from '../../../shared/model/findings';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { todayOf } from '../markers/changes';
import { auditRecommendation, touchRecommendation } from './changes';
import { getRecommendation } from './queries';

export type StatusEntryData = z.output<typeof statusEntryInput>;

/**
 * Appends one dated assessment to the history (in recording order, `seq`) and sets the current
 * status from the latest dated entry: an assessment recorded late, dated before the latest one,
 * takes its place in the history without changing the current status. Returns the entry's id.
 */
export function recordStatusEntry(ctx: Ctx, recommendationId: string, entry: StatusEntryData): string {
  const { seq } = ctx.db.prepare('SELECT coalesce(max(seq), 0) + 1 AS seq FROM recommendation_status_events WHERE recommendation_id = ?').get(recommendationId) as { seq: number };
  const id = crypto.randomUUID();
  ctx.db
    .prepare(
      `INSERT INTO recommendation_status_events (id, recommendation_id, seq, status, date, note, source, assessed_by, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, recommendationId, seq, entry.status, entry.date, entry.note, entry.source, entry.assessedBy, ctx.session.user.name, ctx.now);
  const latest = ctx.db
    .prepare('SELECT status, date FROM recommendation_status_events WHERE recommendation_id = ? ORDER BY date DESC, seq DESC LIMIT 1')
    .get(recommendationId) as { status: RecommendationStatus; date: string };
  ctx.db.prepare('UPDATE recommendations SET status = ?, status_date = ? WHERE id = ?').run(latest.status, latest.date, recommendationId);
  return id;
}

/** recommendations.addStatus: a dated assessment, not in the future; it may be recorded late. */
export function addStatus(ctx: Ctx, id: string, entry: StatusEntryData): Recommendation {
  const before = getRecommendation(ctx.db, id);
  const today = todayOf(ctx);
  if (entry.date > today) throw new ArchiveError('invalid_input', `An assessment cannot be dated in the future (today is ${today}).`, 'entry.date');
  const entryId = recordStatusEntry(ctx, id, entry);
  touchRecommendation(ctx, id);
  const after = getRecommendation(ctx.db, id);
  auditRecommendation(ctx, 'status', id, [
    { field: 'history', old: null, new: { id: entryId, ...entry } },
    ...(after.status !== before.status || after.statusDate !== before.statusDate
      ? [{ field: 'status', old: { status: before.status, date: before.statusDate }, new: { status: after.status, date: after.statusDate } }]
      : []),
  ]);
  return after;
}

