import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../../../electron/archive/imports/read/decode';
import { ImportProblem } from '../../../../../../electron/archive/imports/read/problem';

const words = 'Témoignage: “we were taken”\nÉté – €20';
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const bom = { utf8: Buffer.from([0xef, 0xbb, 0xbf]), le: Buffer.from([0xff, 0xfe]), be: Buffer.from([0xfe, 0xff]) };
/** "café ’ €" as Windows-1252: é E9, ’ 92, € 80 (none of which is valid UTF-8 on its own). */
const cp1252 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x92, 0x20, 0x80, 0x0a, 0x6c, 0x69, 0x6e, 0x65, 0x20, 0x32]);

function problem(fn: () => unknown): ImportProblem {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportProblem) return e;
    throw e;
  }
  throw new Error('expected an ImportProblem');
}

describe('decodeText, detecting', () => {
  it.each([
    ['UTF-8 without a byte order mark', Buffer.from(words), 'utf-8', 'UTF-8'],
    ['UTF-8 with a byte order mark', Buffer.concat([bom.utf8, Buffer.from(words)]), 'utf-8', 'UTF-8 (byte order mark)'],
    ['UTF-16 LE with a byte order mark', Buffer.concat([bom.le, Buffer.from(words, 'utf16le')]), 'utf-16le', 'UTF-16 LE (byte order mark)'],
    ['UTF-16 BE with a byte order mark', Buffer.concat([bom.be, utf16be(words)]), 'utf-16be', 'UTF-16 BE (byte order mark)'],
    ['UTF-16 LE without one', Buffer.from(words, 'utf16le'), 'utf-16le', 'UTF-16 LE (detected)'],
    ['UTF-16 BE without one', utf16be(words), 'utf-16be', 'UTF-16 BE (detected)'],
  ])('reads %s', (_, bytes, encoding, note) => {
    expect(decodeText(bytes, 'auto')).toEqual({ text: words, encoding, note });
  });

  it('reads UTF-16 without a byte order mark in another script (spaces and line breaks give it away)', () => {
    const russian = 'Меня забрали ночью.\nМой брат не вернулся.';
    expect(decodeText(Buffer.from(russian, 'utf16le'), 'auto')).toMatchObject({ text: russian, encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 only when the bytes are not UTF-8, and says so', () => {
    expect(decodeText(cp1252, 'auto')).toEqual({ text: 'café ’ €\nline 2', encoding: 'windows-1252', note: 'Windows-1252 (detected: not valid UTF-8)' });
  });

  it('refuses binary junk instead of guessing an encoding', () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    expect(problem(() => decodeText(junk, 'auto', '“photo.txt”')).message).toBe(
      '“photo.txt” is not a text file (it contains binary data). Check that it is the file you meant, or attach it to a testimony instead.',
    );
    // No NULs, but control bytes throughout: still not text.
    const controls = Buffer.from(Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 20) : 0x41 + (i % 26))));
    expect(problem(() => decodeText(controls, 'auto')).message).toMatch(/is not a text file/);
    // Valid UTF-8 is not text just for being valid: NULs in it.
    expect(problem(() => decodeText(Buffer.from('abc\0\0\0def\0\0\0ghi\0'), 'auto')).message).toMatch(/is not a text file/);
  });
});

describe('decodeText, chosen', () => {
  it('uses a chosen encoding as chosen and says so', () => {
    expect(decodeText(cp1252, 'windows-1252')).toEqual({ text: 'café ’ €\nline 2', encoding: 'windows-1252', note: 'Windows-1252 (chosen)' });
    // UTF-8 bytes read as Windows-1252 because a person chose it: mojibake, but asked for.
    expect(decodeText(Buffer.from('é'), 'windows-1252').text).toBe('Ã©');
    // Every byte 0x80–0x9F as Windows-1252 defines it (Node alone decodes them as Latin-1 controls).
    expect(decodeText(Buffer.from([0x80, 0x82, 0x8c, 0x91, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f]), 'windows-1252').text).toBe('€‚Œ‘“”–—™Ÿ');
    expect(decodeText(Buffer.concat([bom.le, Buffer.from('hi', 'utf16le')]), 'utf-16le')).toEqual({ text: 'hi', encoding: 'utf-16le', note: 'UTF-16 LE (chosen)' });
  });

  it('refuses invalid UTF-8 chosen as UTF-8, naming the line and suggesting Windows-1252', () => {
    const bytes = Buffer.concat([Buffer.from('first line\nsecond line\n'), cp1252]);
    expect(problem(() => decodeText(bytes, 'utf-8', '“statements.csv”')).message).toBe(
      '“statements.csv” is not valid UTF-8 (first at line 3). Files saved by older Windows programs are often Windows-1252: choose that encoding.',
    );
  });

  it('points at UTF-16 when UTF-8 was chosen for a UTF-16 file', () => {
    const bytes = Buffer.concat([bom.le, Buffer.from('ab é', 'utf16le')]);
    expect(problem(() => decodeText(bytes, 'utf-8')).message).toMatch(/It looks like UTF-16 LE: choose that/);
  });

  it('decodes an empty file to empty text (the readers decide what empty means)', () => {
    expect(decodeText(Buffer.alloc(0), 'auto')).toEqual({ text: '', encoding: 'utf-8', note: 'UTF-8' });
  });
});
