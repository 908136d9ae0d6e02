import { diffChars, diffLines, diffWordsWithSpace, type ChangeObject } from 'diff';

/**
 * An edit script from one text to another, for re-anchoring: runs of equal text map one to one;
 * a hunk replaces old [oa, ob) with new [na, nb). Pure.
 *
 * A plain character diff of testimony goes wrong on repetitive text (similar sentences slide into
 * each other: the minimal script is not the edit a person made), so the diff goes by lines
 * (paragraphs) first, then refines each changed hunk by words, then by characters where the words
 * are alike (a typo, an accent) rather than replaced. Common start
 * and end are trimmed first (back to a line start), so a small edit of a 1 MB transcript is cheap.
 * Each level is bounded by an edit length and a time limit; a refinement that gives up leaves its
 * hunk whole (a replacement). If the line diff itself gives up, the answer is null.
 */

export interface Piece {
  equal: boolean;
  oa: number;
  ob: number;
  na: number;
  nb: number;
}

export interface DiffLimits {
  maxEditLength: number;
  timeout: number;
}
export const DIFF_LIMITS: DiffLimits = { maxEditLength: 20_000, timeout: 1_500 };

type Differ = (a: string, b: string, limits: DiffLimits) => ChangeObject<string>[] | undefined;
const LEVELS: Differ[] = [(a, b, l) => diffLines(a, b, l), (a, b, l) => diffWordsWithSpace(a, b, l), (a, b, l) => diffChars(a, b, l)];

function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  if (prefix < max) prefix = a.lastIndexOf('\n', prefix - 1) + 1;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  if (suffix < max - prefix) {
    const nl = a.indexOf('\n', a.length - suffix);
    suffix = nl === -1 ? 0 : a.length - nl - 1;
  }
  return { prefix, suffix };
}

class Builder {
  readonly pieces: Piece[] = [];
  private oa = 0;
  private na = 0;

  push(equal: boolean, oldLen: number, newLen: number): void {
    if (oldLen === 0 && newLen === 0) return;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.equal === equal) {
      last.ob += oldLen;
      last.nb += newLen;
    } else this.pieces.push({ equal, oa: this.oa, ob: this.oa + oldLen, na: this.na, nb: this.na + newLen });
    this.oa += oldLen;
    this.na += newLen;
  }
}

/** True when the changes rebuild both texts exactly (so offsets can be trusted). */
function rebuilds(changes: ChangeObject<string>[], a: string, b: string): boolean {
  return (
    changes
      .filter((c) => !c.added)
      .map((c) => c.value)
      .join('') === a &&
    changes
      .filter((c) => !c.removed)
      .map((c) => c.value)
      .join('') === b
  );
}

/** Letters in common for at least half of the longer side: a typo fixed or an accent added, not
 * a word replaced by another that happens to share a few letters. */
function similar(changes: ChangeObject<string>[], a: string, b: string): boolean {
  const common = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.value.length, 0);
  return common * 2 >= Math.max(a.length, b.length);
}

/** Appends the script from `a` to `b` at `level`; false when the diff at that level gave up. */
function refine(out: Builder, a: string, b: string, level: number, limits: DiffLimits): boolean {
  const differ = LEVELS[level];
  const changes = differ ? differ(a, b, limits) : undefined;
  if (!changes || !rebuilds(changes, a, b)) return false;
  if (level === LEVELS.length - 1 && !similar(changes, a, b)) return false;
  let removed = '';
  let added = '';
  const flush = () => {
    if (!removed && !added) return;
    if (!removed || !added || level + 1 >= LEVELS.length || !refine(out, removed, added, level + 1, limits)) out.push(false, removed.length, added.length);
    removed = '';
    added = '';
  };
  for (const c of changes) {
    if (c.removed) removed += c.value;
    else if (c.added) added += c.value;
    else {
      flush();
      out.push(true, c.value.length, c.value.length);
    }
  }
  flush();
  return true;
}

/** The edit script from `a` to `b`, or null when the diff gave up. */
export function editScript(a: string, b: string, limits: DiffLimits = DIFF_LIMITS): Piece[] | null {
  const { prefix, suffix } = commonEnds(a, b);
  const out = new Builder();
  out.push(true, prefix, prefix);
  if (!refine(out, a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix), 0, limits)) return null;
  out.push(true, suffix, suffix);
  return out.pieces;
}
