import type { Database } from 'better-sqlite3';
import type { Passage, PassageKind, SegmentData, TextRange } from '../../../shared/model/themes';
import type { Ctx } from '../context';
import { diff, DERIVED_FIELDS } from '../audit/record';
import { ArchiveError } from '../db/errors';
import { requireVersion } from '../records/links';
import { reindexAround } from '../search/indexer';
import { requireCodable, requireUsableThemes, type CodableTestimony } from './checks';
import { refreshThemeFacts } from './facts';
import { getPassage, passageRow } from './passages';
import { checkRange } from './ranges';

/** Creating and editing coded passages and segments: checked, indexed, counted and audited. */

export interface SpanFields {
  note: string;
  title: string;
  synopsis: string;
  keywords: string[];
  timeStart: number | null;
  timeEnd: number | null;
  themeIds: string[];
}

export const codeFields = (d: { themeIds: string[]; note: string }): SpanFields => ({ note: d.note, title: '', synopsis: '', keywords: [], timeStart: null, timeEnd: null, themeIds: d.themeIds });
export const segmentFields = (d: SegmentData): SpanFields => ({ note: '', ...d });

/** A passage as the audit log keeps it: its themes by label, without bookkeeping. */
export function auditView(p: Passage) {
  return { ...p, themes: p.themes.map((t) => t.label) };
}
export const AUDIT_IGNORE: readonly string[] = [...DERIVED_FIELDS, 'createdBy'];

const columns = (f: SpanFields) => ({ note: f.note, title: f.title, synopsis: f.synopsis, keywords: JSON.stringify(f.keywords), time_start: f.timeStart, time_end: f.timeEnd });

function setThemes(db: Database, passageId: string, themeIds: readonly string[]): void {
  db.prepare('DELETE FROM passage_themes WHERE passage_id = ?').run(passageId);
  const add = db.prepare('INSERT INTO passage_themes (passage_id, theme_id) VALUES (?, ?)');
  for (const th of new Set(themeIds)) add.run(passageId, th);
}

/** The testimony whose coding a call is changing in one batch (see codingBatch). */
const batches = new WeakMap<Ctx, string>();

/** Runs a change to a testimony's passages with its search entry renewed and its theme facts refreshed. */
export function changingCoding<T>(ctx: Ctx, testimonyId: string, change: () => T): T {
  if (batches.get(ctx) === testimonyId) return change();
  const result = reindexAround(ctx.db, { testimonyIds: [testimonyId] }, change);
  refreshThemeFacts(ctx.db, [testimonyId]);
  return result;
}

/** Many coding changes to one testimony with its search entry renewed once, at the end (the
 * sample loader's dozens of passages would otherwise re-index a long transcript each time). */
export function codingBatch<T>(ctx: Ctx, testimonyId: string, changes: () => T): T {
  return changingCoding(ctx, testimonyId, () => {
    batches.set(ctx, testimonyId);
    try {
      return changes();
    } finally {
      batches.delete(ctx);
    }
  });
}

export function createPassage(ctx: Ctx, t: CodableTestimony, kind: PassageKind, range: TextRange, fields: SpanFields): Passage {
  checkRange(ctx.db, t.id, t.transcript, range, kind);
  const themes = requireUsableThemes(ctx.db, fields.themeIds);
  if (kind === 'code' && themes.length === 0) throw new ArchiveError('invalid_input', 'Choose at least one theme', 'themeIds');
  const id = crypto.randomUUID();
  changingCoding(ctx, t.id, () => {
    ctx.db
      .prepare(
        `INSERT INTO passages (id, testimony_id, kind, start, end, quote, note, title, synopsis, keywords, time_start, time_end, created_by, created_at, updated_at)
         VALUES (@id, @testimony_id, @kind, @start, @end, @quote, @note, @title, @synopsis, @keywords, @time_start, @time_end, @created_by, @now, @now)`,
      )
      .run({ id, testimony_id: t.id, kind, start: range.start, end: range.end, quote: range.quote, ...columns(fields), created_by: ctx.session.user.name, now: ctx.now });
    setThemes(ctx.db, id, fields.themeIds);
  });
  const created = getPassage(ctx.db, id);
  ctx.audit({ action: 'create', entityType: 'passage', entityId: id, changes: diff(null, auditView(created), AUDIT_IGNORE) });
  return created;
}

const what = (p: Passage) => (p.kind === 'code' ? 'This coded passage' : `Segment “${p.title}”`);

/** The passage, checked to be of the kind expected, unchanged since it was read, and in a codable testimony. */
export function editable(ctx: Ctx, id: string, kind: PassageKind | null, expectedVersion: number): { before: Passage; testimony: CodableTestimony } {
  const row = passageRow(ctx.db, id);
  if (kind && row.kind !== kind) throw new ArchiveError('invalid_input', kind === 'code' ? 'That is a segment, not a coded passage: edit it as a segment.' : 'That is a coded passage, not a segment: edit it as a coded passage.');
  const before = getPassage(ctx.db, id);
  requireVersion(before.version, expectedVersion, what(before));
  return { before, testimony: requireCodable(ctx.db, row.testimony_id) };
}

export function editPassage(ctx: Ctx, id: string, kind: PassageKind, expectedVersion: number, fields: SpanFields, range: TextRange | null): Passage {
  const { before, testimony } = editable(ctx, id, kind, expectedVersion);
  if (range) checkRange(ctx.db, testimony.id, testimony.transcript, range, kind, id);
  // Themes it already carries may stay even if retired since; newly added ones must be usable.
  requireUsableThemes(
    ctx.db,
    fields.themeIds.filter((th) => !before.themes.some((b) => b.id === th)),
  );
  const place = range ? { start: range.start, end: range.end, quote: range.quote, review: '' } : { start: before.start, end: before.end, quote: before.quote, review: before.review };
  changingCoding(ctx, testimony.id, () => {
    ctx.db
      .prepare(
        `UPDATE passages SET start = @start, end = @end, quote = @quote, review = @review, note = @note, title = @title, synopsis = @synopsis,
         keywords = @keywords, time_start = @time_start, time_end = @time_end, updated_at = @now, version = version + 1 WHERE id = @id`,
      )
      .run({ id, ...place, ...columns(fields), now: ctx.now });
    setThemes(ctx.db, id, fields.themeIds);
  });
  const after = getPassage(ctx.db, id);
  ctx.audit({ action: 'update', entityType: 'passage', entityId: id, changes: diff(auditView(before), auditView(after), AUDIT_IGNORE) });
  return after;
}
