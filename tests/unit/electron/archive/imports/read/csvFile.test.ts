import { truncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_MAX_CELL_CHARS } from '../../../../../../shared/model/importFields';
import { CSV_MAX_BYTES, readCsvFile } from '../../../../../../electron/archive/imports/read/csvFile';
import { ImportProblem } from '../../../../../../electron/archive/imports/read/problem';
import { tempDir } from '../../../../helpers';
import { sourceFile as file } from './sources';

function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportProblem) return e.message;
    throw e;
  }
  throw new Error('expected an ImportProblem');
}

const statements = 'ref,title,summary\nTRC-001,Night arrest,"They came at night.\nMy brother was taken."\nTRC-002,The station,Short\n';

describe('readCsvFile', () => {
  it('reads quoted newlines, with the line each record starts on', () => {
    const csv = readCsvFile(file('statements.csv', statements), 'auto');
    expect(csv).toMatchObject({ encoding: 'utf-8', encodingNote: 'UTF-8', delimiter: ',', columns: ['ref', 'title', 'summary'], notes: [] });
    expect(csv.records).toEqual([
      { line: 2, cells: ['TRC-001', 'Night arrest', 'They came at night.\nMy brother was taken.'] },
      { line: 4, cells: ['TRC-002', 'The station', 'Short'] },
    ]);
  });

  it('counts Windows line breaks inside quoted cells once, and keeps "\\n" in the text', () => {
    const csv = readCsvFile(file('crlf.csv', statements.replace(/\n/g, '\r\n') + '\r\n\r\nTRC-003,Later,x\r\n'), 'auto');
    expect(csv.records.map((r) => r.line)).toEqual([2, 4, 7]);
    expect(csv.records[0]?.cells[2]).toBe('They came at night.\nMy brother was taken.');
  });

  it('reads a UTF-8 byte order mark, UTF-16 and Windows-1252, and says which', () => {
    const text = 'ref;title\nTRC-9;Témoignage – l’été\n';
    const cases: [Buffer, string, string][] = [
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8', 'UTF-8 (byte order mark)'],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le', 'UTF-16 LE (byte order mark)'],
      [Buffer.from(text, 'utf16le').swap16(), 'utf-16be', 'UTF-16 BE (detected)'],
      [Buffer.from('ref;title\nTRC-9;T\xe9moignage \x96 l\x92\xe9t\xe9\n', 'latin1'), 'windows-1252', 'Windows-1252 (detected: not valid UTF-8)'],
    ];
    for (const [bytes, encoding, note] of cases) {
      const csv = readCsvFile(file('enc.csv', bytes), 'auto');
      expect(csv).toMatchObject({ encoding, encodingNote: note, delimiter: ';', columns: ['ref', 'title'] });
      expect(csv.records).toEqual([{ line: 2, cells: ['TRC-9', 'Témoignage – l’été'] }]);
    }
  });

  it('takes semicolons or tabs from the header line, not from the rows', () => {
    const semi = readCsvFile(file('semi.csv', 'ref;title;summary\nTRC-1;A, B and C;"x;y"\n'), 'auto');
    expect(semi.delimiter).toBe(';');
    expect(semi.records[0]?.cells).toEqual(['TRC-1', 'A, B and C', 'x;y']);
    expect(semi.notes).toContain('The cells are separated by semicolons.');
    const tabs = readCsvFile(file('tabs.tsv', 'ref\ttitle\nTRC-1\tA, B; C\n'), 'auto');
    expect(tabs).toMatchObject({ delimiter: '\t', columns: ['ref', 'title'] });
    expect(tabs.records[0]?.cells).toEqual(['TRC-1', 'A, B; C']);
  });

  it('keeps ragged rows and says where they are', () => {
    const csv = readCsvFile(file('ragged.csv', 'ref,title,summary\nTRC-1,A,x\nTRC-2,B\nTRC-3,C,y,extra,more\nTRC-4\n,,\n'), 'auto');
    expect(csv.records.map((r) => [r.line, r.cells.length])).toEqual([
      [2, 3],
      [3, 2],
      [4, 5],
      [5, 1],
    ]);
    expect(csv.records[2]?.cells.slice(3)).toEqual(['extra', 'more']);
    expect(csv.notes).toEqual([
      '1 row has more cells than the header names (first at line 4); the extra cells have no column and are kept as they are.',
      '2 rows have fewer cells than the header names (first at line 3); the missing cells are read as empty.',
    ]);
  });

  it('trims header cells, names empty ones and numbers repeated ones', () => {
    const csv = readCsvFile(file('header.csv', ' ref , ,Title,title,Title,ref\n1,2,3,4,5,6\n'), 'auto');
    expect(csv.columns).toEqual(['ref', 'Column 2', 'Title', 'title (2)', 'Title (3)', 'ref (2)']);
    expect(csv.notes).toEqual(['The header names “Title”, “ref” more than once; the later columns are numbered, like “title (2)”.']);
    const blank = readCsvFile(file('blank-header.csv', ',,\nTRC-1,A,x\n'), 'auto');
    expect(blank).toMatchObject({ columns: ['Column 1', 'Column 2', 'Column 3'], records: [{ line: 2, cells: ['TRC-1', 'A', 'x'] }] });
  });

  it('refuses a cell over the limit, naming its line', () => {
    const huge = 'x'.repeat(CSV_MAX_CELL_CHARS + 1);
    const message = problem(() => readCsvFile(file('huge.csv', `ref,transcript\nTRC-1,short\nTRC-2,"line one\n${huge}"\n`), 'auto'));
    expect(message).toBe(
      `“huge.csv”, line 3: cell 2 holds 2,000,010 characters, more than the 2,000,000 a cell may hold. Put a text that long in a transcript file instead.`,
    );
    // One under the limit is read whole.
    const fits = readCsvFile(file('fits.csv', `ref,transcript\nTRC-1,${'y'.repeat(CSV_MAX_CELL_CHARS)}\n`), 'auto');
    expect(fits.records[0]?.cells[1]?.length).toBe(CSV_MAX_CELL_CHARS);
  });

  it('refuses an empty file; a header alone gives no records', () => {
    expect(problem(() => readCsvFile(file('empty.csv', ''), 'auto'))).toBe('“empty.csv” is empty. A CSV import needs a first row naming the columns, then one row per testimony.');
    expect(problem(() => readCsvFile(file('blank.csv', '\n\n  \n'), 'auto'))).toMatch(/“blank.csv” is empty/);
    const header = readCsvFile(file('header-only.csv', 'ref,title\n'), 'auto');
    expect(header).toMatchObject({ columns: ['ref', 'title'], records: [] });
  });

  it('refuses binary junk, invalid UTF-8 chosen as UTF-8, and an unclosed quote', () => {
    const junk = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 31) % 256));
    expect(problem(() => readCsvFile(file('junk.csv', junk), 'auto'))).toMatch(/^“junk.csv” is not a text file/);
    const latin = Buffer.from('ref,title\nTRC-1,caf\xe9\n', 'latin1');
    expect(problem(() => readCsvFile(file('latin.csv', latin), 'utf-8'))).toBe(
      '“latin.csv” is not valid UTF-8 (first at line 2). Files saved by older Windows programs are often Windows-1252: choose that encoding.',
    );
    expect(readCsvFile(file('latin.csv', latin), 'windows-1252')).toMatchObject({ encodingNote: 'Windows-1252 (chosen)', records: [{ line: 2, cells: ['TRC-1', 'café'] }] });
    expect(problem(() => readCsvFile(file('open.csv', 'ref,title\nTRC-1,ok\nTRC-2,"never closed\nTRC-3,x\n'), 'auto'))).toBe(
      '“open.csv”: a quoted cell that begins after line 2 is never closed. Check for a missing quote mark (").',
    );
  });

  it('refuses a file over 512 MB before reading it', () => {
    const big = file('census.csv', '');
    truncateSync(big, CSV_MAX_BYTES + 1); // sparse: nothing is written or read
    expect(problem(() => readCsvFile(big, 'auto'))).toBe('“census.csv” is larger than the 512 MB a CSV import reads. Split it into smaller files.');
  });

  it('refuses a missing file with a message, not a stack trace', () => {
    expect(problem(() => readCsvFile(path.join(tempDir(), 'gone.csv'), 'auto'))).toBe('“gone.csv” cannot be opened. Check that it still exists and that you may read it.');
  });
});
