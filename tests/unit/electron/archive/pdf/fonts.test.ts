import { describe, expect, it } from 'vitest';
import { checkGlyphs, describeChar, findMissingGlyphs, printable } from '../../../../../electron/archive/pdf/fonts';

describe('the glyph check', () => {
  it('finds nothing missing in Latin with diacritics, Greek and Cyrillic', () => {
    const text = 'Söderström, Ngcobo, Đặng, Łódź, Ærøskøbing, Şahin — Пам’яті загиблих · Вечная память · Μνήμη « » “ ” № 1–2';
    expect(findMissingGlyphs(text)).toEqual([]);
    expect(() => checkGlyphs(text, 'Marker M-001, inscription')).not.toThrow();
  });

  it('names the character and the record it is in', () => {
    expect(() => checkGlyphs('Memorial 中 here', 'Marker M-003, inscription')).toThrow('Marker M-003, inscription: no font has a glyph for U+4E2D "中"');
    expect(() => checkGlyphs('Flowers 🌹', 'Marker M-004, ceremony notes')).toThrow('U+1F339 "🌹"');
  });

  it('lists each missing character once, and no more than five by name', () => {
    const missing = findMissingGlyphs('中中文字😀🌹☃︎');
    expect(missing.map(describeChar)).toEqual(['U+4E2D "中"', 'U+6587 "文"', 'U+5B57 "字"', 'U+1F600 "😀"', 'U+1F339 "🌹"', 'U+2603 "☃"']);
    expect(() => checkGlyphs('中文字😀🌹☃', 'X')).toThrow(/and 1 more/);
  });

  it('prints text composed, with line breaks kept and control and invisible characters dropped', () => {
    expect(printable('So\u0308derstro\u0308m')).toBe('Söderström');
    expect(printable('a\r\nb\rc\td')).toBe('a\nb\nc    d');
    expect(printable('x\u0000\u0007\u001b\u007f\u0085y\u200b\ufeffz\u00ad')).toBe('xyz');
    expect(findMissingGlyphs('bell\u0007 and zero\u200bwidth')).toEqual([]);
  });
});
