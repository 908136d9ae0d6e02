import type { Database } from 'better-sqlite3';
import { RECOMMENDATION_STATUSES, type AddresseeType, type RecommendationFilter, type RecommendationStatus, type TrackerCounts } from '../../../shared/model/findings';
import { foldText } from '../../../shared/model/text';
import { condition } from './filter';

/**
 * The tracker's counts. Totals and statuses are over what the filter keeps. Every addressee in
 * the archive is listed (so the filter can offer them all), counted under the other filters but
 * not the addressee filter itself, so choosing one addressee does not hide the others' numbers.
 * Themes are those carried by the recommendations the filter keeps.
 */

type ByStatus = Record<RecommendationStatus, number>;
const zeroes = (): ByStatus => Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as ByStatus;

export function trackerCounts(db: Database, filter: RecommendationFilter): TrackerCounts {
  const where = condition(filter);
  const byStatus = zeroes();
  const statusRows = db.prepare(`SELECT r.status, count(*) AS n FROM recommendations r WHERE ${where.text} GROUP BY r.status`).all(...where.params) as { status: RecommendationStatus; n: number }[];
  for (const s of statusRows) byStatus[s.status] = s.n;

  // An addressee's kind is the one given on its lowest-numbered recommendation.
  const addressees = db
    .prepare('SELECT r.addressee, (SELECT o.addressee_type FROM recommendations o WHERE o.addressee = r.addressee ORDER BY o.number LIMIT 1) AS type FROM recommendations r GROUP BY r.addressee')
    .all() as { addressee: string; type: AddresseeType }[];
  const others = condition(filter, { addressees: false });
  const perAddressee = db
    .prepare(`SELECT r.addressee, r.status, count(*) AS n FROM recommendations r WHERE ${others.text} GROUP BY r.addressee, r.status`)
    .all(...others.params) as { addressee: string; status: RecommendationStatus; n: number }[];
  const byAddressee = addressees
    .map((a) => {
      const counts = zeroes();
      for (const row of perAddressee) if (row.addressee === a.addressee) counts[row.status] = row.n;
      return { addressee: a.addressee, addresseeType: a.type, total: Object.values(counts).reduce((x, y) => x + y, 0), byStatus: counts };
    })
    .sort((x, y) => foldText(x.addressee).localeCompare(foldText(y.addressee)) || x.addressee.localeCompare(y.addressee));

  const byTheme = db
    .prepare(
      `SELECT th.id, th.label, count(DISTINCT r.id) AS total FROM recommendations r JOIN recommendation_themes rt ON rt.recommendation_id = r.id JOIN themes th ON th.id = rt.theme_id
       WHERE ${where.text} GROUP BY th.id ORDER BY th.label_sort, th.id`,
    )
    .all(...where.params) as { id: string; label: string; total: number }[];

  return { total: Object.values(byStatus).reduce((x, y) => x + y, 0), byStatus, byAddressee, byTheme };
}
