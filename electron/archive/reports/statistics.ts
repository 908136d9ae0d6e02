import type { Database } from 'better-sqlite3';
import { label } from '../../../shared/model/enums';
import { publishableWhere } from '../publish/policy';
import type { Count, Statistics } from './resolved';

/**
 * The statistics chapter: how many testimonies, by top-level theme, type, year recorded and
 * narrator role. The public edition counts only testimonies the publish policy lets out on `day`
 * (so a count cannot reveal a sealed testimony's themes); the confidential edition counts every
 * testimony not withdrawn. A testimony counts once per category however often it carries it.
 * Categories with no testimony are left out; each list runs from the largest count down, ties by label.
 */

export const STATISTICS_BASIS = {
  public: 'testimonies open to the public',
  confidential: 'testimonies in the archive (withdrawn testimonies are not counted)',
} as const;

const sorted = (rows: readonly Count[]): Count[] => rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));

export function computeStatistics(db: Database, publicOnly: boolean, day: string, text: (s: string) => string): Statistics {
  const counted = publicOnly ? publishableWhere('t') : 't.withdrawn = 0';
  // The testimonies counted, as a CTE every query starts from.
  const base = `WITH counted AS (SELECT t.id, t.type, t.date_start FROM testimonies t WHERE ${counted})`;
  const params = publicOnly ? { publishDay: day } : {};
  const all = <T>(q: string) => db.prepare(`${base} ${q}`).all(params) as T[];

  const total = (all<{ n: number }>('SELECT count(*) AS n FROM counted')[0] as { n: number }).n;
  const byType = all<{ type: string; n: number }>('SELECT type, count(*) AS n FROM counted GROUP BY type').map((r) => ({ label: label(r.type), count: r.n }));
  const byYear = all<{ year: string | null; n: number }>('SELECT substr(date_start, 1, 4) AS year, count(*) AS n FROM counted GROUP BY year').map((r) => ({ label: r.year ?? 'Date not recorded', count: r.n }));
  const byNarratorRole = all<{ role: string | null; n: number }>(
    `SELECT r.role, count(*) AS n FROM (
       SELECT DISTINCT c.id, tp.narrator_role AS role FROM counted c
       LEFT JOIN testimony_people tp ON tp.testimony_id = c.id AND tp.role = 'narrator' AND tp.narrator_role IS NOT NULL) r
     GROUP BY r.role`,
  ).map((r) => ({ label: r.role === null ? 'Role not recorded' : label(r.role), count: r.n }));
  // Each theme's top-level ancestor, then the testimonies carrying it whole or on a passage.
  const byTheme = all<{ label: string; n: number }>(
    `, roots(id, root, depth) AS (
       SELECT id, id, 0 FROM themes WHERE parent_id IS NULL
       UNION ALL SELECT th.id, roots.root, roots.depth + 1 FROM themes th JOIN roots ON th.parent_id = roots.id WHERE roots.depth < 100),
     uses(testimony_id, theme_id) AS (
       SELECT testimony_id, theme_id FROM testimony_themes
       UNION SELECT ps.testimony_id, pt.theme_id FROM passages ps JOIN passage_themes pt ON pt.passage_id = ps.id WHERE ps.kind IN ('code', 'segment'))
     SELECT top.label, count(DISTINCT c.id) AS n
     FROM counted c JOIN uses u ON u.testimony_id = c.id JOIN roots ON roots.id = u.theme_id JOIN themes top ON top.id = roots.root
     WHERE top.retired = 0 GROUP BY top.id`,
  ).map((r) => ({ label: text(r.label), count: r.n }));

  return {
    total,
    basis: STATISTICS_BASIS[publicOnly ? 'public' : 'confidential'],
    byTheme: sorted(byTheme),
    byType: sorted(byType),
    // Years read as a time line: in order, with "Date not recorded" last.
    byYear: byYear.filter((r) => r.count > 0).sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)),
    byNarratorRole: sorted(byNarratorRole),
  };
}
