/**
 * Flexible dates as archivists write them: exact (1998-03-14), partial (1998-03, 1998),
 * approximate (circa 1963, c. 1963, ca. 1963), decades (1960s) and ranges (A/B or "A to B").
 * The text is kept as written; start and end are normalised ISO dates (YYYY-MM-DD).
 */
export interface FlexDate {
  text: string;
  start: string | null;
  end: string | null;
  approximate: boolean;
}

export type FlexDateResult = { ok: true; value: FlexDate } | { ok: false; message: string };

const EMPTY: FlexDate = { text: '', start: null, end: null, approximate: false };

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Bounds {
  start: string;
  end: string;
  approximate: boolean;
}

/** One side of a range: a single date, month, year, decade, optionally approximate. */
function parsePoint(raw: string): Bounds | string {
  let s = raw.trim().toLowerCase();
  let approximate = false;
  const circa = /^(circa|ca\.?|c\.)\s*/.exec(s);
  if (circa) {
    approximate = true;
    s = s.slice(circa[0].length);
  }
  if (s.endsWith('?')) {
    approximate = true;
    s = s.slice(0, -1).trim();
  }
  let m = /^(\d{4})s$/.exec(s);
  if (m) {
    const decade = Number(m[1]);
    if (decade % 10 !== 0) return `"${raw.trim()}" is not a decade; write e.g. 1960s`;
    return { start: `${pad(decade, 4)}-01-01`, end: `${pad(decade + 9, 4)}-12-31`, approximate };
  }
  m = /^(\d{4})$/.exec(s);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, approximate };
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return `"${raw.trim()}" has no month ${mo}`;
    return { start: `${m[1]}-${pad(mo, 2)}-01`, end: `${m[1]}-${pad(mo, 2)}-${pad(daysInMonth(y, mo), 2)}`, approximate };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo < 1 || mo > 12) return `"${raw.trim()}" has no month ${mo}`;
    if (d < 1 || d > daysInMonth(y, mo)) return `"${raw.trim()}" is not a day of that month`;
    const iso = `${m[1]}-${pad(mo, 2)}-${pad(d, 2)}`;
    return { start: iso, end: iso, approximate };
  }
  return `"${raw.trim()}" is not a date Tessera understands; use 1998-03-14, 1998-03, 1998, circa 1963, 1960s or a range like 1971/1973`;
}

/** Parses flexible date text. Empty text is a valid "no date". */
export function parseFlexDate(input: string): FlexDateResult {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: true, value: EMPTY };
  if (text.length > 100) return { ok: false, message: 'A date must be at most 100 characters' };
  const parts = text.split(/\s*(?:\/|\bto\b|–|—|\s-\s)\s*/i).filter((p) => p !== '');
  if (parts.length > 2) return { ok: false, message: 'A date range has exactly two ends, e.g. 1971/1973' };
  const first = parsePoint(parts[0] ?? '');
  if (typeof first === 'string') return { ok: false, message: first };
  if (parts.length === 1) {
    return { ok: true, value: { text, start: first.start, end: first.end, approximate: first.approximate } };
  }
  const second = parsePoint(parts[1] ?? '');
  if (typeof second === 'string') return { ok: false, message: second };
  if (second.end < first.start) return { ok: false, message: 'A date range must not end before it starts' };
  return {
    ok: true,
    value: { text, start: first.start, end: second.end, approximate: first.approximate || second.approximate },
  };
}

/** Strict ISO calendar date (YYYY-MM-DD) check. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(Number(m[1]), mo);
}
