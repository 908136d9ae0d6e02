/**
 * What a search box query means, independent of the engine that runs it: SQLite FTS5 in the app
 * (electron/archive/search) and lunr in the reading room both compile from this.
 */
export const SEARCH_FIELDS = ['title', 'person', 'place', 'theme'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** One word, prefix or phrase, optionally limited to a field. */
export interface Term {
  /** The words as typed (a phrase has several); never empty, always holds a letter or digit. */
  text: string;
  phrase: boolean;
  /** `fire*`: every word starting with "fire". For a phrase, applies to its last word. */
  prefix: boolean;
  field: SearchField | null;
}

/** Inclusive ISO dates (YYYY-MM-DD); either end may be open. */
export interface DateRange {
  from: string | null;
  to: string | null;
  /** As typed, for messages and for putting back in the box. */
  text: string;
}

export interface ParsedQuery {
  /** Every group must match; within a group any term may (`a b OR c` is a AND (b OR c)). */
  all: Term[][];
  /** No result may match any of these (`-word`, `-"a phrase"`, `-title:word`). */
  none: Term[];
  /** `date:1960..1969`: the date recorded or a date spoken about falls in the range. */
  date: DateRange | null;
  /** What was ignored or corrected, in words a person can act on. */
  hints: string[];
}

export const isEmptyQuery = (q: ParsedQuery): boolean => q.all.length === 0 && q.none.length === 0 && q.date === null;
