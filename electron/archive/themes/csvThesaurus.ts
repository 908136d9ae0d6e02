import { parse } from 'csv-parse/sync';
import type { AltLabel } from '../../../shared/model/themes';
import { foldText } from '../../../shared/model/text';
import { toCsv } from '../exports/csv';
import { badFile, canonicalLang, endsWith, refuseUtf16, UUID, type FileTheme, type ParentRef } from './fileThemes';
import { groupBy } from './groupBy';
import { altLabelsOf, type ThemeRow } from './rows';

/**
 * The thesaurus as CSV, one theme a row: id, label, parent, other_labels, scope_note, colour,
 * retired. `parent` is written as the broader theme's id; on import it may also be a label path
 * ("Violations > Torture"). `other_labels` is "label@lang|label" (\| \@ \\ escape those characters).
 * Only `label` is required; a missing column keeps what the archive has (a missing `parent`
 * column puts new themes at the top).
 */

export const CSV_COLUMNS = ['id', 'label', 'parent', 'other_labels', 'scope_note', 'colour', 'retired'] as const;
type Column = (typeof CSV_COLUMNS)[number];

const escape = (s: string): string => s.replace(/[\\|@]/g, (c) => `\\${c}`);

export function formatAltLabels(labels: readonly AltLabel[]): string {
  return labels.map((a) => escape(a.label) + (a.lang ? `@${a.lang}` : '')).join('|');
}

/** Splits on unescaped `|`; a final unescaped `@` followed by a language code gives the language. */
export function parseAltLabels(text: string): AltLabel[] {
  const out: AltLabel[] = [];
  let label = '';
  let lang: string | null = null;
  const flush = () => {
    const l = lang !== null && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(lang.trim()) ? lang.trim() : null;
    const text = (l === null && lang !== null ? `${label}@${lang}` : label).trim();
    if (text !== '') out.push({ label: text, lang: l === null ? '' : canonicalLang(l) });
    label = '';
    lang = null;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\\' && i + 1 < text.length) {
      const next = text[++i] ?? '';
      if (lang === null) label += next;
      else lang += next;
    } else if (c === '|') flush();
    else if (c === '@') {
      if (lang !== null) label += `@${lang}`;
      lang = '';
    } else if (lang === null) label += c;
    else lang += c;
  }
  flush();
  return out;
}

export function thesaurusToCsv(rows: readonly ThemeRow[]): string {
  return toCsv(
    CSV_COLUMNS,
    rows.map((r) => [r.id, r.label, r.parent_id ?? '', formatAltLabels(altLabelsOf(r)), r.scope_note, r.colour, r.retired === 1 ? 'true' : 'false']),
  );
}

/** toCsv puts an apostrophe before a cell that a spreadsheet would run as a formula; take it off. */
const unguard = (s: string): string => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

function readRecords(text: string): Record<string, string>[] {
  refuseUtf16(text, 'CSV');
  if (text.replace(/^\uFEFF/, '').trim() === '') badFile(`The CSV file is empty. Its first row names the columns: ${CSV_COLUMNS.join(', ')} (only label is required).`);
  try {
    return parse(text, {
      bom: true,
      skip_empty_lines: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_')),
    });
  } catch (e) {
    return badFile(`The CSV file cannot be read: ${(e as Error).message}. Check its quotes and that every row has the same number of columns.`);
  }
}

function retiredValue(value: string, where: string): boolean {
  const v = value.trim().toLowerCase();
  if (['', 'false', 'no', '0'].includes(v)) return false;
  if (['true', 'yes', '1', 'retired'].includes(v)) return true;
  return badFile(`${where}: retired must be true or false, not “${value}”.`);
}

