import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { CSV_MAX_CELL_CHARS, type TextEncoding } from '../../../../shared/model/importFields';
import { decodeText } from './decode';
import { ImportProblem, largerThan, quoted } from './problem';

/**
 * Reads a spreadsheet exported as CSV: decoded (see decode.ts), the delimiter taken from the
 * header line, parsed by csv-parse. Rows with more or fewer cells than the header are kept as
 * they are and counted in `notes`; the import pipeline reports them row by row.
 */

export interface CsvRecord {
  /** 1-based line in the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvFile {
  encoding: TextEncoding;
  encodingNote: string;
  delimiter: string;
  columns: string[];
  records: CsvRecord[];
  notes: string[];
}

/** The largest CSV read (the whole file is held in memory as text while it is parsed). */
export const CSV_MAX_BYTES = 512 * 1024 * 1024;

const DELIMITERS = [',', ';', '\t'] as const;
const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** The delimiter used most on the header line, outside quotes (a comma when none is). */
export function delimiterOf(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Header cells trimmed; an empty one becomes "Column N"; a repeated one (ignoring case) gets " (2)", " (3)". */
function columnsOf(header: string[], notes: string[]): string[] {
  const first = new Map<string, string>();
  const repeated = new Set<string>();
  const taken = new Set<string>();
  const columns = header.map((cell, i) => {
    const name = cell.trim() || `Column ${i + 1}`;
    const key = name.toLowerCase();
    if (first.has(key)) repeated.add(first.get(key) ?? name);
    else first.set(key, name);
    let unique = name;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name} (${n})`;
    taken.add(unique.toLowerCase());
    return unique;
  });
  if (repeated.size > 0) {
    const names = [...repeated].map((n) => `“${n}”`).join(', ');
    notes.push(`The header names ${names} more than once; the later columns are numbered, like “${columns.find((c) => / \(2\)$/.test(c)) ?? ''}”.`);
  }
  return columns;
}

function raggedNotes(records: CsvRecord[], width: number): string[] {
  const longer = records.filter((r) => r.cells.length > width);
  const shorter = records.filter((r) => r.cells.length < width);
  const rows = (n: number) => (n === 1 ? '1 row has' : `${n} rows have`);
  const notes: string[] = [];
  if (longer[0]) notes.push(`${rows(longer.length)} more cells than the header names (first at line ${longer[0].line}); the extra cells have no column and are kept as they are.`);
  if (shorter[0]) notes.push(`${rows(shorter.length)} fewer cells than the header names (first at line ${shorter[0].line}); the missing cells are read as empty.`);
  return notes;
}

function parseProblem(e: unknown, name: string, afterLine: number): ImportProblem {
  if (e instanceof CsvError) {
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') return new ImportProblem(`${name}: a quoted cell that begins after line ${afterLine} is never closed. Check for a missing quote mark (").`);
    const line = typeof (e as { lines?: unknown }).lines === 'number' ? ` at line ${(e as unknown as { lines: number }).lines}` : '';
    return new ImportProblem(`${name} cannot be read as CSV${line}: ${e.message.replace(/ at line \d+$/, '')}. Check its quote marks.`);
  }
  return new ImportProblem(`${name} cannot be read as CSV: ${e instanceof Error ? e.message : String(e)}.`);
}

function records(text: string, delimiter: string, name: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  // csv-parse's info gives the line where each record ends, and how many empty lines it has
  // skipped so far; a record starts on the line after the previous one, past those empty lines.
  let lastEnd = 0;
  let lastEmpty = 0;
  try {
    parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (cells: string[], info) => {
        const line = lastEnd + 1 + (info.empty_lines - lastEmpty);
        lastEnd = info.lines;
        lastEmpty = info.empty_lines;
        const long = cells.findIndex((c) => c.length > CSV_MAX_CELL_CHARS);
        if (long >= 0) {
          throw new ImportProblem(
            `${name}, line ${line}: cell ${long + 1} holds ${cells[long]?.length.toLocaleString('en')} characters, more than the ${CSV_MAX_CELL_CHARS.toLocaleString('en')} a cell may hold. Put a text that long in a transcript file instead.`,
          );
        }
        // A row of empty cells (",,,," left at the end by spreadsheet programs) is no record;
        // the first row is the header even when it is empty.
        if (out.length === 0 || cells.some((c) => c.trim() !== '')) out.push({ line, cells });
        return null;
      },
    });
  } catch (e) {
    if (e instanceof ImportProblem) throw e;
    throw parseProblem(e, name, lastEnd);
  }
  return out;
}

/**
 * Reads a CSV file. `records` excludes the header; a header with no rows gives no records (the
 * pipeline says so); an empty file is refused.
 */
export function readCsvFile(path: string, choice: 'auto' | TextEncoding): CsvFile {
  const name = quoted(basename(path));
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ImportProblem(`${name} cannot be opened. Check that it still exists and that you may read it.`);
  }
  if (size > CSV_MAX_BYTES) throw new ImportProblem(`${largerThan(name, size, CSV_MAX_BYTES, 'a CSV import reads')} Split it into smaller files.`);
  const decoded = decodeText(readFileSync(path), choice, name);
  // Line breaks are made "\n" throughout, also inside quoted cells: csv-parse counts a quoted
  // "\r\n" as two lines, and the archive keeps "\n" in texts.
  const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
  if (text.trim() === '') throw new ImportProblem(`${name} is empty. A CSV import needs a first row naming the columns, then one row per testimony.`);
  const delimiter = delimiterOf(text);
  const [header, ...rows] = records(text, delimiter, name);
  const notes: string[] = [];
  if (delimiter !== ',') notes.push(`The cells are separated by ${DELIMITER_NAMES[delimiter]}s.`);
  const columns = columnsOf(header?.cells ?? [], notes);
  notes.push(...raggedNotes(rows, columns.length));
  return { encoding: decoded.encoding, encodingNote: decoded.note, delimiter, columns, records: rows, notes };
}
