import type { Marker, MarkerStatus } from '../../../shared/model/markers';
import { STATUS_LABELS, transitionProblem } from '../../../shared/model/markerWorkflow';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { auditMarker, touchMarker, todayOf } from './changes';
import { getMarker } from './queries';

/** Appends one dated event to the history and sets the marker's current status from it. */
export function recordStatusEvent(ctx: Ctx, markerId: string, from: MarkerStatus | null, to: MarkerStatus, date: string, note: string): string {
  const { seq } = ctx.db.prepare('SELECT coalesce(max(seq), 0) + 1 AS seq FROM marker_status_events WHERE marker_id = ?').get(markerId) as { seq: number };
  const id = crypto.randomUUID();
  ctx.db
    .prepare('INSERT INTO marker_status_events (id, marker_id, seq, from_status, to_status, date, note, by_user, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, markerId, seq, from, to, date, note, ctx.session.user.name, ctx.now);
  ctx.db.prepare('UPDATE markers SET status = ?, status_date = ? WHERE id = ?').run(to, date, markerId);
  return id;
}

/**
 * markers.setStatus: one step along the workflow (markerWorkflow.ts decides which steps exist),
 * on a day no earlier than the last recorded change and not in the future.
 */
export function setStatus(ctx: Ctx, id: string, to: MarkerStatus, date: string, note: string): Marker {
  const before = getMarker(ctx.db, id);
  const problem = transitionProblem(before.status, to, {
    wasDedicated: before.history.some((e) => e.to === 'dedicated'),
    hasApprovedInscription: before.approvedInscription !== null,
  });
  if (problem) throw new ArchiveError('invalid_input', problem, 'to');
  const today = todayOf(ctx);
  if (date > today) throw new ArchiveError('invalid_input', `A status change cannot be dated in the future (today is ${today}).`, 'date');
  const last = before.history[before.history.length - 1];
  if (last && date < last.date) {
    throw new ArchiveError(
      'invalid_input',
      `The marker became ${STATUS_LABELS[last.to].toLowerCase()} on ${last.date}; a later change cannot be dated before that. Changes are recorded in the order they happened.`,
      'date',
    );
  }
  const eventId = recordStatusEvent(ctx, id, before.status, to, date, note);
  touchMarker(ctx, id);
  auditMarker(ctx, 'status', id, [
    { field: 'status', old: before.status, new: to },
    { field: 'statusEvent', old: null, new: { id: eventId, date, note } },
  ]);
  return getMarker(ctx.db, id);
}
