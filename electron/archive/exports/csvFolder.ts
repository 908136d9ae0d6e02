import type { PersonDbRow } from '../people/people';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ExportScope } from '../../../shared/api/exports';
import { CSV_FIELDS, type CsvFieldKey } from '../../../shared/model/importFields';
import { publicName } from '../publish/policy';
import { formatAltLabels } from '../themes/csvThesaurus';
import { altLabelsOf, type ThemeRow } from '../themes/rows';
import { csvRow, type CsvValue } from './csv';
import type { ExportWriter } from './formats';
import { Appearances, publiclyNamed, recordReader, selectTestimonies, testimoniesInWords, type ExportRecord } from './records';
import { withTextFile, type TextFile } from './textFile';

/**
 * The CSV export: a folder of testimonies.csv, people.csv and themes.csv, each as spreadsheet
 * programs read it safely (exports/csv.ts: UTF-8 with a byte order mark, RFC 4180 quoting, CRLF,
 * formula injection neutralised). Testimony headers are the import's own words where the field is
 * the same (shared/model/importFields.ts), so an export maps itself when imported again. Rows are
 * written as they are read; people and themes list those the written testimonies name (all of them
 * in a full export of the whole archive). In the public scope a person appears by their public
 * name only, and not at all when they have neither consent to be named nor a pseudonym.
 */

export const CSV_FILES = { testimonies: 'testimonies.csv', people: 'people.csv', themes: 'themes.csv' } as const;

type Column<T> = readonly [header: string, cell: (x: T) => CsvValue, fullOnly?: 'full'];

const importHeader = (key: CsvFieldKey): string => CSV_FIELDS.find((f) => f.key === key)?.label ?? key;
const withRole = (r: ExportRecord, role: string) => r.people.filter((p) => p.role === role);
const CONSENT_SCOPES = ['recording', 'quoting', 'naming', 'publicRelease', 'researchAccess', 'archiveTransfer'] as const;

export const TESTIMONY_COLUMNS: readonly Column<ExportRecord>[] = [
  ['Id', (r) => r.id],
  [importHeader('ref'), (r) => r.ref],
  [importHeader('title'), (r) => r.title],
  [importHeader('summary'), (r) => r.summary],
  [importHeader('status'), (r) => r.status, 'full'],
  [importHeader('type'), (r) => r.type],
  [importHeader('languages'), (r) => r.languages],
  [importHeader('dateRecorded'), (r) => r.dateRecorded],
  [importHeader('placeRecorded'), (r) => r.placeRecorded],
  ['Places spoken about', (r) => r.placesSpokenAbout],
  ['Dates spoken about', (r) => r.datesSpokenAbout],
  [importHeader('hearing'), (r) => r.hearing],
  [importHeader('narrators'), (r) => withRole(r, 'narrator').map((p) => p.name)],
  ['Narrator roles', (r) => withRole(r, 'narrator').map((p) => p.narratorRole ?? '')],
  [importHeader('interviewers'), (r) => withRole(r, 'interviewer').map((p) => p.name)],
  ['Interpreters (names)', (r) => withRole(r, 'interpreter').map((p) => p.name)],
  ['Themes', (r) => r.themes.map((t) => t.label)],
  [importHeader('accessLevel'), (r) => r.accessLevel],
  [importHeader('embargoUntil'), (r) => r.embargoUntil],
  ['Consent given for', (r) => CONSENT_SCOPES.filter((s) => r.consent?.[s]), 'full'],
  ['Consent taken by', (r) => r.consent?.takenBy, 'full'],
  ['Consent taken on', (r) => r.consent?.takenOn, 'full'],
  ['Consent withdrawn on', (r) => r.consent?.withdrawnOn, 'full'],
  ['Consent notes', (r) => r.consent?.notes, 'full'],
  [importHeader('contentWarnings'), (r) => r.contentWarnings],
  [importHeader('duration'), (r) => r.duration],
  [importHeader('extent'), (r) => r.extent],
  [importHeader('collection'), (r) => r.collection],
  [importHeader('series'), (r) => r.series],
  [importHeader('provenance'), (r) => r.provenance, 'full'],
  [importHeader('cataloguer'), (r) => r.cataloguer, 'full'],
  ['Withdrawn on', (r) => r.withdrawn?.at?.slice(0, 10), 'full'],
  ['Withdrawal reason', (r) => r.withdrawn?.reason, 'full'],
  ['Attachments (name and SHA-256)', (r) => r.attachments?.map((a) => `${a.name} sha256:${a.sha256}`), 'full'],
  ['Created', (r) => r.createdAt, 'full'],
  ['Updated', (r) => r.updatedAt, 'full'],
  ['Word count', (r) => r.wordCount],
  [importHeader('transcript'), (r) => r.transcript],
];

type PersonRow = Omit<PersonDbRow, 'created_at' | 'updated_at' | 'version'> & { name_sort: string };

type Person = PersonRow & { appearsIn: string[] };

