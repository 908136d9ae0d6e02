import type { ParsedQuery, SearchField, Term } from '../../../shared/query/ast';

/**
 * Turns a parsed query into FTS5 MATCH text. Every word or phrase goes in double quotes (FTS5
 * strings), so nothing a person types can be read as FTS5 syntax: operators and column names
 * come only from this module.
 */

const COLUMN: Record<SearchField, string> = { title: 'title', person: 'people', place: 'places', theme: 'themes' };

/** What the public scope may match on: never people's names. */
const PUBLIC_COLUMNS = '{title summary transcript places themes segments}';

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function term(t: Term): string {
  const phrase = `${quote(t.text)}${t.prefix ? ' *' : ''}`;
  return t.field === null ? phrase : `${COLUMN[t.field]} : ${phrase}`;
}

function anyOf(terms: readonly Term[]): string {
  return terms.length === 1 ? term(terms[0] as Term) : `(${terms.map(term).join(' OR ')})`;
}

export interface CompiledQuery {
  /** MATCH text for the documents to find, or null when no word must match. */
  match: string | null;
  /** MATCH text for the documents to leave out when there is nothing else to match. */
  exclude: string | null;
  hints: string[];
}

export function compile(q: ParsedQuery, scope: 'full' | 'public'): CompiledQuery {
  const hints: string[] = [];
  const keep = (t: Term) => {
    if (scope === 'public' && t.field === 'person') {
      hints.push(`Names are not searched in the public scope, so "person:${t.text}" was left out.`);
      return false;
    }
    return true;
  };
  const all = q.all.map((group) => group.filter(keep)).filter((g) => g.length > 0);
  const none = q.none.filter(keep);
  const limit = (expr: string) => (scope === 'public' ? `${PUBLIC_COLUMNS} : (${expr})` : expr);
  const negative = none.length > 0 ? none.map(term).join(' OR ') : null;
  if (all.length === 0) return { match: null, exclude: negative === null ? null : limit(negative), hints };
  const positive = all.map(anyOf).join(' AND ');
  const match = negative === null ? positive : `(${positive}) NOT (${negative})`;
  return { match: limit(match), exclude: null, hints };
}
