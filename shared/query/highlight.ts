import { foldText } from '../model/text';
import type { ParsedQuery } from './ast';

/**
 * Where a query's words are in a text, for highlighting: the same tokens SQLite's FTS5
 * `unicode61 remove_diacritics 2` tokenizer sees, so what the engine found is what is marked.
 *
 * - A token is a run of letters and digits (\p{L}\p{N}); combining marks belong to the token they
 *   follow; everything else separates ("O'Brien" is o + brien, "e-mail" is e + mail).
 * - Tokens are compared folded with `foldText` (case and diacritics do not matter: Ñandú ≈ nandu).
 *   foldText folds a little more than unicode61 (Greek tonos, ё, ligatures such as ﬁ), never less,
 *   so a highlight may be kinder than the engine but never misses what it matched. Final sigma is
 *   folded to σ, as unicode61 does.
 * - Text in scripts written without spaces (Chinese, Japanese) is one token per run, as in the
 *   engine: 東京* finds 東京タワー, 京 alone does not.
 */

/** Folded tokens of a text, with [start, end) offsets into the original (UTF-16 code units). */
interface Tokens {
  text: string[];
  start: number[];
  end: number[];
}

const WORD = /[\p{L}\p{N}]/u;
const SEPARATOR = ' ';
/** Folded form of one code point: its word characters, SEPARATOR for anything else, '' for a mark. */
const foldCache = new Map<number, string>();
const FOLD_CACHE_MAX = 20_000;

function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let out = '';
  for (const c of foldText(ch)) out += c === 'ς' ? 'σ' : WORD.test(c) ? c : SEPARATOR;
  // A lone mark folds to nothing and so joins the token before it; a non-letter that folds to
  // nothing (there are none today) would separate.
  if (out === '' && !/\p{M}/u.test(ch)) out = SEPARATOR;
  if (foldCache.size < FOLD_CACHE_MAX) foldCache.set(cp, out);
  return out;
}

function tokenize(s: string): Tokens {
  const tokens: Tokens = { text: [], start: [], end: [] };
  // While a token is plain ASCII its text is not built character by character: it is sliced and
  // lowercased when it closes (`cur` stays null). The first other character materialises it.
  let cur: string | null = null;
  let curStart = -1;
  let curEnd = -1;
  // Whether the plain-ASCII token so far has capitals (if not, slicing is enough).
  let upper = false;
  const plain = () => (upper ? s.slice(curStart, curEnd).toLowerCase() : s.slice(curStart, curEnd));
  const close = () => {
    if (curStart >= 0) {
      tokens.text.push(cur ?? plain());
      tokens.start.push(curStart);
      tokens.end.push(curEnd);
    }
    cur = null;
    curStart = -1;
    upper = false;
  };
  const n = s.length;
  let i = 0;
  while (i < n) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
        if (curStart < 0) curStart = i;
        else if (cur !== null) cur += String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
        if (code <= 90 && code >= 65) upper = true;
        curEnd = i + 1;
      } else if (curStart >= 0) {
        close();
      }
      i++;
      continue;
    }
    const cp = s.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded.length === 1 && folded !== SEPARATOR) {
      // The common case: one letter in, one letter out.
      if (curStart < 0) {
        curStart = i;
        cur = folded;
      } else {
        cur = (cur ?? plain()) + folded;
      }
      curEnd = i + width;
    } else if (folded === '') {
      // A combining mark joins the token before it and is dropped from its text.
      if (curStart >= 0) {
        cur ??= plain();
        curEnd = i + width;
      }
    } else {
      for (const c of folded) {
        if (c === SEPARATOR) {
          close();
        } else {
          if (curStart < 0) {
            curStart = i;
            cur = c;
          } else {
            cur = (cur ?? plain()) + c;
          }
          curEnd = i + width;
        }
      }
    }
    i += width;
  }
  close();
  return tokens;
}

/** The last text tokenized: stepping through matches or typing in a find box asks again and again. */
let memo: { text: string; tokens: Tokens } | null = null;

function tokensOf(text: string): Tokens {
  if (memo?.text !== text) memo = { text, tokens: tokenize(text) };
  return memo.tokens;
}

/** One thing to find: consecutive tokens, the last one matched as a prefix when `prefix`. */
interface Pattern {
  words: string[];
  prefix: boolean;
}

function patternsOf(query: ParsedQuery): Pattern[] {
  const out: Pattern[] = [];
  for (const group of query.all) {
    for (const term of group) {
      if (term.field !== null) continue;
      const words = tokenize(term.text).text;
      if (words.length > 0) out.push({ words, prefix: term.prefix });
    }
  }
  return out;
}

/**
 * Every place in `text` that the query's positive, unfielded words, prefixes and phrases match:
 * sorted, non-overlapping [start, end) offsets (overlapping matches are joined). Excluded terms
 * (`-word`), field terms (`title:…`) and dates are not looked for. Linear in the text's length
 * times the number of terms (at most 32).
 */
export function findMatches(text: string, query: ParsedQuery): [number, number][] {
  const patterns = patternsOf(query);
  if (patterns.length === 0 || text === '') return [];

  const exact = new Set<string>();
  const prefixes: string[] = [];
  const phrases = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const [first = ''] = p.words;
    if (p.words.length === 1) {
      if (p.prefix) prefixes.push(first);
      else exact.add(first);
    } else {
      const list = phrases.get(first);
      if (list) list.push(p);
      else phrases.set(first, [p]);
    }
  }
  const { text: words, start, end } = tokensOf(text);
  const out: [number, number][] = [];
  const add = (from: number, to: number) => {
    const last = out[out.length - 1];
    if (last && from < last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  };
  const wordAt = (i: number): string => words[i] ?? '';

  for (let i = 0; i < words.length; i++) {
    const w = wordAt(i);
    const s = start[i] ?? 0;
    let last = -1;
    if (exact.has(w)) last = i;
    else {
      for (const p of prefixes) {
        if (w.startsWith(p)) {
          last = i;
          break;
        }
      }
    }
    for (const p of phrases.get(w) ?? []) {
      const k = p.words.length;
      if (i + k > words.length) continue;
      let ok = true;
      for (let j = 1; j < k && ok; j++) {
        const want = p.words[j] ?? '';
        const got = wordAt(i + j);
        ok = p.prefix && j === k - 1 ? got.startsWith(want) : got === want;
      }
      if (ok) last = Math.max(last, i + k - 1);
    }
    if (last >= 0) add(s, end[last] ?? s);
  }
  return out;
}
