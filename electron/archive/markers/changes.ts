import type { Change, Ctx } from '../context';

/**
 * Bookkeeping every marker write shares: the record's version and time move on whenever anything
 * about it changes (its inscription, status or photos too), so a form opened before is stale, and
 * the change goes into the audit log in the caller's transaction.
 */
export function touchMarker(ctx: Ctx, id: string): void {
  ctx.db.prepare('UPDATE markers SET updated_at = ?, version = version + 1 WHERE id = ?').run(ctx.now, id);
}

export function auditMarker(ctx: Ctx, action: string, id: string, changes: Change[]): void {
  ctx.audit({ action, entityType: 'marker', entityId: id, changes });
}

/** Today's date where the call is made (UTC, as the publish policy counts days). */
export const todayOf = (ctx: Ctx): string => ctx.now.slice(0, 10);
