import type { Finding, FindingData } from '../../../shared/model/findings';
import { refSortKey } from '../../../shared/model/refCode';
import { foldText } from '../../../shared/model/text';
import { diff } from '../audit/record';
import type { Ctx } from '../context';
import { requireVersion } from '../records/links';
import { auditRecommendation, touchRecommendation } from '../recommendations/changes';
import { auditFinding } from './changes';
import { getFinding } from './queries';
import { nextFindingRef, requireFreeFindingRef } from './refs';
import { checkThemes, writeThemes } from './themeLinks';

/** What a person wrote, as the audit log compares it. */
export const findingData = (f: Finding) => ({ ref: f.ref, title: f.title, text: f.text, themeIds: f.themes.map((t) => t.id) });

function columns(ref: string, d: FindingData) {
  return { ref, ref_sort: refSortKey(ref), title: d.title, body: d.text, search_text: foldText([ref, d.title, d.text].join(' \u0001 ')) };
}

/** findings.create: a new finding, numbered F-… unless a code is given; no evidence yet. */
export function createFinding(ctx: Ctx, data: FindingData): Finding {
  const themeIds = checkThemes(ctx.db, data.themeIds);
  const ref = data.ref || nextFindingRef(ctx.db);
  requireFreeFindingRef(ctx.db, ref, null);
  const id = crypto.randomUUID();
  ctx.db
    .prepare('INSERT INTO findings (id, ref, ref_sort, title, body, search_text, created_at, updated_at) VALUES (@id, @ref, @ref_sort, @title, @body, @search_text, @now, @now)')
    .run({ ...columns(ref, data), id, now: ctx.now });
  writeThemes(ctx.db, 'finding', id, themeIds);
  const created = getFinding(ctx.db, id);
  auditFinding(ctx, 'create', id, diff(null, findingData(created)));
  return created;
}

/** findings.update: the edited finding, saved only over the version the person opened. An empty code keeps the current one. */
export function updateFinding(ctx: Ctx, id: string, expectedVersion: number, data: FindingData): Finding {
  const before = getFinding(ctx.db, id);
  requireVersion(before.version, expectedVersion, `Finding ${before.ref}`);
  const themeIds = checkThemes(ctx.db, data.themeIds, before.themes);
  const ref = data.ref || before.ref;
  requireFreeFindingRef(ctx.db, ref, id);
  ctx.db
    .prepare('UPDATE findings SET ref = @ref, ref_sort = @ref_sort, title = @title, body = @body, search_text = @search_text, updated_at = @now, version = version + 1 WHERE id = @id')
    .run({ ...columns(ref, data), id, now: ctx.now });
  writeThemes(ctx.db, 'finding', id, themeIds);
  const after = getFinding(ctx.db, id);
  auditFinding(ctx, 'update', id, diff(findingData(before), findingData(after)));
  return after;
}

/**
 * findings.remove: the finding, its evidence, its themes and its place among the findings of
 * recommendations go. The audit record keeps everything it said and cited, so its history still
 * shows it; each recommendation that rested on it records that it no longer does.
 */
export function removeFinding(ctx: Ctx, id: string): { id: string } {
  const before = getFinding(ctx.db, id);
  for (const r of before.recommendations) {
    const findingIds = ctx.db.prepare('SELECT finding_id FROM recommendation_findings WHERE recommendation_id = ? ORDER BY position').pluck().all(r.id) as string[];
    ctx.db.prepare('DELETE FROM recommendation_findings WHERE recommendation_id = ? AND finding_id = ?').run(r.id, id);
    touchRecommendation(ctx, r.id);
    auditRecommendation(ctx, 'finding-removed', r.id, [{ field: 'findingIds', old: findingIds, new: findingIds.filter((f) => f !== id) }]);
  }
  ctx.db.prepare('DELETE FROM finding_citations WHERE finding_id = ?').run(id);
  ctx.db.prepare('DELETE FROM finding_themes WHERE finding_id = ?').run(id);
  ctx.db.prepare('DELETE FROM findings WHERE id = ?').run(id);
  const said = {
    ...findingData(before),
    citations: before.citations.map((c) => ({ id: c.id, testimonyId: c.testimonyId, testimonyRef: c.testimonyRef, start: c.start, end: c.end, quote: c.quote, note: c.note })),
    recommendationIds: before.recommendations.map((r) => r.id),
  };
  auditFinding(
    ctx,
    'remove',
    id,
    Object.entries(said).map(([field, old]) => ({ field, old, new: null })),
  );
  return { id };
}
