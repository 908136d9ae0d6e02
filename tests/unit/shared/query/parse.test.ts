import { describe, expect, it } from 'vitest';
import { isEmptyQuery } from '../../../../shared/query/ast';
import { MAX_QUERY_CHARS, MAX_TERMS, parseDateRange, parseQuery } from '../../../../shared/query/parse';

const w = (text: string, more: Partial<{ phrase: boolean; prefix: boolean; field: string | null }> = {}) => ({ text, phrase: false, prefix: false, field: null, ...more });

describe('parseQuery: the documented syntax', () => {
  it.each([
    ['church fire', { all: [[w('church')], [w('fire')]], none: [] }],
    ['"church fire" 1963', { all: [[w('church fire', { phrase: true })], [w('1963')]], none: [] }],
    ['church OR chapel fire', { all: [[w('church'), w('chapel')], [w('fire')]], none: [] }],
    ['fire -"night shift"', { all: [[w('fire')]], none: [w('night shift', { phrase: true })] }],
    ['fire*', { all: [[w('fire', { prefix: true })]], none: [] }],
    ['"fire dep"*', { all: [[w('fire dep', { phrase: true, prefix: true })]], none: [] }],
    ['title:fire person:"Ma Ngcobo" place:Calder theme:apology', { all: [[w('fire', { field: 'title' })], [w('Ma Ngcobo', { phrase: true, field: 'person' })], [w('Calder', { field: 'place' })], [w('apology', { field: 'theme' })]], none: [] }],
    ['-title:draft report', { all: [[w('report')]], none: [w('draft', { field: 'title' })] }],
    ['name:Ngcobo', { all: [[w('Ngcobo', { field: 'person' })]], none: [] }],
    ["O'Brien", { all: [[w("O'Brien")]], none: [] }],
    ['Москва مرحبا', { all: [[w('Москва')], [w('مرحبا')]], none: [] }],
  ])('%j', (q, expected) => {
    const r = parseQuery(q);
    expect({ all: r.all, none: r.none }).toEqual(expected);
    expect(r.hints).toEqual([]);
  });

  it('reads date ranges: a year, a decade, a range, open ends', () => {
    expect(parseQuery('date:1963').date).toMatchObject({ from: '1963-01-01', to: '1963-12-31' });
    expect(parseQuery('date:1960s').date).toMatchObject({ from: '1960-01-01', to: '1969-12-31' });
    expect(parseQuery('date:1960..1971-07').date).toMatchObject({ from: '1960-01-01', to: '1971-07-31' });
    expect(parseQuery('date:..1970').date).toMatchObject({ from: null, to: '1970-12-31' });
    expect(parseQuery('date:1986-04-10..').date).toMatchObject({ from: '1986-04-10', to: null });
    expect(parseQuery('date:"circa 1963"').date).toMatchObject({ from: '1963-01-01' });
    expect(parseDateRange('1990..1960')).toMatch(/first date comes after/);
  });
});

describe('parseQuery: bad input gives hints, never throws', () => {
  it.each([
    ['"unbalanced phrase', /quotation mark was not closed/],
    ['-', /no letters or digits/],
    ['*', /no letters or digits/],
    ['title:', /"title:" needs a word/],
    ['OR fire', /OR needs a word/],
    ['fire OR', /OR needs a word/],
    ['fire -x OR y', /OR needs a word/],
    ['date:', /needs a year/],
    ['date:someday', /not a date/],
    ['date:1..2..3', /more than one/],
    ['-date:1963', /cannot be excluded/],
    ['colour:red', /There is no "colour:" filter/],
  ])('%j', (q, hint) => {
    const r = parseQuery(q);
    expect(r.hints.join(' ')).toMatch(hint);
  });

  it('cuts very long input and caps the number of words', () => {
    const long = parseQuery('a'.repeat(10_000));
    expect(long.hints.join(' ')).toMatch(/cut to its first/);
    expect(long.all[0]?.[0]?.text).toHaveLength(MAX_QUERY_CHARS);
    const many = parseQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '));
    expect(many.all).toHaveLength(MAX_TERMS);
    expect(many.hints.join(' ')).toMatch(/Only the first/);
  });

  it('drops control characters and keeps SQL fragments as plain words', () => {
    expect(parseQuery('\u0000fi\u001bre').all).toEqual([[w('fi')], [w('re')]]);
    const sql = parseQuery("'; DROP TABLE testimonies; --");
    expect(sql.all.flat().map((t) => t.text)).toEqual(["';", 'DROP', 'TABLE', 'testimonies;'].filter((t) => /\p{L}/u.test(t)));
  });

  it('knows an empty query', () => {
    expect(isEmptyQuery(parseQuery('   '))).toBe(true);
    expect(isEmptyQuery(parseQuery('-x'))).toBe(false);
    expect(isEmptyQuery(parseQuery('date:1963'))).toBe(false);
  });
});
