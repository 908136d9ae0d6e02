import { parseFlexDate } from '../model/flexDate';
import type { DateRange, ParsedQuery, SearchField, Term } from './ast';
import { SEARCH_FIELDS } from './ast';

/** Longer input is cut here (with a hint): no person types more, and the work stays bounded. */
export const MAX_QUERY_CHARS = 1000;
/** At most this many words and phrases are searched; the rest are dropped with a hint. */
export const MAX_TERMS = 32;

const FIELD_ALIASES: Record<string, SearchField> = { title: 'title', person: 'person', people: 'person', name: 'person', place: 'place', theme: 'theme' };
const HAS_WORD = /[\p{L}\p{N}]/u;
// Control and format characters (NUL, escape, bidi overrides…) never belong in a search.
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

interface Token {
  raw: string;
  negated: boolean;
  field: string | null;
  quoted: boolean;
  text: string;
  prefix: boolean;
}

/** Splits the box into tokens: words, "phrases", with -, field: and trailing * read off. */
function tokenize(input: string, hints: string[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = input.length;
  while (i < n) {
    while (i < n && /\s/u.test(input[i] ?? '')) i++;
    if (i >= n) break;
    const start = i;
    let negated = false;
    if (input[i] === '-' && i + 1 < n && !/\s/u.test(input[i + 1] ?? '')) {
      negated = true;
      i++;
    }
    let field: string | null = null;
    const fieldMatch = /^([\p{L}]+):/u.exec(input.slice(i, i + 20));
    if (fieldMatch?.[1]) {
      field = fieldMatch[1].toLowerCase();
      i += fieldMatch[0].length;
    }
    let text = '';
    let quoted = false;
    if (input[i] === '"') {
      quoted = true;
      const close = input.indexOf('"', i + 1);
      if (close < 0) {
        hints.push('A quotation mark was not closed; the phrase runs to the end of the search.');
        text = input.slice(i + 1);
        i = n;
      } else {
        text = input.slice(i + 1, close);
        i = close + 1;
      }
    } else {
      while (i < n && !/\s/u.test(input[i] ?? '') && input[i] !== '"') i++;
      text = input.slice(start, i).slice((negated ? 1 : 0) + (field === null ? 0 : field.length + 1));
    }
    let prefix = false;
    if (input[i] === '*') {
      prefix = true;
      i++;
    } else if (!quoted && text.endsWith('*')) {
      prefix = true;
      text = text.replace(/\*+$/u, '');
    }
    tokens.push({ raw: input.slice(start, i), negated, field, quoted, text: text.trim(), prefix });
  }
  return tokens;
}

/** `1963`, `1960s`, `1960..1969`, `..1970`, `1963-05..`, `"circa 1963"`: inclusive ISO bounds. */
export function parseDateRange(text: string): DateRange | string {
  const [left = '', right, ...extra] = text.split('..');
  if (extra.length > 0) return `"date:${text}" has more than one "..".`;
  const bound = (s: string, end: boolean): string | null | false => {
    if (s.trim() === '') return null;
    const d = parseFlexDate(s.trim());
    if (!d.ok || d.value.start === null) return false;
    return end ? d.value.end : d.value.start;
  };
  const from = bound(left, false);
  const to = bound(right === undefined ? left : right, true);
  if (from === false || to === false) return `"date:${text}" is not a date; try date:1963, date:1960s or date:1960..1969.`;
  if (from === null && to === null) return 'date: needs a year or a range after it, such as date:1960..1969.';
  if (from !== null && to !== null && from > to) return `In "date:${text}" the first date comes after the second.`;
  return { from, to, text };
}

function termOf(tok: Token, field: SearchField | null, hints: string[]): Term | null {
  const text = tok.text.replace(/\s+/gu, ' ');
  if (!HAS_WORD.test(text)) {
    if (tok.field !== null && text === '') hints.push(`"${tok.field}:" needs a word after it, such as ${tok.field}:fire.`);
    else hints.push(`"${tok.raw}" has no letters or digits to search for, so it was left out.`);
    return null;
  }
  return { text, phrase: tok.quoted && /\s/u.test(text), prefix: tok.prefix, field };
}

/**
 * Reads the search box. Never throws: anything it cannot use is dropped or corrected, and
 * `hints` says what and why.
 *
 * Syntax: words (all must match), "exact phrases", OR between two words or phrases, -exclusion,
 * prefix*, field filters (title: person: place: theme:) and date:FROM..TO.
 */
export function parseQuery(input: string): ParsedQuery {
  const hints: string[] = [];
  let text = input;
  if (CONTROL.test(text)) text = text.replace(CONTROL, ' ');
  if (text.length > MAX_QUERY_CHARS) {
    hints.push(`The search was cut to its first ${MAX_QUERY_CHARS} characters.`);
    text = text.slice(0, MAX_QUERY_CHARS);
  }
  const all: Term[][] = [];
  const none: Term[] = [];
  let date: DateRange | null = null;
  let joinNext = false;
  let prevPositive = false;
  let count = 0;
  for (const tok of tokenize(text, hints)) {
    if (!tok.quoted && tok.field === null && !tok.negated && tok.text === 'OR') {
      if (prevPositive) joinNext = true;
      else hints.push('OR needs a word or phrase on each side; it was left out.');
      prevPositive = false;
      continue;
    }
    prevPositive = false;
    if (tok.field === 'date') {
      const range = parseDateRange(tok.text);
      if (typeof range === 'string') hints.push(range);
      else if (tok.negated) hints.push('A date range cannot be excluded; "-date:" was left out.');
      else date = range;
      joinNext = false;
      continue;
    }
    let field: SearchField | null = null;
    if (tok.field !== null) {
      field = FIELD_ALIASES[tok.field] ?? null;
      if (field === null) {
        hints.push(`There is no "${tok.field}:" filter (use ${SEARCH_FIELDS.join(':, ')}: or date:); "${tok.raw}" was searched as words.`);
        tok.text = `${tok.field} ${tok.text}`;
        tok.quoted = true;
      }
    }
    const term = termOf(tok, field, hints);
    if (term === null) continue;
    if (++count > MAX_TERMS) {
      if (count === MAX_TERMS + 1) hints.push(`Only the first ${MAX_TERMS} words and phrases were searched.`);
      continue;
    }
    if (tok.negated) {
      none.push(term);
      joinNext = false;
    } else if (joinNext) {
      all[all.length - 1]?.push(term);
      joinNext = false;
      prevPositive = true;
    } else {
      all.push([term]);
      prevPositive = true;
    }
  }
  if (joinNext) hints.push('OR needs a word or phrase on each side; the last OR was left out.');
  return { all, none, date, hints };
}
