import type { Redaction, RedactableField } from '../../../shared/api/redactions';
import { isGraphemeBoundary } from '../../../shared/model/graphemes';
import type { TextRange } from '../../../shared/model/themes';
import { requireReadable } from '../access/readable';
import { diff, DERIVED_FIELDS } from '../audit/record';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { requireVersion } from '../records/links';
import { getRedaction } from './queries';

/**
 * Writing redactions. They change no search entry and no theme count (public outputs apply them
 * as they read), so a write is the row and its audit record. The audit keeps what a redaction
 * covered and why, also after it is removed: the history is not a public output.
 */

const AUDIT_IGNORE: readonly string[] = [...DERIVED_FIELDS, 'createdBy', 'testimonyId'];
const FIELD_NAME: Record<RedactableField, string> = { transcript: 'transcript', summary: 'summary' };

/** The text a redaction is anchored in, as it stands now. */
function fieldText(ctx: Ctx, testimonyId: string, field: RedactableField): string {
  const row = ctx.db
    .prepare("SELECT t.summary, coalesce(x.transcript, '') AS transcript FROM testimonies t LEFT JOIN testimony_texts x ON x.testimony_id = t.id WHERE t.id = ?")
    .get(testimonyId) as { summary: string; transcript: string };
  return field === 'summary' ? row.summary : row.transcript;
}

function checkRange(text: string, field: RedactableField, range: TextRange): void {
  if (text.slice(range.start, range.end) !== range.quote) {
    throw new ArchiveError('conflict', `The ${FIELD_NAME[field]} has changed since it was opened, so the selected words are no longer there. Reload the testimony and select them again.`, 'range');
  }
  if (!isGraphemeBoundary(text, range.start) || !isGraphemeBoundary(text, range.end)) {
    throw new ArchiveError('invalid_input', 'The selection starts or ends in the middle of a character (a letter and its accents, or an emoji). Select whole characters.', 'range');
  }
}

/** The redaction, after checking the caller may read its testimony (else it is "not available"). */
function readableRedaction(ctx: Ctx, id: string): Redaction {
  const r = getRedaction(ctx.db, id);
  requireReadable(ctx.db, ctx.session.user.role, r.testimonyId);
  return r;
}

export function addRedaction(ctx: Ctx, testimonyId: string, field: RedactableField, range: TextRange, reason: string): Redaction {
  requireReadable(ctx.db, ctx.session.user.role, testimonyId);
  checkRange(fieldText(ctx, testimonyId, field), field, range);
  const id = crypto.randomUUID();
  ctx.db
    .prepare(
      `INSERT INTO passages (id, testimony_id, kind, field, start, end, quote, note, created_by, created_at, updated_at)
       VALUES (@id, @testimonyId, 'redaction', @field, @start, @end, @quote, @reason, @by, @now, @now)`,
    )
    .run({ id, testimonyId, field, start: range.start, end: range.end, quote: range.quote, reason, by: ctx.session.user.name, now: ctx.now });
  const created = getRedaction(ctx.db, id);
  ctx.audit({ action: 'redact', entityType: 'passage', entityId: id, changes: diff(null, created, AUDIT_IGNORE) });
  return created;
}

export function updateReason(ctx: Ctx, id: string, expectedVersion: number, reason: string): Redaction {
  const before = readableRedaction(ctx, id);
  requireVersion(before.version, expectedVersion, 'This redaction');
  ctx.db.prepare('UPDATE passages SET note = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(reason, ctx.now, id);
  const after = getRedaction(ctx.db, id);
  ctx.audit({ action: 'update', entityType: 'passage', entityId: id, changes: diff(before, after, AUDIT_IGNORE) });
  return after;
}

/**
 * Accepts a redaction an edit moved, as it now stands. One whose words were deleted cannot be
 * accepted: the words may have moved elsewhere in the text, so a person redacts them where they
 * are now (or confirms they are gone) and removes it.
 */
export function confirmRedaction(ctx: Ctx, id: string, expectedVersion: number): Redaction {
  const before = readableRedaction(ctx, id);
  requireVersion(before.version, expectedVersion, 'This redaction');
  if (before.review === '') throw new ArchiveError('conflict', 'There is nothing to review here: the words of this redaction were not changed by an edit.');
  if (before.review === 'deleted') {
    throw new ArchiveError(
      'invalid_input',
      `The words of this redaction (“${before.quote.slice(0, 80)}”) were deleted from the ${FIELD_NAME[before.field]}. If they now stand elsewhere, redact them there; then remove this redaction.`,
    );
  }
  ctx.db.prepare("UPDATE passages SET review = '', updated_at = ?, version = version + 1 WHERE id = ?").run(ctx.now, id);
  const after = getRedaction(ctx.db, id);
  ctx.audit({ action: 'confirm', entityType: 'passage', entityId: id, changes: diff(before, after, AUDIT_IGNORE) });
  return after;
}

/** Removes a redaction; the audit keeps where it was, the words it covered and the reason. */
export function removeRedaction(ctx: Ctx, id: string): { id: string } {
  const before = readableRedaction(ctx, id);
  ctx.db.prepare("DELETE FROM passages WHERE id = ? AND kind = 'redaction'").run(id);
  const kept = { kind: 'redaction', field: before.field, start: before.start, end: before.end, quote: before.quote, reason: before.reason, review: before.review, createdBy: before.createdBy };
  ctx.audit({
    action: 'remove',
    entityType: 'passage',
    entityId: id,
    changes: Object.entries(kept)
      .filter(([, value]) => value !== '')
      .map(([field, value]) => ({ field, old: value, new: null })),
  });
  return { id };
}
