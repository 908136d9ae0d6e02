import type { Change, Ctx } from '../context';

/**
 * Bookkeeping every report write shares. The report's version guards its title page (title,
 * subtitle, authors, date) and moves on only when that changes; each section has its own version,
 * so two people can write two chapters at once. Any change moves the report's time on (the list
 * shows the most recently changed first). Every change goes into the audit log on the report;
 * a section's change names the section (its id and title) in a first change called `section`.
 */
export function touchReport(ctx: Ctx, id: string): void {
  ctx.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(ctx.now, id);
}

export function auditReport(ctx: Ctx, action: string, id: string, changes: Change[]): void {
  ctx.audit({ action, entityType: 'report', entityId: id, changes });
}
