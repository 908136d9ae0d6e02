import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Attachment, AttachmentKind } from '../../../shared/model/attachments';
import { requireReadable } from '../access/readable';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { addFileFromPath, storedFilePath } from '../files/store';
import { mediaTypeOf, SNIFF_BYTES } from './mediaType';
import { attachmentDisplayName } from './names';
import { attachmentOfContent, attachmentRow } from './queries';

/**
 * Attaching a file to a testimony: the bytes are streamed into the content-addressed store (the
 * same content is stored once, however many testimonies hold it) and a `testimony_files` row links
 * them to the testimony, last in its order. A testimony holds each content once: attaching what it
 * already has answers the attachment it has, unchanged, with nothing written.
 *
 * Used by attachments.add and by the import pipeline, inside the caller's transaction.
 */

/** The largest file that may be attached: hours of video from a hearing fit. */
export const ATTACHMENT_MAX_BYTES = 8 * 1024 ** 3;
const LIMIT_WORDS = '8 GB';

/** The first bytes of the stored copy (verified content, not a source that may change under us). */
function headOf(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    return buf.subarray(0, readSync(fd, buf, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** Refuses a file over the limit before anything is copied, in words that name the limit. */
function refuseTooLarge(source: string): void {
  let size: number;
  try {
    size = statSync(source).size;
  } catch {
    return; // the store says what is wrong with a path it cannot read
  }
  if (size > ATTACHMENT_MAX_BYTES) {
    const gb = (size / 1024 ** 3).toFixed(1);
    throw new ArchiveError('invalid_input', `${path.basename(source)} is ${gb} GB; a file attached to a testimony may be at most ${LIMIT_WORDS}. Split the recording or save a smaller copy, then attach that.`, 'path');
  }
}

/** What attachFile did: the attachment, and whether it is new (false: the testimony had this content). */
export function attachFileReporting(ctx: Ctx, a: { testimonyId: string; path: string; name: string; kind: AttachmentKind }): { attachment: Attachment; added: boolean } {
  requireReadable(ctx.db, ctx.session.user.role, a.testimonyId); // the testimony is there, for this caller, before any copying
  if (path.isAbsolute(a.path)) refuseTooLarge(a.path);
  const stored = addFileFromPath(ctx.dir, ctx.db, a.path, { maxBytes: ATTACHMENT_MAX_BYTES, what: 'file' }, ctx.now);
  const existing = attachmentOfContent(ctx.db, a.testimonyId, stored.sha256);
  if (existing) return { attachment: existing, added: false };
  const name = attachmentDisplayName(a.name, a.path);
  // The store records a type only for photos; the type a recording plays as is decided here, once.
  if (stored.mediaType === 'application/octet-stream') {
    const mediaType = mediaTypeOf(headOf(storedFilePath(ctx.dir, stored.sha256)), name);
    ctx.db.prepare("UPDATE files SET media_type = ? WHERE sha256 = ? AND media_type = 'application/octet-stream'").run(mediaType, stored.sha256);
  }
  const id = crypto.randomUUID();
  const position = ctx.db.prepare('SELECT coalesce(max(position), 0) + 1 FROM testimony_files WHERE testimony_id = ?').pluck().get(a.testimonyId) as number;
  ctx.db
    .prepare('INSERT INTO testimony_files (id, testimony_id, sha256, kind, name, position, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, a.testimonyId, stored.sha256, a.kind, name, position, ctx.session.user.name, ctx.now);
  const attachment = attachmentRow(ctx.db, id);
  if (!attachment) throw new Error('the attachment just inserted is not there');
  ctx.audit({
    action: 'attach',
    entityType: 'testimony',
    entityId: a.testimonyId,
    changes: [{ field: 'attachments', old: null, new: { id, name, kind: a.kind, sha256: stored.sha256, bytes: stored.bytes, mediaType: attachment.mediaType } }],
  });
  return { attachment, added: true };
}

/**
 * Attaches the file at `path` (absolute) to the testimony as `kind`, named `name` (or, when that
 * is empty, the file's own name, cleaned for display). Refuses a testimony the caller may not
 * read, a missing, empty or over-large file, or a folder, with a message a person can act on.
 */
export function attachFile(ctx: Ctx, a: { testimonyId: string; path: string; name: string; kind: AttachmentKind }): Attachment {
  return attachFileReporting(ctx, a).attachment;
}
