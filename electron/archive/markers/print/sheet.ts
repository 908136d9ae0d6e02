import type { PdfDocumentSpec } from '../../pdf/blocks';
import type { PrintData } from './data';
import { markerEntryBlocks } from './entry';
import { EDITION_LABELS, generatedLine, TYPE_LABELS } from './words';
import { STATUS_LABELS } from '../../../../shared/model/markerWorkflow';

/** The marker record sheet: one marker, in full, for the fabricator, the council and the file. */
export function sheetDocument(data: PrintData): PdfDocumentSpec {
  const m = data.markers[0];
  if (!m) throw new Error('A record sheet needs a marker.');
  const confidential = data.edition === 'confidential';
  return {
    meta: {
      title: `${m.ref} ${m.title} — marker record sheet`,
      author: data.archiveName,
      subject: `Record sheet of the ${TYPE_LABELS[m.type].toLowerCase()} ${m.ref} (${EDITION_LABELS[data.edition].toLowerCase()})`,
      keywords: [m.ref, TYPE_LABELS[m.type], STATUS_LABELS[m.status], ...(m.placeName ? [m.placeName] : []), 'memorial', 'marker', 'record sheet'],
      created: data.generatedAt,
    },
    furniture: {
      header: `${data.archiveName} · Marker record sheet`,
      edition: EDITION_LABELS[data.edition],
      generated: generatedLine(data.generatedAt),
      ...(confidential ? { band: 'CONFIDENTIAL' } : {}),
      headerFrom: 2,
    },
    blocks: [
      { kind: 'paragraph', style: 'label', text: `${data.archiveName} · Marker record sheet`, source: 'The archive name' },
      ...markerEntryBlocks(m, { edition: data.edition, compact: false, places: data.places, photoFile: data.photoFile }),
    ],
  };
}
