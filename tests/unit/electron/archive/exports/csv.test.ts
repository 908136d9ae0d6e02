import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../../../electron/archive/exports/csv';

describe('CSV for spreadsheets', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "\"'\rcmd\""],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['line\nbreak', '"line\nbreak"'],
    [' padded ', '" padded "'],
    ['Ñandú Москва', 'Ñandú Москва'],
    [null, ''],
    [['a', 'b'], 'a; b'],
    [3.5, '3.5'],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes a BOM, a header and CRLF rows', () => {
    expect(toCsv(['A', 'B'], [['1', '2,3']])).toBe('\uFEFFA,B\r\n1,"2,3"\r\n');
  });
});
