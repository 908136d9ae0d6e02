import type { Change, Ctx } from '../context';

/**
 * Bookkeeping every finding write shares: the record's version and time move on whenever anything
 * about it changes (its evidence too), so a form opened before is stale, and the change goes into
 * the audit log in the caller's transaction.
 */
export function touchFinding(ctx: Ctx, id: string): void {
  ctx.db.prepare('UPDATE findings SET updated_at = ?, version = version + 1 WHERE id = ?').run(ctx.now, id);
}

export function auditFinding(ctx: Ctx, action: string, id: string, changes: Change[]): void {
  ctx.audit({ action, entityType: 'finding', entityId: id, changes });
}