const PEOPLE_COLUMNS: readonly Column<Person>[] = [
  ['Id', (p) => p.id, 'full'],
  ['Name', (p) => p.name, 'full'],
  ['Public name', (p) => publicName({ ...p, consentToBeNamed: p.consent_to_be_named === 1 })],
  ['Other names', (p) => JSON.parse(p.other_names) as string[], 'full'],
  ['Pseudonym', (p) => p.pseudonym, 'full'],
  ['Consent to be named', (p) => (p.consent_to_be_named === 1 ? 'yes' : 'no'), 'full'],
  ['Community', (p) => p.community, 'full'],
  ['Birth year', (p) => p.birth_year, 'full'],
  ['Notes', (p) => p.notes, 'full'],
  ['Contact', (p) => p.contact, 'full'],
  ['Testimonies (reference and role)', (p) => p.appearsIn],
];

type Theme = ThemeRow & { broaderLabel: string };
const THEME_COLUMNS: readonly Column<Theme>[] = [
  ['Id', (t) => t.id],
  ['Preferred label', (t) => t.label],
  ['Other labels', (t) => formatAltLabels(altLabelsOf(t))],
  ['Broader (id)', (t) => t.parent_id],
  ['Broader (label)', (t) => t.broaderLabel],
  ['Scope note', (t) => t.scope_note],
  ['Retired', (t) => (t.retired === 1 ? 'yes' : ''), 'full'],
];

/** A CSV file written row by row: the byte order mark and header first, CRLF after every row. */
function csvWriter<T>(f: TextFile, columns: readonly Column<T>[], scope: ExportScope): (x: T) => void {
  const kept = columns.filter(([, , only]) => only === undefined || scope === 'full');
  f.write(`\uFEFF${csvRow(kept.map(([header]) => header))}\r\n`);
  return (x) => f.write(`${csvRow(kept.map(([, cell]) => cell(x)))}\r\n`);
}

const PAGE = 500;

/** People in name order, a page at a time; those the export names (or everyone, for a full export of the whole archive). */
function writePeople(db: Database, file: string, scope: ExportScope, seen: Appearances, everyone: boolean): number {
  const page = db.prepare('SELECT * FROM people WHERE (name_sort, id) > (?, ?) ORDER BY name_sort, id LIMIT ?');
  let written = 0;
  withTextFile(file, (f) => {
    const row = csvWriter(f, PEOPLE_COLUMNS, scope);
    let after: [string, string] = ['', ''];
    for (;;) {
      const rows = page.all(...after, PAGE) as PersonRow[];
      for (const p of rows) {
        const appearsIn = seen.people.get(p.id);
        if (!appearsIn && !everyone) continue;
        if (scope === 'public' && !publiclyNamed({ consentToBeNamed: p.consent_to_be_named === 1, pseudonym: p.pseudonym })) continue;
        row({ ...p, appearsIn: appearsIn ?? [] });
        written++;
      }
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) break;
      after = [last.name_sort, last.id];
    }
  });
  return written;
}

/** The thesaurus: the themes the testimonies carry and their broader themes (every live theme, for a full export of the whole archive). */
function writeThemes(db: Database, file: string, scope: ExportScope, seen: Appearances, everyone: boolean): number {
  const rows = db.prepare('SELECT * FROM themes WHERE merged_into IS NULL ORDER BY label_sort, id').all() as ThemeRow[];
  const byId = new Map(rows.map((t) => [t.id, t]));
  const kept = new Set<string>();
  for (const id of seen.themes) {
    for (let t = byId.get(id); t && !kept.has(t.id); t = t.parent_id ? byId.get(t.parent_id) : undefined) kept.add(t.id);
  }
  const themes = rows.filter((t) => everyone || kept.has(t.id));
  withTextFile(file, (f) => {
    const row = csvWriter(f, THEME_COLUMNS, scope);
    for (const t of themes) row({ ...t, broaderLabel: (t.parent_id && byId.get(t.parent_id)?.label) || '' });
  });
  return themes.length;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export const writeCsvFolder: ExportWriter = ({ db, out, scope, testimonyIds, generatedAt, io }) => {
  mkdirSync(out, { recursive: true });
  const sel = selectTestimonies(db, scope, testimonyIds, generatedAt);
  const read = recordReader(db, sel);
  const seen = new Appearances();
  const step = `Writing ${CSV_FILES.testimonies}`;
  io.progress(step, 0, sel.ids.length);
  withTextFile(path.join(out, CSV_FILES.testimonies), (f) => {
    const row = csvWriter(f, TESTIMONY_COLUMNS, scope);
    sel.ids.forEach((id, i) => {
      const r = read(id);
      row(r);
      seen.add(r);
      io.progress(step, i + 1, sel.ids.length);
    });
  });
  // A full export of the whole archive lists every person and theme, linked or not.
  const everyone = scope === 'full' && testimonyIds === null;
  io.progress(`Writing ${CSV_FILES.people}`);
  const people = writePeople(db, path.join(out, CSV_FILES.people), scope, seen, everyone);
  io.progress(`Writing ${CSV_FILES.themes}`);
  const themes = writeThemes(db, path.join(out, CSV_FILES.themes), scope, seen, everyone);
  return `${testimoniesInWords(sel)}, ${plural(people, 'person', 'people')} and ${plural(themes, 'theme', 'themes')} as CSV (${Object.values(CSV_FILES).join(', ')}).`;
};