/** Reads themes from CSV text; parents are linked to rows of the file where they can be. */
export function parseThesaurusCsv(text: string): FileTheme[] {
  const records = readRecords(text);
  const header = Object.keys(records[0] ?? {});
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0) badFile(`The CSV file has a column Tessera does not know: “${unknown[0]}”. The columns are ${CSV_COLUMNS.join(', ')}.`);
  if (records.length > 0 && !header.includes('label')) badFile('The CSV file has no label column. Its first row must name the columns, with at least “label”.');
  if (records.length === 0) badFile('The CSV file has a header but no themes.');
  const has = (c: Column) => header.includes(c);
  const rows = records.map((rec, i) => {
    const cell = (c: Column) => unguard(rec[c] ?? '');
    const where = `row ${i + 2}`;
    const id = cell('id').trim();
    if (id !== '' && !UUID.test(id)) badFile(`${where}: the id “${id}” is not a Tessera id. Leave it empty for a new theme.`);
    return {
      key: id !== '' ? id.toLowerCase() : where,
      where,
      id: id !== '' ? id.toLowerCase() : null,
      label: cell('label').trim(),
      altLabels: has('other_labels') ? parseAltLabels(cell('other_labels')) : undefined,
      scopeNote: has('scope_note') ? cell('scope_note').trim() : undefined,
      colour: has('colour') && cell('colour').trim() !== '' ? cell('colour').trim() : undefined,
      retired: has('retired') ? retiredValue(cell('retired'), where) : undefined,
      parentText: cell('parent').trim(),
    };
  });
  return linkParents(rows);
}

type Row = Omit<FileTheme, 'parent'> & { parentText: string };

/** Turns each row's parent cell (an id or a label path) into a reference to a row or to the archive. */
function linkParents(rows: Row[]): FileTheme[] {
  const byId = new Map(rows.filter((r) => r.id !== null).map((r) => [r.id, r]));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const folded = new Map(rows.map((r) => [r, foldText(r.label)]));
  const byLabel = groupBy(rows, (r) => folded.get(r) ?? '');
  const resolved = new Map<Row, ParentRef>();
  const resolving = new Set<Row>();
  const paths = new Map<Row, string[] | null>();
  const pathOf = (r: Row): string[] | null => {
    if (paths.has(r)) return paths.get(r) ?? null;
    // As far up as the file tells: a row under a theme of the archive knows that theme's path, or only its own label.
    const p = parentOf(r);
    const parent = p !== null && 'key' in p ? byKey.get(p.key) : undefined;
    const above = p === null || 'archiveId' in p ? [] : 'archivePath' in p ? p.archivePath.map(foldText) : parent ? pathOf(parent) : null;
    const path = above ? [...above, folded.get(r) ?? ''] : null;
    paths.set(r, path);
    return path;
  };
  function parentOf(r: Row): ParentRef {
    const known = resolved.get(r);
    if (known !== undefined) return known;
    if (resolving.has(r)) badFile(`${r.where}: the broader themes form a loop (a theme under itself).`);
    resolving.add(r);
    const text = r.parentText;
    let ref: ParentRef;
    if (text === '') ref = null;
    else if (UUID.test(text)) {
      const row = byId.get(text.toLowerCase());
      ref = row ? { key: row.key } : { archiveId: text.toLowerCase() };
    } else {
      const path = text.split('>').map((s) => s.trim());
      if (path.some((s) => s === '')) badFile(`${r.where}: the parent “${text}” is not an id or a label path such as “Violations > Torture”.`);
      const tail = path.map(foldText);
      const found = (byLabel.get(tail.at(-1) ?? '') ?? []).filter((x) => x !== r && endsWith(pathOf(x) ?? [], tail));
      if (found.length > 1) badFile(`${r.where}: the parent “${text}” could be any of ${found.map((x) => x.where).join(', ')}. Write more of its path, such as “Violations > ${path.at(-1) ?? ''}”.`);
      ref = found[0] ? { key: found[0].key } : { archivePath: path };
    }
    resolving.delete(r);
    resolved.set(r, ref);
    return ref;
  }
  return rows.map((row) => {
    const { parentText: _, ...theme } = row;
    return { ...theme, parent: parentOf(row) };
  });
}
