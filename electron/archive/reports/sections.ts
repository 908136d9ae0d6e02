import type { Report, ReportSection, SectionInput } from '../../../shared/model/reports';
import type { Change, Ctx } from '../context';
import { ArchiveError, notFound } from '../db/errors';
import { requireVersion } from '../records/links';
import { auditReport, touchReport } from './changes';
import { getReport, sectionsOf } from './queries';

/**
 * A report's sections: added after another, saved (title and Markdown, the body exactly as typed),
 * moved and deleted. Positions stay 0 … n−1 in the report's order.
 */

type SectionData = Required<SectionInput>;

function sectionOf(ctx: Ctx, reportId: string, sectionId: string): ReportSection {
  const section = sectionsOf(ctx.db, reportId).find((s) => s.id === sectionId);
  if (!section) throw notFound('That section');
  return section;
}

/** Writes positions 0 … n−1 in the order given. */
function renumber(ctx: Ctx, ids: readonly string[]): void {
  const set = ctx.db.prepare('UPDATE report_sections SET position = ? WHERE id = ?');
  ids.forEach((id, i) => set.run(i, id));
}

/** The first change of every section's audit record: which section it is. */
const which = (s: Pick<ReportSection, 'id' | 'title'> | null, t: Pick<ReportSection, 'id' | 'title'> | null): Change => ({
  field: 'section',
  old: s && { id: s.id, title: s.title },
  new: t && { id: t.id, title: t.title },
});

/** reports.addSection: a new section after `after` (null: at the end). */
export function addSection(ctx: Ctx, id: string, after: string | null, data: SectionData): Report {
  getReport(ctx.db, id);
  const order = sectionsOf(ctx.db, id).map((s) => s.id);
  const at = after === null ? order.length : order.indexOf(after) + 1;
  if (at === 0) throw new ArchiveError('not_found', 'The section to add after is no longer in this report. Reload the report and try again.', 'after');
  const sectionId = crypto.randomUUID();
  ctx.db.prepare('INSERT INTO report_sections (id, report_id, position, title, body, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(sectionId, id, order.length, data.title, data.body, ctx.now);
  renumber(ctx, [...order.slice(0, at), sectionId, ...order.slice(at)]);
  touchReport(ctx, id);
  const added = sectionOf(ctx, id, sectionId);
  auditReport(ctx, 'add-section', id, [which(null, added), { field: `sections.${sectionId}`, old: null, new: { title: added.title, body: added.body, position: added.position } }]);
  return getReport(ctx.db, id);
}

/** reports.saveSection: title and body, saved only over the version the person opened. */
export function saveSection(ctx: Ctx, id: string, sectionId: string, expectedVersion: number, data: SectionData): Report {
  const before = sectionOf(ctx, id, sectionId);
  requireVersion(before.version, expectedVersion, `The section “${before.title}”`);
  ctx.db.prepare('UPDATE report_sections SET title = ?, body = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(data.title, data.body, ctx.now, sectionId);
  touchReport(ctx, id);
  const changes: Change[] = [which(before, { id: sectionId, title: data.title })];
  if (before.title !== data.title) changes.push({ field: `sections.${sectionId}.title`, old: before.title, new: data.title });
  if (before.body !== data.body) changes.push({ field: `sections.${sectionId}.body`, old: before.body, new: data.body });
  auditReport(ctx, 'save-section', id, changes);
  return getReport(ctx.db, id);
}

/** reports.moveSection: the section to place `to` (0 is first; past the end is last). */
export function moveSection(ctx: Ctx, id: string, sectionId: string, to: number): Report {
  const before = sectionOf(ctx, id, sectionId);
  const others = sectionsOf(ctx.db, id)
    .map((s) => s.id)
    .filter((s) => s !== sectionId);
  const position = Math.min(to, others.length);
  renumber(ctx, [...others.slice(0, position), sectionId, ...others.slice(position)]);
  touchReport(ctx, id);
  auditReport(ctx, 'move-section', id, [which(before, before), { field: `sections.${sectionId}.position`, old: before.position, new: position }]);
  return getReport(ctx.db, id);
}

/** reports.removeSection: the section is deleted (the audit record keeps its words); the last one stays. */
export function removeSection(ctx: Ctx, id: string, sectionId: string): Report {
  const before = sectionOf(ctx, id, sectionId);
  const order = sectionsOf(ctx.db, id).map((s) => s.id);
  if (order.length === 1) throw new ArchiveError('conflict', 'A report needs at least one section. Write in this one, or delete the whole report.');
  ctx.db.prepare('DELETE FROM report_sections WHERE id = ?').run(sectionId);
  renumber(ctx, order.filter((s) => s !== sectionId));
  touchReport(ctx, id);
  auditReport(ctx, 'remove-section', id, [which(before, null), { field: `sections.${sectionId}`, old: { title: before.title, body: before.body, position: before.position }, new: null }]);
  return getReport(ctx.db, id);
}
