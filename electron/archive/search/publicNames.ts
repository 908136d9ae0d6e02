import type { Database } from 'better-sqlite3';
import type { Snippet } from '../../../shared/api/search';
import { nameFacts, nameWithholder, type NameFacts } from '../publish/publicTestimony';

/**
 * Names in the public scope of search: a hit's title and snippet are shown with the names on file
 * of people who did not consent to be named replaced by their public name, as every other public
 * output shows them (publish/publicTestimony.ts). Built once per search, in its read transaction.
 *
 * A snippet is a window of the text, so it can end (or begin) inside a name: "…and Loretta…" is
 * not the whole name "Loretta Simms", which the withholder alone would let through. Words at a cut
 * edge that begin (or end) a withheld name are therefore cut away too.
 */
export interface PublicNames {
  /** Replaces whole withheld names in a text by public names. */
  withhold: (text: string) => string;
  /** The withheld names and other names, lower case, single-spaced. */
  names: readonly string[];
}

const ELLIPSIS = '…';
const flat = (s: string) => s.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('und');
const wordStart = (text: string, i: number) => i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1] as string);
const wordEnd = (text: string, i: number) => i === text.length || !/[\p{L}\p{N}]/u.test(text[i] as string);

export function publicNames(db: Database, people: readonly NameFacts[] = nameFacts(db)): PublicNames {
  const names = people.filter((p) => !p.consentToBeNamed).flatMap((p) => [p.name, ...p.otherNames].map(flat).filter((n) => [...n].length >= 2));
  return { withhold: nameWithholder(people), names };
}

/** Where a text cut before its end should stop, so that it does not end with the start of a name. */
function cutBeforeNameStart(body: string, names: readonly string[]): number {
  const longest = Math.max(0, ...names.map((n) => n.length));
  for (let i = Math.max(0, body.length - longest); i < body.length; i++) {
    if (!wordStart(body, i) || /\s/.test(body[i] as string)) continue;
    const tail = flat(body.slice(i));
    if (tail !== '' && names.some((n) => n.length > tail.length && n.startsWith(tail))) return i;
  }
  return body.length;
}

/** Where a text cut after its start should begin, so that it does not begin with the end of a name. */
function cutAfterNameEnd(body: string, names: readonly string[]): number {
  const longest = Math.max(0, ...names.map((n) => n.length));
  for (let j = Math.min(body.length, longest); j > 0; j--) {
    if (!wordEnd(body, j) || /\s/.test(body[j - 1] as string)) continue;
    const head = flat(body.slice(0, j));
    if (head !== '' && names.some((n) => n.length > head.length && n.endsWith(head))) return j;
  }
  return 0;
}

/**
 * A snippet with names withheld, and any name cut by the snippet's edges cut away. The marks are
 * found again in the new text in order: a marked word outside a withheld name keeps its mark; one
 * inside a withheld name loses it (the name is gone).
 */
export function withholdInSnippet(s: Snippet, p: PublicNames): Snippet {
  let text = p.withhold(s.text);
  if (p.names.length > 0 && text.endsWith(ELLIPSIS)) {
    const body = text.slice(0, -ELLIPSIS.length);
    text = `${body.slice(0, cutBeforeNameStart(body, p.names)).trimEnd()}${ELLIPSIS}`;
  }
  if (p.names.length > 0 && text.startsWith(ELLIPSIS)) {
    const body = text.slice(ELLIPSIS.length);
    text = `${ELLIPSIS}${body.slice(cutAfterNameEnd(body, p.names)).trimStart()}`;
  }
  if (text === s.text) return s;
  const marks: [number, number][] = [];
  let from = 0;
  for (const [start, end] of s.marks) {
    const words = s.text.slice(start, end);
    const at = text.indexOf(words, from);
    if (at < 0) continue;
    marks.push([at, at + words.length]);
    from = at + words.length;
  }
  return { text, marks };
}
