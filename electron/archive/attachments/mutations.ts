import type { Attachment, AttachmentKind } from '../../../shared/model/attachments';
import type { Ctx } from '../context';
import { attachmentDisplayName } from './names';
import { attachmentRow, requireAttachment } from './queries';

/**
 * Renaming, re-kinding and taking off an attachment. Each is audited on the testimony, with the
 * attachment as it was and as it is (its id, name, kind and SHA-256), so the testimony's history
 * reads as one account of its files. Taking a file off removes the link only: the stored file stays
 * (another testimony, a backup or the audit trail may name it), and the reason is recorded.
 */

const described = (a: Attachment) => ({ id: a.id, name: a.name, kind: a.kind, sha256: a.sha256 });

/** attachments.update */
export function updateAttachment(ctx: Ctx, id: string, change: { name: string; kind: AttachmentKind }): Attachment {
  const before = requireAttachment(ctx.db, ctx.session.user.role, id);
  const name = attachmentDisplayName(change.name, before.name); // cleaned as a new attachment's name is
  ctx.db.prepare('UPDATE testimony_files SET name = ?, kind = ? WHERE id = ?').run(name, change.kind, id);
  const after = attachmentRow(ctx.db, id);
  if (!after) throw new Error('the attachment just updated is not there');
  // Asked to change nothing: still one audit entry (every write is audited), with no changes.
  const same = before.name === after.name && before.kind === after.kind;
  ctx.audit({ action: 'update-attachment', entityType: 'testimony', entityId: before.testimonyId, changes: same ? [] : [{ field: 'attachments', old: described(before), new: described(after) }] });
  return after;
}

/** attachments.remove */
export function removeAttachment(ctx: Ctx, id: string, reason: string): { removed: true } {
  const before = requireAttachment(ctx.db, ctx.session.user.role, id);
  ctx.db.prepare('DELETE FROM testimony_files WHERE id = ?').run(id);
  ctx.audit({
    action: 'detach',
    entityType: 'testimony',
    entityId: before.testimonyId,
    changes: [
      { field: 'attachments', old: described(before), new: null },
      { field: 'reason', old: null, new: reason },
    ],
  });
  return { removed: true };
}
