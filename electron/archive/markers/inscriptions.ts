import type { Marker } from '../../../shared/model/markers';
import type { Ctx } from '../context';
import { ArchiveError, notFound } from '../db/errors';
import { auditMarker, touchMarker, todayOf } from './changes';
import { getMarker } from './queries';
import type { InscriptionDbRow } from './rows';

/**
 * The inscription is kept in versions. Saving makes a new draft; approving one draft (by a named
 * person, on a date) locks it and supersedes the version approved before. No version's text ever
 * changes, and none is deleted (the database's triggers refuse it too).
 */

/** markers.saveInscription: the text as a new draft, unless it is what the latest version already says. */
export function saveInscription(ctx: Ctx, id: string, text: string): Marker {
  const before = getMarker(ctx.db, id);
  const latest = before.inscriptions[0];
  if (latest && latest.text === text) {
    throw new ArchiveError('invalid_input', `No change: this text is the same as version ${latest.version} (${latest.state}). Edit the text to save a new version.`, 'text');
  }
  const version = (latest?.version ?? 0) + 1;
  const versionId = crypto.randomUUID();
  ctx.db
    .prepare("INSERT INTO marker_inscriptions (id, marker_id, version, text, state, created_at, created_by) VALUES (?, ?, ?, ?, 'draft', ?, ?)")
    .run(versionId, id, version, text, ctx.now, ctx.session.user.name);
  touchMarker(ctx, id);
  auditMarker(ctx, 'inscription', id, [{ field: 'inscription', old: latest ? { version: latest.version, text: latest.text } : null, new: { id: versionId, version, text, state: 'draft' } }]);
  return getMarker(ctx.db, id);
}

const LOCKED: Record<'approved' | 'superseded', (v: number) => string> = {
  approved: (v) => `Version ${v} is already approved and locked. To change the inscription, save a new draft and approve that.`,
  superseded: (v) => `Version ${v} was superseded by a later approval and is locked. To use its words again, save them as a new draft.`,
};

/** markers.approveInscription: one draft becomes the approved text, recorded by the user, approved by `approvedBy`. */
export function approveInscription(ctx: Ctx, id: string, versionId: string, approvedBy: string, approvedOn: string): Marker {
  getMarker(ctx.db, id); // the marker exists
  const row = ctx.db.prepare('SELECT * FROM marker_inscriptions WHERE id = ? AND marker_id = ?').get(versionId, id) as InscriptionDbRow | undefined;
  if (!row) throw notFound('That version of the inscription');
  if (row.state !== 'draft') throw new ArchiveError('conflict', LOCKED[row.state](row.version), 'versionId');
  const today = todayOf(ctx);
  if (approvedOn > today) throw new ArchiveError('invalid_input', `An approval cannot be dated in the future (today is ${today}).`, 'approvedOn');
  const previous = ctx.db.prepare("SELECT id, version FROM marker_inscriptions WHERE marker_id = ? AND state = 'approved'").get(id) as { id: string; version: number } | undefined;
  if (previous) ctx.db.prepare("UPDATE marker_inscriptions SET state = 'superseded' WHERE id = ?").run(previous.id);
  ctx.db
    .prepare("UPDATE marker_inscriptions SET state = 'approved', approved_by = ?, approved_on = ?, recorded_by = ? WHERE id = ?")
    .run(approvedBy, approvedOn, ctx.session.user.name, versionId);
  touchMarker(ctx, id);
  auditMarker(ctx, 'approve', id, [
    { field: `inscription.v${row.version}`, old: 'draft', new: { state: 'approved', approvedBy, approvedOn } },
    ...(previous ? [{ field: `inscription.v${previous.version}`, old: 'approved', new: 'superseded' }] : []),
  ]);
  return getMarker(ctx.db, id);
}
