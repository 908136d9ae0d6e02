import type { Database } from 'better-sqlite3';
import type { Attachment, AttachmentKind } from '../../../shared/model/attachments';
import type { Role } from '../../../shared/model/enums';
import { isReadable, readableWhere, readParams, requireReadable } from '../access/readable';
import { notFound } from '../db/errors';

/**
 * Reading a testimony's attachments. They follow the testimony's access (who may not read the
 * testimony gets the same answer as testimonies.get gives), and consent forms, which hold a
 * narrator's personal details, are for staff only: a researcher never sees one listed, served or
 * named in a history.
 */

/** Whether a role may see consent forms (staff may; researchers may not). */
export function seesConsentForms(role: Role): boolean {
  return role !== 'researcher';
}

const COLUMNS = `tf.id, tf.testimony_id AS testimonyId, tf.sha256, tf.name, tf.kind, f.media_type AS mediaType, f.bytes,
  tf.added_by AS addedBy, tf.added_at AS addedAt`;

/** The attachment with this id, whatever the caller may read (for writes, after their checks). */
export function attachmentRow(db: Database, id: string): Attachment | null {
  return (db.prepare(`SELECT ${COLUMNS} FROM testimony_files tf JOIN files f ON f.sha256 = tf.sha256 WHERE tf.id = ?`).get(id) as Attachment | undefined) ?? null;
}

/** The testimony's attachment of this content, if it has one. */
export function attachmentOfContent(db: Database, testimonyId: string, sha256: string): Attachment | null {
  return (
    (db.prepare(`SELECT ${COLUMNS} FROM testimony_files tf JOIN files f ON f.sha256 = tf.sha256 WHERE tf.testimony_id = ? AND tf.sha256 = ?`).get(testimonyId, sha256) as
      | Attachment
      | undefined) ?? null
  );
}

/**
 * The attachment with this id for a caller about to change it: one of a testimony they may not
 * read, or a consent form they may not see, is answered as if it did not exist.
 */
export function requireAttachment(db: Database, role: Role, id: string): Attachment {
  const row = attachmentRow(db, id);
  if (!row || !isReadable(db, role, row.testimonyId) || (row.kind === 'consent_form' && !seesConsentForms(role))) throw notFound('That attachment');
  return row;
}

/** attachments.list: the testimony's files in their order, as the caller may see them. */
export function listAttachments(db: Database, role: Role, testimonyId: string): Attachment[] {
  requireReadable(db, role, testimonyId);
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM testimony_files tf JOIN files f ON f.sha256 = tf.sha256 WHERE tf.testimony_id = ? ORDER BY tf.position, tf.added_at, tf.id`)
    .all(testimonyId) as Attachment[];
  return seesConsentForms(role) ? rows : rows.filter((r) => r.kind !== 'consent_form');
}

/**
 * What a page may fetch of a stored file by its address (archive/served.ts), for this role:
 *  - 'photo': a marker's photo (markers are for every reader);
 *  - an attachment the role may see: its name and kind (the first, in the testimony order);
 *  - 'hidden': the file is used only where the role may not look, or by nothing at all.
 */
export function storedFileUse(db: Database, role: Role, sha256: string): 'photo' | 'hidden' | { name: string; kind: AttachmentKind } {
  if (db.prepare('SELECT 1 FROM marker_photos WHERE sha256 = ?').get(sha256)) return 'photo';
  const consent = seesConsentForms(role) ? '' : "AND tf.kind <> 'consent_form'";
  const seen = db
    .prepare(
      `SELECT tf.name, tf.kind FROM testimony_files tf JOIN testimonies t ON t.id = tf.testimony_id
        WHERE tf.sha256 = @sha256 ${consent} AND ${readableWhere('t', role)} ORDER BY t.ref_sort, tf.position LIMIT 1`,
    )
    .get({ sha256, ...readParams() }) as { name: string; kind: AttachmentKind } | undefined;
  return seen ?? 'hidden';
}
