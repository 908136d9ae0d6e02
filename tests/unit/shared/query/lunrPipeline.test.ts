import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildLunrIndex, type LunrDoc } from '../../../../shared/query/lunrIndex';
import { queryTerm, tokenizer, wordsOf } from '../../../../shared/query/lunrPipeline';

const doc = (id: string, body: string, more: Partial<LunrDoc> = {}): LunrDoc => ({ id, title: '', body, people: [], places: [], ...more });

/** Refs of the documents that hold the word (through the shared pipeline, as the reading room asks). */
function find(index: lunr.Index, word: string, prefix = false): string[] {
  const term = queryTerm(word, prefix);
  if (term === null) return [];
  return index
    .query((q) => q.term(term, { usePipeline: false, wildcard: prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE, presence: lunr.Query.presence.REQUIRED }))
    .map((r) => r.ref)
    .sort();
}

describe('the reading room’s lunr pipeline', () => {
  const docs = [
    doc('ru', 'Мы приехали в Москву, потом снова в Москва.'),
    doc('ar', 'قال لي مرحبا عند الباب'),
    doc('he', 'הוא אמר שָׁלוֹם ונכנס'),
    doc('es', 'Vimos un Ñandú cerca del río.', { people: ['José Núñez'], places: ['Asunción'] }),
    doc('en', 'The killing of Lucius Bell; the deputies burned the records.', { title: 'Stoneford, 1957' }),
    doc('mix', 'Straße — “quoted” (brackets) 1963-09-14'),
  ];
  const index = lunr.Index.load(JSON.parse(buildLunrIndex(docs)) as object);

  it('keeps words in every script that lunr’s default trimmer would empty', () => {
    // lunr's own trimmer strips \W at both ends: Москва and مرحبا become empty tokens.
    expect(lunr.trimmer(new lunr.Token('Москва', {})).toString()).toBe('');
    expect(find(index, 'Москва')).toEqual(['ru']);
    expect(find(index, 'москва')).toEqual(['ru']);
    expect(find(index, 'مرحبا')).toEqual(['ar']);
    expect(find(index, 'שלום')).toEqual(['he']);
    expect(find(index, 'שָׁלוֹם')).toEqual(['he']);
  });

  it('folds diacritics and case, in the text and in the search', () => {
    expect(find(index, 'nandu')).toEqual(['es']);
    expect(find(index, 'Ñandú')).toEqual(['es']);
    expect(find(index, 'NANDU')).toEqual(['es']);
    expect(find(index, 'nunez')).toEqual(['es']);
    expect(find(index, 'asuncion')).toEqual(['es']);
  });

  it('stems English words, and keeps the whole word for prefixes', () => {
    expect(find(index, 'killed')).toEqual(['en']);
    expect(find(index, 'burning')).toEqual(['en']);
    expect(find(index, 'killi', true)).toEqual(['en']);
    expect(find(index, 'Моск', true)).toEqual(['ru']);
    expect(find(index, 'stone', true)).toEqual(['en']);
  });

  it('drops punctuation and stop words, and splits dates into numbers', () => {
    expect(queryTerm('the')).toBeNull();
    expect(queryTerm('“quoted”')).toBe('quot');
    expect(queryTerm('—')).toBeNull();
    expect(find(index, 'quoted')).toEqual(['mix']);
    expect(find(index, '1963')).toEqual(['mix']);
    expect(find(index, 'straße')).toEqual(['mix']);
  });

  it('tokenizes words with their offsets, arrays element by element', () => {
    expect(wordsOf('Ñandú, «Москва»!')).toEqual([
      { text: 'Ñandú', start: 0, end: 5 },
      { text: 'Москва', start: 8, end: 14 },
    ]);
    expect(tokenizer(['José Núñez', 'Asunción']).map(String)).toEqual(['José', 'Núñez', 'Asunción']);
    expect(tokenizer(null)).toEqual([]);
  });

  it('serialises the pipeline by name, so the browser loads the same functions', () => {
    const json = JSON.parse(buildLunrIndex([doc('a', 'x')])) as { pipeline: string[] };
    expect(json.pipeline).toEqual(['tesseraTrimmer', 'tesseraFold', 'stopWordFilter', 'tesseraStem']);
  });

  it('reports progress for every document', () => {
    const seen: [number, number][] = [];
    buildLunrIndex(docs, (done, total) => seen.push([done, total]));
    expect(seen).toEqual(docs.map((_, i) => [i + 1, docs.length]));
  });
});
