import { foldText } from '../../../shared/model/text';
import type { Change, Ctx } from '../context';

/**
 * Bookkeeping every recommendation write shares: the record's version and time move on whenever
 * its content, links or history change, so a form opened before is stale, and the change goes
 * into the audit log in the caller's transaction.
 */
export function touchRecommendation(ctx: Ctx, id: string): void {
  ctx.db.prepare('UPDATE recommendations SET updated_at = ?, version = version + 1 WHERE id = ?').run(ctx.now, id);
}

export function auditRecommendation(ctx: Ctx, action: string, id: string, changes: Change[]): void {
  ctx.audit({ action, entityType: 'recommendation', entityId: id, changes });
}

/** The tracker's text filter matches the folded number, title, text and addressee. */
export function recommendationSearchText(number: number, title: string, text: string, addressee: string): string {
  return foldText([String(number), title, text, addressee].join(' \u0001 '));
}
