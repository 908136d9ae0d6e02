import type { Database } from 'better-sqlite3';
import type { NarratorRole } from '../../../shared/model/enums';
import type { PassageHit, ReviewReason } from '../../../shared/model/themes';
import { themesOfPassages } from '../coding/themeRefs';
import { themeRow } from '../themes/rows';
import { subtreeIds } from '../themes/tree';
import type { TestimonyScope } from './scope';

/**
 * Coded passages and segments across the archive with the testimony each belongs to, in the order
 * of the testimonies' reference codes and then of the text (where two start together, the longer —
 * usually the segment that holds the other — first). Only passages that carry a theme are
 * listed (a segment without themes is not "coded"); all of a passage's themes come with it.
 */

export interface PassageSelection {
  /** The themes a passage must carry one of; null for any theme. */
  themeIds: readonly string[] | null;
  scope: TestimonyScope;
}

interface Row {
  id: string;
  kind: PassageHit['kind'];
  testimony_id: string;
  ref: string;
  testimony_title: string;
  narrator_roles: string;
  date_text: string;
  access_level: string;
  start: number;
  end: number;
  quote: string;
  title: string;
  note: string;
  review: ReviewReason;
}

function from(sel: PassageSelection): { sql: string; params: Record<string, string> } {
  // Led by the theme index: the passages of the chosen themes are found once, not probed per passage.
  const themed =
    sel.themeIds === null ? 'SELECT passage_id FROM passage_themes' : 'SELECT pt.passage_id FROM passage_themes pt WHERE pt.theme_id IN (SELECT value FROM json_each(@themeIds))';
  return {
    sql: `FROM passages p JOIN testimonies t ON t.id = p.testimony_id
      WHERE p.kind IN ('code','segment') AND ${sel.scope.where} AND p.id IN (${themed})`,
    params: sel.themeIds === null ? sel.scope.params : { ...sel.scope.params, themeIds: JSON.stringify(sel.themeIds) },
  };
}

/** A theme, and when asked every theme below it; refuses a theme that does not exist. */
export function themeAndNarrower(db: Database, id: string, includeNarrower: boolean): string[] {
  themeRow(db, id);
  return includeNarrower ? subtreeIds(db, id) : [id];
}

/** How many passages the selection holds, and in how many testimonies. */
export function countPassages(db: Database, sel: PassageSelection): { total: number; testimonies: number } {
  const { sql, params } = from(sel);
  return db.prepare(`SELECT count(*) AS total, count(DISTINCT p.testimony_id) AS testimonies ${sql}`).get(params) as { total: number; testimonies: number };
}

/** The passages of the selection in order; a page of them when `page` is given. */
export function passageHits(db: Database, sel: PassageSelection, page: { offset: number; limit: number } = { offset: 0, limit: -1 }): PassageHit[] {
  const { sql, params } = from(sel);
  const rows = db
    .prepare(
      `SELECT p.id, p.kind, p.testimony_id, t.ref, t.title AS testimony_title, t.narrator_roles, t.date_text, t.access_level,
        p.start, p.end, p.quote, p.title, p.note, p.review
      ${sql} ORDER BY t.ref_sort, t.id, p.start, p.end DESC, p.id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: page.limit, offset: page.offset }) as Row[];
  const themes = themesOfPassages(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    passageId: r.id,
    kind: r.kind,
    testimonyId: r.testimony_id,
    ref: r.ref,
    testimonyTitle: r.testimony_title,
    narratorRoles: JSON.parse(r.narrator_roles) as NarratorRole[],
    dateText: r.date_text,
    accessLevel: r.access_level,
    start: r.start,
    end: r.end,
    quote: r.quote,
    title: r.title,
    note: r.note,
    review: r.review,
    themes: themes.get(r.id) ?? [],
  }));
}
