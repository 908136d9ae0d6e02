import type { Database } from 'better-sqlite3';
import type { ThemeRef } from '../../../shared/model/themes';

/** The themes of each passage (coded passage or segment), by passage id, each list by label. */
export function themesOfPassages(db: Database, passageIds: readonly string[]): Map<string, ThemeRef[]> {
  const out = new Map<string, ThemeRef[]>(passageIds.map((id) => [id, []]));
  const get = db.prepare(
    'SELECT th.id, th.label, th.colour FROM passage_themes pt JOIN themes th ON th.id = pt.theme_id WHERE pt.passage_id = ? ORDER BY th.label_sort, th.id',
  );
  for (const id of passageIds) out.set(id, get.all(id) as ThemeRef[]);
  return out;
}
