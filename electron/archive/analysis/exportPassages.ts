import type { Database } from 'better-sqlite3';
import type { Output } from '../../../shared/api';
import { label } from '../../../shared/model/enums';
import type { PassageHit, ThemeFilters } from '../../../shared/model/themes';
import { toCsv, type CsvValue } from '../exports/csv';
import { passageHits, themeAndNarrower } from './passages';
import { testimonyScope } from './scope';
import type { Role } from '../../../shared/model/enums';


/**
 * Coded passages as a CSV file for analysis elsewhere: ONE ROW PER PASSAGE (coded passage or
 * themed segment), its themes joined by "; " in one cell — so a passage is never counted twice
 * and the themes met together stay visible. With a theme, only passages carrying it or a narrower
 * theme; without, every passage carrying any theme. Withdrawn testimonies never appear; the
 * filters are the overview's. Cells are formula-safe (see exports/csv.ts).
 */

const KIND: Record<PassageHit['kind'], string> = { code: 'Coded passage', segment: 'Segment' };
const REVIEW: Record<PassageHit['review'], string> = { '': '', changed: 'Text changed: review', deleted: 'Text deleted: review' };

const COLUMNS: readonly (readonly [header: string, cell: (h: PassageHit) => CsvValue])[] = [
  ['Reference', (h) => h.ref],
  ['Testimony title', (h) => h.testimonyTitle],
  ['Narrator roles', (h) => h.narratorRoles.map(label)],
  ['Date recorded', (h) => h.dateText],
  ['Access level', (h) => label(h.accessLevel)],
  ['Kind', (h) => KIND[h.kind]],
  ['Segment title', (h) => h.title],
  ['Start', (h) => h.start],
  ['End', (h) => h.end],
  ['Passage text', (h) => h.quote],
  ['Themes', (h) => h.themes.map((t) => t.label)],
  ['Note', (h) => h.note],
  ['Review', (h) => REVIEW[h.review]],
];

export function exportPassages(db: Database, themeId: string | null, filters: ThemeFilters, now: string, role: Role): Output<'themes.exportPassages'> {
  const themeIds = themeId === null ? null : themeAndNarrower(db, themeId, true);
  const hits = passageHits(db, { themeIds, scope: testimonyScope(role, filters) });
  const text = toCsv(
    COLUMNS.map(([header]) => header),
    hits.map((h) => COLUMNS.map(([, cell]) => cell(h))),
  );
  return { filename: `coded-passages-${now.slice(0, 10)}.csv`, mimeType: 'text/csv;charset=utf-8', text, rows: hits.length };
}
