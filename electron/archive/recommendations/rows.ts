import type { AddresseeType, Priority, RecommendationRow, RecommendationStatus, StatusEntry } from '../../../shared/model/findings';
import type { ThemeRef } from '../../../shared/model/themes';

/** The rows SQLite gives back, and their shapes in the contract. */

export interface RecommendationDbRow {
  id: string;
  number: number;
  title: string;
  body: string;
  addressee: string;
  addressee_type: AddresseeType;
  priority: Priority;
  status: RecommendationStatus;
  status_date: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface StatusEntryDbRow {
  id: string;
  status: RecommendationStatus;
  date: string;
  note: string;
  source: string;
  assessed_by: string;
  recorded_by: string;
  recorded_at: string;
}

export const toStatusEntry = (r: StatusEntryDbRow): StatusEntry => ({
  id: r.id,
  status: r.status,
  date: r.date,
  note: r.note,
  source: r.source,
  assessedBy: r.assessed_by,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

export const toRecommendationRow = (r: RecommendationDbRow & { finding_count: number }, themes: ThemeRef[]): RecommendationRow => ({
  id: r.id,
  number: r.number,
  title: r.title,
  addressee: r.addressee,
  addresseeType: r.addressee_type,
  priority: r.priority,
  themes,
  status: r.status,
  statusDate: r.status_date,
  findingCount: r.finding_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});
