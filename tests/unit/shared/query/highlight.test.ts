import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../../shared/query/highlight';
import { parseQuery } from '../../../../shared/query/parse';

/** The marked stretches of `text`, for readable expectations. */
function marked(text: string, q: string): string[] {
  return findMatches(text, parseQuery(q)).map(([s, e]) => text.slice(s, e));
}

describe('findMatches: words, prefixes and phrases', () => {
  it.each([
    ['The fire at the mill; FIRE again. Firearms.', 'fire', ['fire', 'FIRE']],
    ['The fire at the mill; FIRE again. Firearms.', 'fire*', ['fire', 'FIRE', 'Firearms']],
    ['The fire at the mill; FIRE again. Firearms.', 'mill', ['mill']],
    ['we walked to the bridge at dusk, at the bridge', '"the bridge at dusk"', ['the bridge at dusk']],
    ['we walked to the bridge\n\nat   dusk', '"bridge at dusk"', ['bridge\n\nat   dusk']],
    ['the bridge, at, dusk', '"bridge at dusk"', ['bridge, at, dusk']],
    ['the bridge is at dusk', '"bridge at dusk"', []],
    ['the bridge at duskfall', '"bridge at dusk"*', ['bridge at duskfall']],
    ['the bridge at duskfall', '"bridge at dusk"', []],
    ["Mr O'Brien and O’Brien and o brien", "O'Brien", ["O'Brien", 'O’Brien', 'o brien']],
    ['an e-mail, an email', 'e-mail', ['e-mail']],
    ['abc abcd xabc', 'abc', ['abc']],
    ['one two three', 'one OR three', ['one', 'three']],
    ['one two three', 'one -two', ['one']],
    ['one two three', 'title:one two', ['two']],
    ['one two three', 'person:one place:two theme:three', []],
    ['in 1963 and 19630', '1963', ['1963']],
    ['fire fire', 'fire "fire fire"', ['fire fire']],
  ])('in %j, %s marks %j', (text, q, expected) => {
    expect(marked(text, q)).toEqual(expected);
  });

  it('returns sorted, non-overlapping ranges, joining overlapping phrases', () => {
    const text = 'a b c d b c';
    const ranges = findMatches(text, parseQuery('"a b c" "b c d" c'));
    expect(ranges).toEqual([
      [0, 7],
      [10, 11],
    ]);
  });

  it('finds nothing for an empty text, an empty query or a query of exclusions and dates only', () => {
    expect(findMatches('', parseQuery('fire'))).toEqual([]);
    expect(findMatches('fire', parseQuery(''))).toEqual([]);
    expect(findMatches('fire', parseQuery('-fire date:1963'))).toEqual([]);
  });
});

describe('findMatches: case, diacritics and scripts', () => {
  it.each([
    ['Ñandú ran past the NANDU', 'nandu', ['Ñandú', 'NANDU']],
    ['the nandu ran', 'Ñandú', ['nandu']],
    // Combining marks (n + U+0303) belong to the word and are part of the mark.
    ['n\u0303andu\u0301 ran', 'nandu', ['n\u0303andu\u0301']],
    ['Birgit Söderström spoke', 'soderstrom', ['Söderström']],
    ['ŁÓDŹ and łódź', 'łodz', ['ŁÓDŹ', 'łódź']],
    ['İstanbul and ISTANBUL', 'istanbul', ['İstanbul', 'ISTANBUL']],
    ['Мирошниченко был там; МИРОШНИЧЕНКО', 'мирошниченко', ['Мирошниченко', 'МИРОШНИЧЕНКО']],
    ['Мирошниченко был там', 'Мирош*', ['Мирошниченко']],
    ['ΟΔΟΣ and οδος', 'οδοσ', ['ΟΔΟΣ', 'οδος']],
    ['قال الشاهد إن المنزل احترق', 'المنزل', ['المنزل']],
    ['قال الشاهد إن المنزل احترق', '"الشاهد إن"', ['الشاهد إن']],
    ['東京タワーで 東京 京都', '東京*', ['東京タワーで', '東京']],
    ['東京タワーで 東京 京都', '東京', ['東京']],
    ['東京タワーで', 'タワー', []],
    ['ＦＩＲＥ in full width', 'fire', ['ＦＩＲＥ']],
    ['a 𝐟𝐢𝐫𝐞 in maths bold', 'fire', ['𝐟𝐢𝐫𝐞']],
    ['emoji 🔥fire🔥 here', 'fire', ['fire']],
    ['zero\u200bwidth', 'width', ['width']],
  ])('in %j, %s marks %j', (text, q, expected) => {
    expect(marked(text, q)).toEqual(expected);
  });

  it('keeps offsets right after characters outside the BMP and after expansions', () => {
    const text = '😀😀 ½ ﬁre fire';
    const ranges = findMatches(text, parseQuery('fire'));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['ﬁre', 'fire']);
  });
});

