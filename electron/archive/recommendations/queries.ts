import type { Database } from 'better-sqlite3';
import type { Recommendation, RecommendationFilter, RecommendationRow, TrackerCounts } from '../../../shared/model/findings';
import { notFound } from '../db/errors';
import { sql } from '../db/sql';
import { themesOf } from '../findings/themeLinks';
import { trackerCounts } from './counts';
import { condition } from './filter';
import { toRecommendationRow, toStatusEntry, type RecommendationDbRow, type StatusEntryDbRow } from './rows';

/** The implementation history, oldest first: by the day assessed, then in the order recorded (an entry may be recorded late). */
export const HISTORY_ORDER = 'ORDER BY date, seq';

/** One recommendation with its themes, the findings it rests on and its history. */
export function getRecommendation(db: Database, id: string): Recommendation {
  const r = db.prepare('SELECT * FROM recommendations WHERE id = ?').get(id) as RecommendationDbRow | undefined;
  if (!r) throw notFound('That recommendation');
  const findings = db
    .prepare('SELECT f.id, f.ref, f.title FROM recommendation_findings rf JOIN findings f ON f.id = rf.finding_id WHERE rf.recommendation_id = ? ORDER BY rf.position')
    .all(id) as { id: string; ref: string; title: string }[];
  const history = (db.prepare(`SELECT * FROM recommendation_status_events WHERE recommendation_id = ? ${HISTORY_ORDER}`).all(id) as StatusEntryDbRow[]).map(toStatusEntry);
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    text: r.body,
    addressee: r.addressee,
    addresseeType: r.addressee_type,
    priority: r.priority,
    themes: themesOf(db, 'recommendation', id),
    findings,
    status: r.status,
    statusDate: r.status_date,
    history,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

const ROW_SELECT = 'SELECT r.*, (SELECT count(*) FROM recommendation_findings rf WHERE rf.recommendation_id = r.id) AS finding_count FROM recommendations r';

/** recommendations.list: one page of the tracker in number order, how many the filter keeps, and its counts. */
export function listRecommendations(
  db: Database,
  input: RecommendationFilter & { offset: number; limit: number },
): { total: number; items: RecommendationRow[]; counts: TrackerCounts } {
  const where = condition(input);
  const page = sql`${where} ORDER BY r.number LIMIT ${input.limit} OFFSET ${input.offset}`;
  const rows = db.prepare(`${ROW_SELECT} WHERE ${page.text}`).all(...page.params) as (RecommendationDbRow & { finding_count: number })[];
  const counts = trackerCounts(db, input);
  return { total: counts.total, items: rows.map((r) => toRecommendationRow(r, themesOf(db, 'recommendation', r.id))), counts };
}

/** Every recommendation the filter keeps, in number order (the status report prints them all). */
export function recommendationIdsFor(db: Database, filter: RecommendationFilter): string[] {
  const where = condition(filter);
  return db.prepare(`SELECT r.id FROM recommendations r WHERE ${where.text} ORDER BY r.number`).pluck().all(...where.params) as string[];
}
