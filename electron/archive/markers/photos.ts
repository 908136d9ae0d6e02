import path from 'node:path';
import { PHOTO_MAX_BYTES, type Marker } from '../../../shared/model/markers';
import type { Ctx } from '../context';
import { notFound } from '../db/errors';
import { addFileFromPath } from '../files/store';
import { auditMarker, touchMarker } from './changes';
import { getMarker } from './queries';

/**
 * Photos of a marker: each is a file in the archive's content-addressed store (stored once however
 * often it is added) with a caption, a credit and a place in the order. Taking a photo off a
 * marker leaves the stored file alone: other records, the audit trail or a backup may name it.
 */

function photoIdsInOrder(ctx: Ctx, markerId: string): string[] {
  return ctx.db.prepare('SELECT id FROM marker_photos WHERE marker_id = ? ORDER BY position, created_at, id').pluck().all(markerId) as string[];
}

function renumber(ctx: Ctx, ids: readonly string[]): void {
  const set = ctx.db.prepare('UPDATE marker_photos SET position = ? WHERE id = ?');
  ids.forEach((id, i) => set.run(i, id));
}

function requirePhoto(ctx: Ctx, markerId: string, photoId: string) {
  const row = ctx.db.prepare('SELECT id, sha256, file_name, caption, credit, position FROM marker_photos WHERE id = ? AND marker_id = ?').get(photoId, markerId) as
    | { id: string; sha256: string; file_name: string; caption: string; credit: string; position: number }
    | undefined;
  if (!row) throw notFound('That photo of the marker');
  return row;
}

export interface NewPhoto {
  path: string;
  fileName: string;
  caption: string;
  credit: string;
}

/** markers.addPhoto: a JPEG or PNG from a file on disk, placed last. */
export function addPhoto(ctx: Ctx, id: string, photo: NewPhoto): Marker {
  getMarker(ctx.db, id); // the marker exists before any file is copied
  const stored = addFileFromPath(ctx.dir, ctx.db, photo.path, { maxBytes: PHOTO_MAX_BYTES, what: 'photo', image: true }, ctx.now);
  const image = stored.image;
  if (!image) throw new Error('the store accepted a photo it could not read'); // addFileFromPath refuses these
  const photoId = crypto.randomUUID();
  const fileName = photo.fileName || path.basename(photo.path);
  const position = photoIdsInOrder(ctx, id).length;
  ctx.db
    .prepare(
      `INSERT INTO marker_photos (id, marker_id, sha256, file_name, media_type, bytes, width, height, caption, credit, position, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(photoId, id, stored.sha256, fileName, image.mediaType, stored.bytes, image.width, image.height, photo.caption, photo.credit, position, ctx.now, ctx.session.user.name);
  touchMarker(ctx, id);
  auditMarker(ctx, 'add-photo', id, [
    { field: 'photos', old: null, new: { id: photoId, sha256: stored.sha256, fileName, bytes: stored.bytes, caption: photo.caption, credit: photo.credit } },
  ]);
  return getMarker(ctx.db, id);
}

/** markers.updatePhoto: caption, credit and place in the order (positions stay 0 … n−1). */
export function updatePhoto(ctx: Ctx, id: string, photoId: string, change: { caption: string; credit: string; position: number }): Marker {
  getMarker(ctx.db, id);
  const before = requirePhoto(ctx, id, photoId);
  ctx.db.prepare('UPDATE marker_photos SET caption = ?, credit = ? WHERE id = ?').run(change.caption, change.credit, photoId);
  const others = photoIdsInOrder(ctx, id).filter((p) => p !== photoId);
  const position = Math.min(change.position, others.length);
  renumber(ctx, [...others.slice(0, position), photoId, ...others.slice(position)]);
  touchMarker(ctx, id);
  const changes = [
    { field: 'caption', old: before.caption, new: change.caption },
    { field: 'credit', old: before.credit, new: change.credit },
    { field: 'position', old: before.position, new: position },
  ].filter((c) => c.old !== c.new);
  auditMarker(ctx, 'update-photo', id, changes.map((c) => ({ ...c, field: `photos.${photoId}.${c.field}` })));
  return getMarker(ctx.db, id);
}

/** markers.removePhoto: off the marker; the stored file stays. */
export function removePhoto(ctx: Ctx, id: string, photoId: string): Marker {
  getMarker(ctx.db, id);
  const before = requirePhoto(ctx, id, photoId);
  ctx.db.prepare('DELETE FROM marker_photos WHERE id = ?').run(photoId);
  renumber(ctx, photoIdsInOrder(ctx, id));
  touchMarker(ctx, id);
  auditMarker(ctx, 'remove-photo', id, [{ field: 'photos', old: { id: photoId, sha256: before.sha256, fileName: before.file_name, caption: before.caption, credit: before.credit }, new: null }]);
  return getMarker(ctx.db, id);
}
