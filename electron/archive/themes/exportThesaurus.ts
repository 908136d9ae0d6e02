import type { Database } from 'better-sqlite3';
import type { ThesaurusFormat } from '../../../shared/model/themes';
import { readSettings } from '../settings/settings';
import { thesaurusToCsv } from './csvThesaurus';
import { liveThemeRows } from './rows';
import { thesaurusToSkos } from './skos';
import { orderedRows } from './tree';

/** A name for a file that every operating system accepts. */
export function safeFilename(name: string): string {
  const clean = name
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/\p{Cc}/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 100)
    .trim();
  return clean || 'Tessera';
}

/** The whole thesaurus (retired themes too, merged ones not) as CSV or as SKOS in Turtle. */
export function exportThesaurus(db: Database, format: ThesaurusFormat) {
  const rows = orderedRows(liveThemeRows(db), true).map((r) => r.row);
  const name = `${safeFilename(readSettings(db).archiveName)} thesaurus`;
  if (format === 'csv') return { filename: `${name}.csv`, mimeType: 'text/csv;charset=utf-8', text: thesaurusToCsv(rows), rows: rows.length };
  return { filename: `${name}.ttl`, mimeType: 'text/turtle;charset=utf-8', text: thesaurusToSkos(rows, name), rows: rows.length };
}
