import type { Passage } from '../../../shared/model/themes';
import type { Ctx } from '../context';
import { diff } from '../audit/record';
import { ArchiveError } from '../db/errors';
import { getPassage, passageRow } from './passages';
import { requireCodable } from './checks';
import { AUDIT_IGNORE, auditView, changingCoding, editable } from './passageWrites';

/** Accepts a re-anchored passage or segment as it now stands. */
export function confirmPassage(ctx: Ctx, id: string, expectedVersion: number): Passage {
  const { before } = editable(ctx, id, null, expectedVersion);
  if (before.review === '') throw new ArchiveError('conflict', 'There is nothing to review here: it was not changed by an edit of the transcript.');
  if (before.review === 'deleted') {
    throw new ArchiveError('invalid_input', `Its text was deleted from the transcript (it read “${before.quote.slice(0, 80)}”). Place it on other text, or remove it.`);
  }
  ctx.db.prepare("UPDATE passages SET review = '', updated_at = ?, version = version + 1 WHERE id = ?").run(ctx.now, id);
  const after = getPassage(ctx.db, id);
  ctx.audit({ action: 'confirm', entityType: 'passage', entityId: id, changes: diff(auditView(before), auditView(after), AUDIT_IGNORE) });
  return after;
}

/** Removes a coded passage or a segment; the audit keeps what it was (quote, themes, note, …). */
export function removePassage(ctx: Ctx, id: string): { id: string } {
  const row = passageRow(ctx.db, id);
  requireCodable(ctx.db, row.testimony_id);
  const before = auditView(getPassage(ctx.db, id));
  changingCoding(ctx, row.testimony_id, () => {
    ctx.db.prepare('DELETE FROM passage_themes WHERE passage_id = ?').run(id);
    ctx.db.prepare('DELETE FROM passages WHERE id = ?').run(id);
  });
  const changes = Object.entries(before)
    .filter(([field, value]) => !AUDIT_IGNORE.includes(field) && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0))
    .map(([field, value]) => ({ field, old: value, new: null }));
  ctx.audit({ action: 'remove', entityType: 'passage', entityId: id, changes });
  return { id };
}
