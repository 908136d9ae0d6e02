import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { ArchiveError } from '../db/errors';
import { archiveTables, quoteIdent } from '../exports/json/format';
import { parseSkos } from '../themes/skos';
import { starterThesaurusFile } from '../themes/starter';

/**
 * Whether an archive is empty enough to receive a JSON archive, which replaces rather than merges.
 *
 * EMPTY means: every table the JSON archive carries holds no rows, except
 * - `settings` and `audit_log`, which every archive has from the moment it is made (its name, its
 *   creation); the source's replace them, and the import's own audit record says what was replaced;
 * - `themes`, which may hold the starter thesaurus a new archive is given, untouched: every theme
 *   at version 1, not retired, not merged, with a starter label, and no more of them than the
 *   starter has.
 * Accounts (`users`) are not records: they are kept, so an administrator can sign in afterwards.
 */

const KEPT_UNTIL_REPLACED = new Set(['settings', 'audit_log', 'themes']);

/** The words for a table's rows in a refusal: "3 testimonies". */
const NOUNS: Record<string, [string, string]> = {
  testimonies: ['testimony', 'testimonies'],
  people: ['person', 'people'],
  places: ['place', 'places'],
  hearings: ['hearing', 'hearings'],
  markers: ['memorial or marker', 'memorials and markers'],
  findings: ['finding', 'findings'],
  recommendations: ['recommendation', 'recommendations'],
  reports: ['report', 'reports'],
  files: ['stored file', 'stored files'],
  saved_searches: ['saved search', 'saved searches'],
};

function starterLabels(): Set<string> {
  return new Set(parseSkos(readFileSync(starterThesaurusFile(), 'utf8')).map((t) => t.label));
}

/** What the archive holds that an empty one would not, in words (its main records first); [] when it is empty. */
export function whatIsNotEmpty(db: Database, labels: Set<string> = starterLabels()): string[] {
  const named: string[] = [];
  let other = 0;
  const counts = new Map<string, number>();
  for (const t of archiveTables(db)) {
    if (KEPT_UNTIL_REPLACED.has(t.name)) continue;
    counts.set(t.name, db.prepare(`SELECT count(*) FROM ${quoteIdent(t.name)}`).pluck().get() as number);
  }
  for (const [table, [one, many]] of Object.entries(NOUNS)) {
    const n = counts.get(table) ?? 0;
    if (n > 0) named.push(`${n.toLocaleString('en')} ${n === 1 ? one : many}`);
    counts.delete(table);
  }
  for (const n of counts.values()) other += n;
  if (other > 0) named.push(`${other.toLocaleString('en')} other ${other === 1 ? 'row' : 'rows'} (links, history, settings of imports)`);
  const themes = db.prepare('SELECT label, version, retired, merged_into FROM themes').all() as { label: string; version: number; retired: number; merged_into: string | null }[];
  const changed = themes.filter((t) => t.version !== 1 || t.retired !== 0 || t.merged_into !== null || !labels.has(t.label)).length;
  if (changed > 0 || themes.length > labels.size) named.push(`themes beyond the starter thesaurus (${changed.toLocaleString('en')} added or changed)`);
  return named;
}

/** Refuses an archive that is not empty, saying what it holds. */
export function assertEmpty(db: Database, labels?: Set<string>): void {
  const found = whatIsNotEmpty(db, labels);
  if (found.length === 0) return;
  throw new ArchiveError(
    'conflict',
    `This archive already holds records (${found.join(', ')}). A JSON archive is loaded only into a new, empty archive, which it fills exactly: create a new archive, sign in to it, and import there.`,
    'path',
  );
}
