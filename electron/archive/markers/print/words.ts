import { label } from '../../../../shared/model/enums';
import { MARKER_TYPE_LABELS, type PdfEdition } from '../../../../shared/model/markers';

/** The words the marker PDFs print for codes and dates. */

export { MARKER_TYPE_LABELS as TYPE_LABELS, label as hearingTypeLabel };

export const EDITION_LABELS: Record<PdfEdition, string> = {
  public: 'Public edition',
  confidential: 'Confidential — not for publication',
};

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "12 May 2024" for an ISO day (YYYY-MM-DD), "14 May 2002 – 16 May 2002" for a range of two days
 * (A/B, as flexible dates are written); anything else as written ("circa 1963", "1960s").
 */
export function formatDay(day: string): string {
  const range = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(day);
  if (range) return `${formatDay(range[1]!)} – ${formatDay(range[2]!)}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : LONG.format(d);
}

/** "Generated 22 November 2026" in the local calendar of the moment. */
export function generatedLine(at: Date): string {
  const local = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  return `Generated ${local}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
