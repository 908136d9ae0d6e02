import lunr from 'lunr';

/**
 * The lunr text pipeline of the reading room, used unchanged when the index is built (in Node, in
 * a worker) and when it is searched (in the reader's browser). lunr's own pipeline is English and
 * ASCII: its trimmer strips every non-ASCII letter (Москва and مرحبا become empty tokens) and its
 * tokenizer splits only on spaces and hyphens. Ours:
 *
 *  - tokenizer: words are runs of letters, digits and combining marks in any script;
 *  - trimmer: strips anything that is not a letter or digit from a token's ends (Unicode-aware);
 *  - fold: lower case without diacritics (Ñandú → nandu), as the app's own search folds;
 *  - lunr's English stop-word filter;
 *  - stemmer: the English stemmer, only on plain a–z words. The index keeps the word and its stem
 *    (so `killi*` finds "killing" and `killed` finds "killing"); a search uses the stem.
 *
 * The functions are registered with lunr under fixed labels, so an index serialised in Node loads
 * in the browser with the same functions.
 */

/** A word in a text and where it is, for highlighting: [start, end) in UTF-16 units. */
export interface WordAt {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const PLAIN_LATIN = /^[a-z]+$/;
const RAGGED = /^[^\p{L}\p{N}]|[^\p{L}\p{N}]$/u;
const ASCII = /^[\x20-\x7e]*$/;
const MARKS = /\p{M}+/gu;

/** The words of a text with their offsets. */
export function wordsOf(text: string): WordAt[] {
  const out: WordAt[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function tokensOf(value: unknown, metadata: object, into: lunr.Token[]): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const v of value) tokensOf(v, metadata, into);
    return;
  }
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  // The metadata object is shared: no function of this pipeline changes it, and the index keeps
  // no token metadata (no positions), which keeps both the build and the index small.
  for (const m of text.matchAll(WORD)) into.push(new lunr.Token(m[0], metadata));
}

/** lunr's tokenizer signature: a string, or an array of strings (people, places), into word tokens. */
export const tokenizer: typeof lunr.tokenizer = Object.assign(
  (obj?: null | string | object | object[], metadata?: object): lunr.Token[] => {
    const tokens: lunr.Token[] = [];
    tokensOf(obj, metadata ?? {}, tokens);
    return tokens;
  },
  { separator: /[^\p{L}\p{N}\p{M}]+/u },
);

const keepIfAny = (token: lunr.Token, text: string): lunr.Token | null => (text ? token.update(() => text) : null);

/** Strips what is not a letter or digit from both ends, in any script; drops a token left empty. */
export const trimmer: lunr.PipelineFunction = (token) => {
  const text = token.toString();
  return RAGGED.test(text) ? keepIfAny(token, text.replace(EDGES, '')) : token;
};

/**
 * Lower case without diacritics (Ñandú → nandu): the same result as the app's foldText
 * (shared/model/text.ts), with a fast path for plain ASCII, which is most words of most archives.
 */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

export const fold: lunr.PipelineFunction = (token) => keepIfAny(token, foldWord(token.toString()));

function stemOf(word: string): string {
  if (!PLAIN_LATIN.test(word)) return word;
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}

/** Index side: the word and, when it differs, its English stem. */
export const stemBoth: lunr.PipelineFunction = (token) => {
  const word = token.toString();
  const stem = stemOf(word);
  return stem === word ? token : [token, token.clone(() => stem)];
};

/** Search side: the English stem of a plain a–z word; other words as they are. */
export const stemOnly: lunr.PipelineFunction = (token) => token.update(stemOf);

lunr.Pipeline.registerFunction(trimmer, 'tesseraTrimmer');
lunr.Pipeline.registerFunction(fold, 'tesseraFold');
lunr.Pipeline.registerFunction(stemBoth, 'tesseraStemBoth');
lunr.Pipeline.registerFunction(stemOnly, 'tesseraStem');

/** The fields of a reading room document, with their boosts. */
export const LUNR_FIELDS = { title: 5, body: 1, people: 3, places: 2 } as const;
export type LunrField = keyof typeof LUNR_FIELDS;

/** Sets up a builder with our tokenizer, pipelines and fields (ref: `id`). */
export function configureBuilder(builder: lunr.Builder): void {
  builder.tokenizer = tokenizer;
  builder.pipeline.reset();
  builder.pipeline.add(trimmer, fold, lunr.stopWordFilter, stemBoth);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(trimmer, fold, lunr.stopWordFilter, stemOnly);
  builder.metadataWhitelist = [];
  builder.ref('id');
  for (const [field, boost] of Object.entries(LUNR_FIELDS)) builder.field(field, { boost });
}

const exactPipeline = new lunr.Pipeline();
exactPipeline.add(trimmer, fold, lunr.stopWordFilter, stemOnly);
const prefixPipeline = new lunr.Pipeline();
prefixPipeline.add(trimmer, fold);

/**
 * The index term a searched word looks for: its folded stem, or for a prefix (`nand*`) the folded
 * word without stemming. Null when nothing is left (punctuation, or a stop word such as "the").
 */
export function queryTerm(word: string, prefix = false): string | null {
  return (prefix ? prefixPipeline : exactPipeline).runString(word)[0] ?? null;
}

/** The forms of a word in a text that a query term can match: folded, and its stem. */
export function wordForms(word: string): { folded: string; stem: string } {
  const folded = foldWord(word.replace(EDGES, ''));
  return { folded, stem: stemOf(folded) };
}

/** Whether a word of a text matches a query term made by `queryTerm`. */
export function wordMatches(word: { folded: string; stem: string }, term: string, prefix: boolean): boolean {
  return prefix ? word.folded.startsWith(term) : word.stem === term || word.folded === term;
}