describe('findMatches: hostile input', () => {
  it.each([
    ['"unbalanced quote', 'an unbalanced quote here', ['unbalanced quote']],
    ['title:', 'title: here', []],
    ['***', 'stars *** here', []],
    ['OR OR OR', 'or or', []],
    ['-', 'a - b', []],
    ['\u0000fire\u202e', 'fire', ['fire']],
    ['\u0301', 'a\u0301', []],
    ['fire', 'lone \ud800fire\udc00 surrogates', ['fire']],
  ])('the query %j on %j marks %j', (q, text, expected) => {
    expect(marked(text, q)).toEqual(expected);
  });

  it('finds every match in a 1.5 MB transcript with many matches', () => {
    const para = 'Ñandú said the fire at the Cutler Street Bridge began at dusk; Мирошниченко saw it. ';
    const text = para.repeat(Math.ceil(1_500_000 / para.length));
    const ranges = findMatches(text, parseQuery('fire "cutler street" nand* мирошниченко -dusk'));
    const count = Math.ceil(1_500_000 / para.length);
    expect(ranges.length).toBe(count * 4);
    expect(text.slice(...(ranges[1] ?? [0, 0]))).toBe('fire');
    expect(text.slice(...(ranges.at(-2) ?? [0, 0]))).toBe('Cutler Street');
  });

  it('copes with one enormous token and a text with no words', () => {
    expect(findMatches('a'.repeat(1_000_000), parseQuery('a*'))).toEqual([[0, 1_000_000]]);
    expect(findMatches('- '.repeat(500_000), parseQuery('fire'))).toEqual([]);
  });
});

describe('findMatches agrees with SQLite FTS5 (unicode61 remove_diacritics 2)', () => {
  const OPEN = '\u0001';
  const CLOSE = '\u0002';

  /** What FTS5's highlight() marks for an FTS5 query, as [start, end) offsets in the original. */
  function ftsMarks(db: Database.Database, text: string, ftsQuery: string): [number, number][] {
    db.prepare('DELETE FROM f').run();
    db.prepare('INSERT INTO f (rowid, x) VALUES (1, ?)').run(text);
    const row = db.prepare('SELECT highlight(f, 0, ?, ?) AS h FROM f WHERE f MATCH ?').get(OPEN, CLOSE, ftsQuery) as { h: string } | undefined;
    if (!row) return [];
    const out: [number, number][] = [];
    let pos = 0;
    let start = 0;
    for (const ch of row.h) {
      if (ch === OPEN) start = pos;
      else if (ch === CLOSE) out.push([start, pos]);
      else pos += ch.length;
    }
    return out;
  }

  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE f USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')");
  const dir = path.join(__dirname, '..', '..', '..', '..', 'resources', 'sample', 'testimonies');
  const transcripts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .slice(0, 12)
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));

  it.each([
    ['fire', 'fire'],
    ['bridge', 'bridge'],
    ['soderstrom', 'soderstrom'],
    ['bell*', 'bell*'],
    ['"the county"', '"the county"'],
    ["O'Brien", '"o brien"'],
    ['"we were"', '"we were"'],
  ])('%s is marked where FTS5 marks it in the sample transcripts', (q, fts) => {
    let compared = 0;
    for (const t of transcripts) {
      const expected = ftsMarks(db, t, fts);
      expect(findMatches(t, parseQuery(q))).toEqual(expected);
      compared += expected.length;
    }
    if (q !== "O'Brien") expect(compared).toBeGreaterThan(0);
  });

  it.each([
    ['Ñandú n\u0303andu NANDU', 'nandu'],
    ['Мирошниченко был там', 'мирошниченко'],
    ['قال الشاهد إن المنزل احترق', 'المنزل'],
    ['東京タワーで 東京 京都', '東京*'],
    ['ΟΔΟΣ and οδος', 'οδοσ'],
  ])('in %j, %s is marked where FTS5 marks it', (text, q) => {
    const expected = ftsMarks(db, text, q);
    expect(expected.length).toBeGreaterThan(0);
    expect(findMatches(text, parseQuery(q))).toEqual(expected);
  });
});
