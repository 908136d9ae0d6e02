import type { Block, PdfDocumentSpec } from '../../pdf/blocks';
import type { PrintData } from './data';
import { markerEntryBlocks } from './entry';
import { EDITION_LABELS, generatedLine, plural } from './words';

/**
 * The register of memorials and markers: a cover, the contents, one compact entry per marker
 * (each starting at its own heading, kept with what follows), and an index by place.
 */

export const REGISTER_TITLE = 'Register of memorials and markers';
const NO_PLACE = 'No place recorded';

const anchorOf = (id: string) => `marker-${id}`;

function coverBlocks(data: PrintData): Block[] {
  const count = plural(data.markers.length, 'memorial or marker', 'memorials and markers');
  return [
    { kind: 'space', height: 150 },
    { kind: 'paragraph', style: 'label', text: data.archiveName, source: 'The archive name' },
    { kind: 'rule', space: 6 },
    { kind: 'paragraph', style: 'coverTitle', text: REGISTER_TITLE },
    { kind: 'paragraph', style: 'coverSubtitle', text: `${count}${data.selection ? ` — ${data.selection}` : ''}`, source: 'The register’s selection' },
    { kind: 'space', height: 24 },
    { kind: 'paragraph', style: 'coverLine', text: EDITION_LABELS[data.edition] },
    { kind: 'paragraph', style: 'coverLine', text: generatedLine(data.generatedAt) },
    { kind: 'space', height: 40 },
    {
      kind: 'paragraph',
      style: 'muted',
      text:
        data.edition === 'public'
          ? 'This public edition leaves out testimonies that may not be released and shows people who have not consented to be named by their pseudonym, or as “Name withheld”. Status notes and internal notes are not printed.'
          : 'This confidential edition holds everything on file, including draft inscriptions, internal notes, restricted testimonies and names withheld from the public. It is not for publication.',
    },
    { kind: 'pageBreak' },
  ];
}

/** Place name → the markers there, in register order; markers without a place last. */
function placeIndex(data: PrintData): Block {
  const byPlace = new Map<string, { label: string; anchor: string }[]>();
  for (const m of data.markers) {
    const term = m.placeName ?? NO_PLACE;
    const list = byPlace.get(term) ?? [];
    list.push({ label: `${m.ref} ${m.title}`, anchor: anchorOf(m.id) });
    byPlace.set(term, list);
  }
  const terms = [...byPlace.keys()].filter((t) => t !== NO_PLACE).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  if (byPlace.has(NO_PLACE)) terms.push(NO_PLACE);
  return { kind: 'index', entries: terms.map((term) => ({ term, refs: byPlace.get(term) ?? [] })), source: 'The index by place' };
}

/** The document, and the index of the block where each marker's entry starts (for progress). */
export function registerDocument(data: PrintData): { spec: PdfDocumentSpec; entryStarts: number[] } {
  const blocks: Block[] = [...coverBlocks(data), { kind: 'toc', title: 'Contents' }];
  const entryStarts: number[] = [];
  data.markers.forEach((m, i) => {
    entryStarts.push(blocks.length);
    if (i > 0) blocks.push({ kind: 'rule', space: 14 });
    const entry = markerEntryBlocks(m, { edition: data.edition, compact: true, places: data.places, photoFile: data.photoFile, anchor: anchorOf(m.id) });
    const [first, ...rest] = entry;
    if (first?.kind === 'heading') first.newPage = i === 0;
    blocks.push(...(first ? [first] : []), ...rest);
  });
  blocks.push({ kind: 'heading', level: 1, text: 'Index by place', anchor: 'index-by-place', newPage: true }, placeIndex(data));
  const spec: PdfDocumentSpec = {
    meta: {
      title: REGISTER_TITLE,
      author: data.archiveName,
      subject: `${REGISTER_TITLE}: ${plural(data.markers.length, 'entry', 'entries')} (${EDITION_LABELS[data.edition].toLowerCase()})`,
      keywords: ['memorials', 'markers', 'register', ...new Set(data.markers.flatMap((m) => (m.placeName ? [m.placeName] : [])))],
      created: data.generatedAt,
    },
    furniture: {
      header: REGISTER_TITLE,
      edition: EDITION_LABELS[data.edition],
      generated: generatedLine(data.generatedAt),
      ...(data.edition === 'confidential' ? { band: 'CONFIDENTIAL' } : {}),
      coverPages: 1,
    },
    blocks,
  };
  return { spec, entryStarts };
}
