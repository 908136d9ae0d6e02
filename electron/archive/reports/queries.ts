import type { Database } from 'better-sqlite3';
import type { Report, ReportRow, ReportSection } from '../../../shared/model/reports';
import { notFound } from '../db/errors';
import { toReportRow, toSection, type ReportDbRow, type SectionDbRow } from './rows';

/** One report with its sections in order. */
export function getReport(db: Database, id: string): Report {
  const r = db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as ReportDbRow | undefined;
  if (!r) throw notFound('That report');
  return {
    id: r.id,
    title: r.title,
    subtitle: r.subtitle,
    authors: JSON.parse(r.authors) as string[],
    date: r.report_date,
    sections: sectionsOf(db, id),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export function sectionsOf(db: Database, reportId: string): ReportSection[] {
  return (db.prepare('SELECT * FROM report_sections WHERE report_id = ? ORDER BY position, id').all(reportId) as SectionDbRow[]).map(toSection);
}

/** reports.list: every report, the most recently changed first. */
export function listReports(db: Database): ReportRow[] {
  const rows = db
    .prepare('SELECT r.*, (SELECT count(*) FROM report_sections s WHERE s.report_id = r.id) AS section_count FROM reports r ORDER BY r.updated_at DESC, r.title, r.id')
    .all() as (ReportDbRow & { section_count: number })[];
  return rows.map(toReportRow);
}
