import type { RecommendationFilter } from '../../../shared/model/findings';
import { join, list, sql, type Sql } from '../db/sql';
import { likeFolded } from '../records/search';

/**
 * The WHERE condition of a filter on `recommendations r`. The theme filter keeps that theme and
 * every narrower one. `addressees: false` leaves the addressee filter out (for the counts that
 * let a person pick another addressee).
 */
export function condition(filter: RecommendationFilter, { addressees = true } = {}): Sql {
  const where = [sql`1 = 1`];
  if (addressees && filter.addressees.length) where.push(sql`r.addressee IN ${list(filter.addressees)}`);
  if (filter.statuses.length) where.push(sql`r.status IN ${list(filter.statuses)}`);
  if (filter.text) where.push(sql`r.search_text LIKE ${likeFolded(filter.text)} ESCAPE '\\'`);
  if (filter.themeId !== null) {
    where.push(sql`EXISTS (SELECT 1 FROM recommendation_themes rt WHERE rt.recommendation_id = r.id AND rt.theme_id IN (
      WITH RECURSIVE under(id, depth) AS (SELECT ${filter.themeId}, 0 UNION SELECT th.id, under.depth + 1 FROM themes th JOIN under ON th.parent_id = under.id WHERE under.depth < 100)
      SELECT id FROM under))`);
  }
  return join(where, ' AND ');
}
