import { describe, expect, it } from 'vitest';
import { parseFlexDate } from '../../../../shared/model/flexDate';

describe('parseFlexDate', () => {
  it.each([
    ['1998-03-14', '1998-03-14', '1998-03-14', false],
    ['1998-3-4', '1998-03-04', '1998-03-04', false],
    ['1998-02', '1998-02-01', '1998-02-28', false],
    ['2000-02', '2000-02-01', '2000-02-29', false],
    ['1963', '1963-01-01', '1963-12-31', false],
    ['circa 1963', '1963-01-01', '1963-12-31', true],
    ['c. 1963', '1963-01-01', '1963-12-31', true],
    ['ca. 1963', '1963-01-01', '1963-12-31', true],
    ['1963?', '1963-01-01', '1963-12-31', true],
    ['1960s', '1960-01-01', '1969-12-31', false],
    ['1971/1973', '1971-01-01', '1973-12-31', false],
    ['1971-06/1971-09', '1971-06-01', '1971-09-30', false],
    ['1971 to circa 1975', '1971-01-01', '1975-12-31', true],
    ['1998-03-14 – 1998-03-16', '1998-03-14', '1998-03-16', false],
  ])('reads %s', (text, start, end, approximate) => {
    const r = parseFlexDate(text);
    expect(r).toEqual({ ok: true, value: { text, start, end, approximate } });
  });

  it('keeps the text as written and treats empty text as no date', () => {
    expect(parseFlexDate('  ')).toEqual({ ok: true, value: { text: '', start: null, end: null, approximate: false } });
    expect(parseFlexDate('circa   1963')).toMatchObject({ ok: true, value: { text: 'circa 1963' } });
  });

  it.each([
    ['1998-13-01', 'no month 13'],
    ['1998-02-30', 'not a day'],
    ['1965s', 'not a decade'],
    ['yesterday', 'not a date'],
    ['1975/1971', 'must not end before'],
    ['1971/1972/1973', 'exactly two ends'],
    ['x'.repeat(101), 'at most 100'],
    ['<script>alert(1)</script>', 'not a date'],
    ['1963\u0000', 'not a date'],
  ])('refuses %s with a message', (text, fragment) => {
    const r = parseFlexDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });
});
