import type { Report, ReportData } from '../../../shared/model/reports';
import type { Ctx } from '../context';
import { diff } from '../audit/record';
import { requireVersion } from '../records/links';
import { auditReport } from './changes';
import { getReport } from './queries';

/** The title page as a person edits it: what the audit log compares. */
const titlePage = (r: Report): ReportData => ({ title: r.title, subtitle: r.subtitle, authors: r.authors, date: r.date });

/** The first section of a new report, so there is somewhere to write. */
export const FIRST_SECTION_TITLE = 'Introduction';

/** reports.create: a new report with one empty section. */
export function createReport(ctx: Ctx, data: ReportData): Report {
  const id = crypto.randomUUID();
  ctx.db
    .prepare('INSERT INTO reports (id, title, subtitle, authors, report_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, data.title, data.subtitle, JSON.stringify(data.authors), data.date, ctx.now, ctx.now);
  const sectionId = crypto.randomUUID();
  ctx.db.prepare("INSERT INTO report_sections (id, report_id, position, title, body, updated_at) VALUES (?, ?, 0, ?, '', ?)").run(sectionId, id, FIRST_SECTION_TITLE, ctx.now);
  const created = getReport(ctx.db, id);
  auditReport(ctx, 'create', id, [...diff(null, titlePage(created)), { field: 'sections', old: null, new: [{ id: sectionId, title: FIRST_SECTION_TITLE }] }]);
  return created;
}

/** reports.update: the title page, saved only over the version the person opened. */
export function updateReport(ctx: Ctx, id: string, expectedVersion: number, data: ReportData): Report {
  const before = getReport(ctx.db, id);
  requireVersion(before.version, expectedVersion, `The report “${before.title}”`);
  ctx.db
    .prepare('UPDATE reports SET title = ?, subtitle = ?, authors = ?, report_date = ?, updated_at = ?, version = version + 1 WHERE id = ?')
    .run(data.title, data.subtitle, JSON.stringify(data.authors), data.date, ctx.now, id);
  const after = getReport(ctx.db, id);
  auditReport(ctx, 'update', id, diff(titlePage(before), titlePage(after)));
  return after;
}

/** reports.remove: the report and its sections; the audit record keeps every word of them. */
export function removeReport(ctx: Ctx, id: string): { id: string } {
  const before = getReport(ctx.db, id);
  ctx.db.prepare('DELETE FROM report_sections WHERE report_id = ?').run(id);
  ctx.db.prepare('DELETE FROM reports WHERE id = ?').run(id);
  auditReport(ctx, 'remove', id, [
    ...diff<Record<string, unknown>>(titlePage(before), { title: null, subtitle: null, authors: null, date: null }),
    { field: 'sections', old: before.sections.map((s) => ({ id: s.id, title: s.title, body: s.body })), new: null },
  ]);
  return { id };
}
