import { describe, expect, it } from 'vitest';
import { contentRange, parseRange } from '../../../../../electron/archive/files/range';

describe('parseRange: one byte range of a served file', () => {
  it.each([
    ['bytes=0-99', 1000, { kind: 'partial', start: 0, end: 99 }],
    ['bytes=100-', 1000, { kind: 'partial', start: 100, end: 999 }],
    ['bytes=-50', 1000, { kind: 'partial', start: 950, end: 999 }],
    ['bytes=-5000', 1000, { kind: 'partial', start: 0, end: 999 }],
    ['bytes=900-5000', 1000, { kind: 'partial', start: 900, end: 999 }],
    ['bytes=999-999', 1000, { kind: 'partial', start: 999, end: 999 }],
    ['Bytes = 5 - 9', 1000, { kind: 'partial', start: 5, end: 9 }],
    ['bytes=0-', 1000, { kind: 'partial', start: 0, end: 999 }],
  ] as const)('%s of %i bytes', (header, size, answer) => {
    expect(parseRange(header, size)).toEqual(answer);
  });

  it.each([
    ['bytes=1000-', 1000],
    ['bytes=1000-1001', 1000],
    ['bytes=5000-6000', 1000],
    ['bytes=-0', 1000],
    ['bytes=0-', 0],
    ['bytes=-10', 0],
  ])('%s of %i bytes is unsatisfiable (416)', (header, size) => {
    expect(parseRange(header, size)).toEqual({ kind: 'unsatisfiable' });
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['bytes='],
    ['bytes=-'],
    ['bytes=abc-def'],
    ['bytes=9-5'],
    ['bytes=0-99,200-299'],
    ['items=0-99'],
    ['bytes=0x10-20'],
    ['bytes=-1-2'],
    ['bytes=99999999999999999999-'],
    [`bytes=0-${'9'.repeat(300)}`],
    ['bytes=0-99\r\nX-Evil: 1'],
  ])('junk or several ranges (%j) is answered with the whole file', (header) => {
    expect(parseRange(header, 1000)).toEqual({ kind: 'whole' });
  });

  it('writes Content-Range for a part and for a refusal', () => {
    expect(contentRange({ kind: 'partial', start: 100, end: 199 }, 1000)).toBe('bytes 100-199/1000');
    expect(contentRange({ kind: 'unsatisfiable' }, 1000)).toBe('bytes */1000');
    expect(contentRange({ kind: 'whole' }, 1000)).toBeNull();
  });
});
