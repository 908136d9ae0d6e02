import type { Recommendation, RecommendationData } from '../../../shared/model/findings';
import { diff } from '../audit/record';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { checkThemes, writeThemes } from '../findings/themeLinks';
import { todayOf } from '../markers/changes';
import { requireVersion } from '../records/links';
import { auditRecommendation, recommendationSearchText } from './changes';
import { closeGapAt, nextNumber } from './numbering';
import { getRecommendation } from './queries';
import { recordStatusEntry } from './status';

/** What a person wrote, as the audit log compares it. */
export const recommendationData = (r: Recommendation) => ({
  title: r.title,
  text: r.text,
  addressee: r.addressee,
  addresseeType: r.addresseeType,
  priority: r.priority,
  themeIds: r.themes.map((t) => t.id),
  findingIds: r.findings.map((f) => f.id),
});

/** Each finding exists, once: a bad link is a message on its field, not a constraint failure. */
function checkFindings(ctx: Ctx, findingIds: readonly string[]): void {
  const exists = ctx.db.prepare('SELECT 1 FROM findings WHERE id = ?');
  const seen = new Set<string>();
  findingIds.forEach((id, i) => {
    if (seen.has(id)) throw new ArchiveError('invalid_input', 'The same finding is listed twice.', `findingIds.${i}`);
    seen.add(id);
    if (!exists.get(id)) throw new ArchiveError('invalid_input', 'A chosen finding does not exist in this archive (it may have been deleted). Reload and choose again.', `findingIds.${i}`);
  });
}

function writeLinks(ctx: Ctx, id: string, themeIds: readonly string[], findingIds: readonly string[]): void {
  writeThemes(ctx.db, 'recommendation', id, themeIds);
  ctx.db.prepare('DELETE FROM recommendation_findings WHERE recommendation_id = ?').run(id);
  const insert = ctx.db.prepare('INSERT INTO recommendation_findings (recommendation_id, finding_id, position) VALUES (?, ?, ?)');
  findingIds.forEach((f, i) => insert.run(id, f, i));
}

function columns(number: number, d: RecommendationData) {
  return {
    title: d.title,
    body: d.text,
    addressee: d.addressee,
    addressee_type: d.addresseeType,
    priority: d.priority,
    search_text: recommendationSearchText(number, d.title, d.text, d.addressee),
  };
}

/**
 * recommendations.create: a new recommendation numbered after the last. Its history starts with
 * "not started" on `startedOn` (today unless given: the sample gives older days), assessed by
 * `assessedBy` or else the user, recorded by the user.
 */
export function createRecommendation(ctx: Ctx, data: RecommendationData, assessedBy: string, startedOn: string = todayOf(ctx)): Recommendation {
  if (startedOn > todayOf(ctx)) throw new ArchiveError('invalid_input', `A recommendation cannot start in the future (today is ${todayOf(ctx)}).`, 'startedOn');
  const themeIds = checkThemes(ctx.db, data.themeIds);
  checkFindings(ctx, data.findingIds);
  const id = crypto.randomUUID();
  const number = nextNumber(ctx);
  ctx.db
    .prepare(
      `INSERT INTO recommendations (id, number, title, body, addressee, addressee_type, priority, status, status_date, search_text, created_at, updated_at)
       VALUES (@id, @number, @title, @body, @addressee, @addressee_type, @priority, 'not_started', @day, @search_text, @now, @now)`,
    )
    .run({ ...columns(number, data), id, number, day: startedOn, now: ctx.now });
  writeLinks(ctx, id, themeIds, data.findingIds);
  const first = { status: 'not_started' as const, date: startedOn, note: '', source: '', assessedBy: assessedBy || ctx.session.user.name };
  const entryId = recordStatusEntry(ctx, id, first);
  const created = getRecommendation(ctx.db, id);
  auditRecommendation(ctx, 'create', id, [{ field: 'number', old: null, new: number }, ...diff(null, recommendationData(created)), { field: 'history', old: null, new: { id: entryId, ...first } }]);
  return created;
}

/** recommendations.update: the edited recommendation, saved only over the version the person opened. */
export function updateRecommendation(ctx: Ctx, id: string, expectedVersion: number, data: RecommendationData): Recommendation {
  const before = getRecommendation(ctx.db, id);
  requireVersion(before.version, expectedVersion, `Recommendation ${before.number}`);
  const themeIds = checkThemes(ctx.db, data.themeIds, before.themes);
  checkFindings(ctx, data.findingIds);
  const cols = columns(before.number, data);
  ctx.db
    .prepare(
      `UPDATE recommendations SET title = @title, body = @body, addressee = @addressee, addressee_type = @addressee_type, priority = @priority,
       search_text = @search_text, updated_at = @now, version = version + 1 WHERE id = @id`,
    )
    .run({ ...cols, id, now: ctx.now });
  writeLinks(ctx, id, themeIds, data.findingIds);
  const after = getRecommendation(ctx.db, id);
  auditRecommendation(ctx, 'update', id, diff(recommendationData(before), recommendationData(after)));
  return after;
}

/** recommendations.remove: the recommendation, its links and its history go (the audit record keeps them); those after it move up one. */
export function removeRecommendation(ctx: Ctx, id: string): { id: string } {
  const before = getRecommendation(ctx.db, id);
  for (const table of ['recommendation_themes', 'recommendation_findings', 'recommendation_status_events'] as const) {
    ctx.db.prepare(`DELETE FROM ${table} WHERE recommendation_id = ?`).run(id);
  }
  ctx.db.prepare('DELETE FROM recommendations WHERE id = ?').run(id);
  const said = { number: before.number, ...recommendationData(before), status: before.status, statusDate: before.statusDate, history: before.history };
  auditRecommendation(
    ctx,
    'remove',
    id,
    Object.entries(said).map(([field, old]) => ({ field, old, new: null })),
  );
  closeGapAt(ctx, before.number);
  return { id };
}
