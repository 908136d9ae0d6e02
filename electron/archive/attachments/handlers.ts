import type { HandlersOf } from '../handlers';
import { attachFileReporting } from './attach';
import { removeAttachment, updateAttachment } from './mutations';
import { listAttachments } from './queries';

/** A testimony's attached files: recordings, transcripts as filed, scans, consent forms, photos. */
export const attachmentHandlers: HandlersOf<'attachments.list' | 'attachments.add' | 'attachments.update' | 'attachments.remove'> = {
  'attachments.list': (ctx, i) => listAttachments(ctx.db, ctx.session.user.role, i.testimonyId),
  'attachments.add': (ctx, i) => {
    const { attachment, added } = attachFileReporting(ctx, i);
    // The testimony had this content already: nothing changed, but every write is audited, so the
    // request is recorded with no changes (as accounts do for an update that changes nothing).
    if (!added) ctx.audit({ action: 'attach-again', entityType: 'testimony', entityId: i.testimonyId, changes: [] });
    return attachment;
  },
  'attachments.update': (ctx, i) => updateAttachment(ctx, i.id, i),
  'attachments.remove': (ctx, i) => removeAttachment(ctx, i.id, i.reason),
};
