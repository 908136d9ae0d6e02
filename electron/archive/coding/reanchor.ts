import type { Ctx } from '../context';
import { reanchor, type Span } from './anchors';

/**
 * After a transcript edit (or a summary edit, for the summary's redactions), moves every anchored
 * span of that text (coded passages, segments, redactions) to where its text now stands, flags
 * those whose text was changed or deleted, bumps their versions and audits one 'reanchor' event for each span whose place or review changed.
 * Call it inside the caller's reindexAround, in the same transaction as the edit.
 */
export function reanchorAfterEdit(ctx: Ctx, testimonyId: string, oldText: string, newText: string, field: 'transcript' | 'summary' = 'transcript'): number {
  if (oldText === newText) return 0;
  // Each text has its own spans: redactions of the summary follow edits of the summary only.
  const spans = ctx.db.prepare('SELECT id, start, end, quote, review FROM passages WHERE testimony_id = ? AND field = ? ORDER BY start, id').all(testimonyId, field) as Span[];
  if (spans.length === 0) return 0;
  const moved = reanchor(oldText, newText, spans);
  const save = ctx.db.prepare('UPDATE passages SET start = @start, end = @end, quote = @quote, review = @review, updated_at = @now, version = version + 1 WHERE id = @id');
  let changed = 0;
  spans.forEach((before, i) => {
    const after = moved[i] as Span;
    const fields = (['start', 'end', 'quote', 'review'] as const).filter((f) => before[f] !== after[f]);
    if (fields.length === 0) return;
    save.run({ ...after, now: ctx.now });
    changed += 1;
    ctx.audit({ action: 'reanchor', entityType: 'passage', entityId: before.id, changes: fields.map((f) => ({ field: f, old: before[f], new: after[f] })) });
  });
  return changed;
}
