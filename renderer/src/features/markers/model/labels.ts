import { MARKER_TYPE_LABELS, type MarkerStatus, type PdfEdition } from '../../../../../shared/model/markers';
import { STATUS_LABELS } from '../../../../../shared/model/markerWorkflow';

export { MARKER_TYPE_LABELS as TYPE_LABELS };

export const EDITION_LABELS: Record<PdfEdition, string> = { public: 'Public', confidential: 'Confidential' };

/** What each edition of a PDF holds, in one line. */
export const EDITION_NOTES: Record<PdfEdition, string> = {
  public: 'for the public, the city council or the fabricator: leaves out restricted testimonies, unconsented names and internal notes',
  confidential: 'for the commission only: every linked testimony and the real names of honourees',
};

/** The button that moves a marker to `to`: "Mark as installed…", "Report damaged…". */
export function statusActionLabel(to: MarkerStatus, from: MarkerStatus): string {
  if (to === 'damaged' || to === 'missing') return `Report ${STATUS_LABELS[to].toLowerCase()}…`;
  if (from === 'damaged') return `Mark as repaired (${STATUS_LABELS[to].toLowerCase()})…`;
  if (from === 'missing') return `Mark as found (${STATUS_LABELS[to].toLowerCase()})…`;
  return `Mark as ${STATUS_LABELS[to].toLowerCase()}…`;
}

export { STATUS_LABELS };
