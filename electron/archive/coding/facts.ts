import type { Database } from 'better-sqlite3';

/**
 * Keeps `testimonies.theme_ids` (the search facet's values) in step with the coding: the distinct
 * themes a testimony carries whole, on a coded passage or on a segment. Call it in the same
 * transaction after any change to a testimony's themes, or to the themes themselves (merge).
 */
export function refreshThemeFacts(db: Database, testimonyIds: Iterable<string>): void {
  const set = db.prepare(
    `UPDATE testimonies SET theme_ids = coalesce((
       SELECT json_group_array(theme_id) FROM (
         SELECT theme_id FROM testimony_themes WHERE testimony_id = @id
         UNION SELECT pt.theme_id FROM passages p JOIN passage_themes pt ON pt.passage_id = p.id
               WHERE p.testimony_id = @id AND p.kind IN ('code','segment')
         ORDER BY 1)), '[]')
     WHERE id = @id`,
  );
  for (const id of new Set(testimonyIds)) set.run({ id });
}

/** The testimonies that carry any of these themes (whole, passage or segment). */
export function testimoniesWithThemes(db: Database, themeIds: readonly string[]): string[] {
  const get = db.prepare(
    `SELECT testimony_id AS id FROM testimony_themes WHERE theme_id = @th
     UNION SELECT p.testimony_id FROM passage_themes pt JOIN passages p ON p.id = pt.passage_id WHERE pt.theme_id = @th`,
  );
  const ids = new Set<string>();
  for (const th of themeIds) for (const r of get.all({ th }) as { id: string }[]) ids.add(r.id);
  return [...ids];
}
