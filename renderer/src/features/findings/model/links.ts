/**
 * Addresses into a testimony's transcript for findings: `?span=120-348` selects a cited span (from
 * a finding's evidence), `?cite=match` selects the find match the reader arrived at (from a search
 * result's "Cite…"), so "Cite in a finding…" is one step away.
 */

/** A span of a transcript, as UTF-16 offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

export function citationHref(testimonyId: string, { start, end }: Span): string {
  return `/testimonies/${testimonyId}?tab=transcript&span=${start}-${end}`;
}

/** A search hit opened to be cited: its transcript with the search's words found (?q=) and the first match selected. */
export function citeFromSearchHref(testimonyId: string, q: string): string {
  const p = new URLSearchParams({ tab: 'transcript' });
  if (q.trim() !== '') p.set('q', q);
  p.set('cite', 'match');
  return `/testimonies/${testimonyId}?${p.toString()}`;
}

/** `?span=` as offsets within a transcript of `length` characters, or null when absent or out of range. */
export function readSpan(value: string | null, length: number): Span | null {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(value ?? '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start && end <= length ? { start, end } : null;
}
