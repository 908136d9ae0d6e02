import { describe, expect, it } from 'vitest';
import { mapRow, rowFailed } from '../../../../../electron/archive/imports/rows';

/** One CSV row mapped to a testimony: fields that decide who may read it are never guessed. */

const COLUMNS = ['Title', 'Access', 'Embargo', 'Date'];
const MAPPING = { Title: 'title', Access: 'accessLevel', Embargo: 'embargoUntil', Date: 'dateRecorded' } as const;
const NAMES = { place: () => null, hearing: () => null };

const row = (cells: string[]) => mapRow(cells, COLUMNS, MAPPING, '/tmp', NAMES);

describe('mapRow', () => {
  it('imports a row without a field it cannot read, saying so', () => {
    const r = row(['A statement', 'Sealed', '', 'not a date']);
    expect(rowFailed(r)).toBe(false);
    expect(r.data).toMatchObject({ title: 'A statement', accessLevel: 'sealed', dateRecorded: '' });
    expect(r.problems.map((p) => p.field)).toEqual(['Date']);
    expect(r.problems[0]?.message).toContain('Imported without it.');
  });

  it('refuses a row whose access level is not one Tessera knows, instead of opening it at the default', () => {
    const r = row(['A statement', 'Secret', '', '1998']);
    expect(rowFailed(r)).toBe(true);
    expect(r.problems[0]).toMatchObject({ field: 'Access' });
    expect(r.problems[0]?.message).toContain('“Secret”. The row was not imported');
  });

  it('refuses a row whose embargo date cannot be read', () => {
    const r = row(['A statement', 'Restricted', 'next spring', '']);
    expect(rowFailed(r)).toBe(true);
    expect(r.problems[0]).toMatchObject({ field: 'Embargo' });
    expect(r.problems[0]?.message).toContain('“next spring”. The row was not imported');
  });

  it('leaves the access level to the default when the cell is empty', () => {
    const r = row(['A statement', '', '', '']);
    expect(rowFailed(r)).toBe(false);
    expect(r.data.accessLevel).toBe('restricted');
  });
});
