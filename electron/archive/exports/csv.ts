/**
 * CSV as spreadsheet programs read it safely: RFC 4180 quoting, CRLF line ends, a UTF-8 byte
 * order mark so Excel sees UTF-8, and formula injection neutralised — a cell starting with
 * = + - @, a tab or a carriage return is prefixed with an apostrophe so it is shown as text,
 * never run as a formula (OWASP's advice).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

export function csvCell(value: CsvValue): string {
  let s = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole file: header row, rows, BOM first, CRLF after every row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map(csvRow).join('\r\n')}\r\n`;
}
