import type { Database } from 'better-sqlite3';
import type { Output, ParsedInput } from '../../../shared/api';
import { label } from '../../../shared/model/enums';
import type { SearchHit } from '../../../shared/api/search';
import { toCsv, type CsvValue } from '../exports/csv';
import { searchAll } from './query';
import type { Role } from '../../../shared/model/enums';
import { FULL_EXPORT_REFUSED, mayExportFull } from '../../../shared/model/access';
import { ArchiveError } from '../db/errors';

type Column = readonly [header: string, cell: (h: SearchHit) => CsvValue, isName?: boolean];

const COLUMNS: readonly Column[] = [
  ['Reference', (h) => h.ref],
  ['Title', (h) => h.title],
  ['Date recorded', (h) => h.dateRecorded],
  ['Type', (h) => label(h.type)],
  ['Access level', (h) => label(h.accessLevel)],
  ['Narrator roles', (h) => h.narratorRoles.map(label)],
  ['Narrators', (h) => h.narrators, true],
  ['Relevance', (h) => h.score],
  ['Snippet', (h) => h.snippet.text],
  ['Withdrawn', (h) => (h.withdrawn ? 'withdrawn' : '')],
];

/** The whole result list of a search as a CSV file's text, in the order shown. */
export function exportSearchCsv(db: Database, req: ParsedInput<'search.exportCsv'>, now: string, role: Role): Output<'search.exportCsv'> {
  if (req.scope === 'full' && !mayExportFull(role)) throw new ArchiveError('forbidden', FULL_EXPORT_REFUSED);
  const hits = searchAll(db, req, role);
  // Names never leave in the public scope.
  const columns = COLUMNS.filter(([, , isName]) => !(isName && req.scope === 'public'));
  const csv = toCsv(
    columns.map(([header]) => header),
    hits.map((h) => columns.map(([, cell]) => cell(h))),
  );
  return { filename: `search-${now.slice(0, 10)}.csv`, csv, rows: hits.length };
}
