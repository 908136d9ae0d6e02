/** How dates and values are shown: the user's locale for exact dates, the text as written otherwise. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An exact calendar date (YYYY-MM-DD) in the user's locale; anything else exactly as written. */
export function formatFlexDate(text: string | null | undefined): string {
  if (!text) return '';
  const m = ISO_DAY.exec(text.trim());
  if (!m) return text;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** A timestamp (ISO) as local date and time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatCount(n: number): string {
  return n.toLocaleString();
}

/** "1 testimony", "3 testimonies". */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
