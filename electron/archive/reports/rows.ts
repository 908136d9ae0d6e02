import type { ReportRow, ReportSection } from '../../../shared/model/reports';

/** The rows SQLite gives back for reports, and their shapes in the contract. */

export interface ReportDbRow {
  id: string;
  title: string;
  subtitle: string;
  authors: string;
  report_date: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface SectionDbRow {
  id: string;
  report_id: string;
  position: number;
  title: string;
  body: string;
  updated_at: string;
  version: number;
}

export const toSection = (r: SectionDbRow): ReportSection => ({
  id: r.id,
  title: r.title,
  body: r.body,
  position: r.position,
  updatedAt: r.updated_at,
  version: r.version,
});

export const toReportRow = (r: ReportDbRow & { section_count: number }): ReportRow => ({
  id: r.id,
  title: r.title,
  subtitle: r.subtitle,
  date: r.report_date,
  sectionCount: r.section_count,
  updatedAt: r.updated_at,
});
