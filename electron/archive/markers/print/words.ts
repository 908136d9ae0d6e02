import type { MarkerType, PdfEdition } from '../../../../shared/model/markers';
import type { HearingType } from '../../../../shared/model/enums';

/** The words the marker PDFs print for codes and dates. */

export const TYPE_LABELS: Record<MarkerType, string> = {
  historical_marker: 'Historical marker',
  monument: 'Monument',
  plaque: 'Plaque',
  memorial_site: 'Memorial site',
};

export const hearingTypeLabel = (t: HearingType): string => {
  const words = t.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const EDITION_LABELS: Record<PdfEdition, string> = {
  public: 'Public edition',
  confidential: 'Confidential — not for publication',
};

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "12 May 2024" for an ISO day (YYYY-MM-DD); anything else as written. */
export function formatDay(day: string): string {
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
