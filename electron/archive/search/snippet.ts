import type { Snippet } from '../../../shared/api/search';
import { leadText } from '../../../shared/model/text';

/** Private-use characters FTS5 puts around matches; removed from the text people see. */
export const OPEN = '\uE000';
export const CLOSE = '\uE001';

/** Words of context FTS5 gives a snippet. FTS5 starts windows at sentence starts, so fewer words
 * can cut a phrase at the end of a long sentence ("Call the [fire]…"). */
export const SNIPPET_TOKENS = 32;

/** FTS5 `snippet()` output → plain text with [start, end) offsets of each match. */
export function toSnippet(raw: string): Snippet {
  const marks: [number, number][] = [];
  let text = '';
  let open = -1;
  for (const ch of raw) {
    if (ch === OPEN) open = text.length;
    else if (ch === CLOSE) {
      if (open >= 0 && text.length > open) marks.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text: collapse(text, marks), marks };
}

/** Collapses runs of white space (transcripts have line breaks) and moves the marks with them. */
function collapse(text: string, marks: [number, number][]): string {
  const map: number[] = [];
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    map[i] = out.length;
    if (/\s/.test(c)) {
      if (!space) out += ' ';
      space = true;
    } else {
      out += c;
      space = false;
    }
  }
  map[text.length] = out.length;
  for (const m of marks) {
    m[0] = map[m[0]] ?? m[0];
    m[1] = map[m[1]] ?? m[1];
  }
  return out;
}

/** The start of a text as a snippet without matches (for searches that only exclude or filter). */
export function leadSnippet(text: string, chars = 200): Snippet {
  return { text: leadText(text, chars), marks: [] };
}
