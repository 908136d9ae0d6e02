import type { Database } from 'better-sqlite3';
import type { Output, ParsedInput } from '../../../shared/api';
import { label } from '../../../shared/model/enums';
import { toCsv } from '../exports/csv';
import { searchAll } from './query';

/** The whole result list of a search as a CSV file's text, in the order shown. */
export function exportSearchCsv(db: Database, req: ParsedInput<'search.exportCsv'>, now: string): Output<'search.exportCsv'> {
  const hits = searchAll(db, req);
  const rows = hits.map((h) => [h.ref, h.title, h.dateRecorded, label(h.type), label(h.accessLevel), h.narratorRoles.map(label), h.narrators, h.score, h.snippet.text, h.withdrawn ? 'withdrawn' : '']);
  const header = ['Reference', 'Title', 'Date recorded', 'Type', 'Access level', 'Narrator roles', 'Narrators', 'Relevance', 'Snippet', 'Withdrawn'];
  const columns = req.scope === 'public' ? header.filter((h) => h !== 'Narrators') : header;
  const body = req.scope === 'public' ? rows.map((r) => r.filter((_, i) => header[i] !== 'Narrators')) : rows;
  return { filename: `search-${now.slice(0, 10)}.csv`, csv: toCsv(columns, body), rows: hits.length };
}
