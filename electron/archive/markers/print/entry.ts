import { formatCoordinates, type LocatorPlace } from '../../../../shared/model/locator';
import type { Marker, PdfEdition } from '../../../../shared/model/markers';
import { STATUS_LABELS } from '../../../../shared/model/markerWorkflow';
import type { Block, HeadingBlock } from '../../pdf/blocks';
import { locatorDrawing } from './locator';
import { formatDay, hearingTypeLabel, TYPE_LABELS } from './words';

/**
 * One marker as blocks: the full record sheet, or the compact entry of the register. The same
 * sections in the same order either way, so a council member finds things in the same place:
 * title, inscription proof, status and history, location, who erected it, dedication,
 * honourees, testimonies and hearings, photos, and (confidential only) notes.
 */

export interface EntryOptions {
  edition: PdfEdition;
  compact: boolean;
  places: readonly LocatorPlace[];
  photoFile: (sha256: string) => string;
  /** The title heading's anchor (the register's contents and index point to it). */
  anchor?: string;
}

/** "Dedicated since 12 May 2024": the status in words, with the day it was reached. */
export function statusInWords(m: Marker): string {
  const last = m.history[m.history.length - 1];
  return last ? `${STATUS_LABELS[m.status]} since ${formatDay(last.date)}` : STATUS_LABELS[m.status];
}

const sourceOf = (m: Marker) => (field: string) => `Marker ${m.ref}, ${field}`;

function inscriptionBlocks(m: Marker, o: EntryOptions): Block[] {
  const src = sourceOf(m)('inscription');
  const size = o.compact ? 12.5 : 16;
  const keepOnPageDownTo = o.compact ? 10.5 : 12;
  const a = m.approvedInscription;
  if (a) {
    const by = a.approvedBy ? `, approved by ${a.approvedBy}${a.approvedOn ? ` on ${formatDay(a.approvedOn)}` : ''}` : '';
    return [{ kind: 'proof', text: a.text, label: `Approved inscription · version ${a.version}${by}`, size, keepOnPageDownTo, minSize: 7, source: src }];
  }
  const latest = m.inscriptions[0];
  if (o.edition === 'confidential' && latest) {
    return [
      {
        kind: 'proof',
        text: latest.text,
        label: `Draft inscription · version ${latest.version}`,
        stamp: 'No approved inscription yet — latest draft shown, not for fabrication',
        size,
        keepOnPageDownTo,
        minSize: 7,
        source: src,
      },
    ];
  }
  return [{ kind: 'paragraph', style: 'muted', text: latest ? 'No approved inscription yet.' : 'No approved inscription yet (none has been drafted).', source: src }];
}

/**
 * The status history. The public edition prints dates and statuses only: the notes may hold
 * police report numbers or names (publicMarker empties them as well), and who recorded a
 * change is the archive's own business.
 */
function historyBlocks(m: Marker, o: EntryOptions): Block[] {
  const confidential = o.edition === 'confidential';
  const columns = confidential
    ? [
        { header: 'Date', width: 1.25 },
        { header: 'Status', width: 1 },
        { header: 'Note', width: 2.6 },
        { header: 'Recorded by', width: 1.2 },
      ]
    : [
        { header: 'Date', width: 1.25 },
        { header: 'Status', width: 4.6 },
      ];
  const rows = m.history.map((e) => [formatDay(e.date), STATUS_LABELS[e.to], ...(confidential ? [e.note, e.by] : [])]);
  return [{ kind: 'table', columns, rows, empty: 'No status change has been recorded.', source: sourceOf(m)('status history') }];
}

function locationBlocks(m: Marker, o: EntryOptions): Block[] {
  const src = sourceOf(m)('location');
  const rows: [string, string][] = [];
  if (m.address) rows.push(['Address', m.address]);
  if (m.placeName) rows.push(['Place', m.placeName]);
  if (m.latitude !== null && m.longitude !== null) rows.push(['Coordinates', formatCoordinates(m.latitude, m.longitude)]);
  if (m.directions) rows.push(['Directions', m.directions]);
  const blocks: Block[] = rows.length ? [{ kind: 'facts', rows, source: src }] : [{ kind: 'paragraph', style: 'muted', text: 'No location has been recorded.', source: src }];
  if (!o.compact && m.latitude !== null && m.longitude !== null) {
    blocks.push(locatorDrawing({ ref: m.ref, latitude: m.latitude, longitude: m.longitude }, o.places, sourceOf(m)('locator (place names)')));
  }
  return blocks;
}

function section(title: string, blocks: Block[]): Block[] {
  if (blocks.length === 0) return [];
  const heading: HeadingBlock = { kind: 'heading', level: 3, text: title, toc: false };
  return [heading, ...blocks];
}

function photoBlocks(m: Marker, o: EntryOptions): Block[] {
  const photos = o.compact ? m.photos.slice(0, 1) : m.photos;
  const blocks: Block[] = photos.map((p, i) => ({
    kind: 'image',
    file: o.photoFile(p.sha256),
    label: `"${p.fileName || `photo ${i + 1}`}"`,
    caption: p.caption,
    credit: p.credit,
    maxHeight: o.compact ? 170 : 300,
    alt: p.caption || `Photo of ${m.ref}`,
    source: sourceOf(m)(`photo ${i + 1}`),
  }));
  if (o.compact && m.photos.length > 1) {
    blocks.push({ kind: 'paragraph', style: 'note', text: `${m.photos.length - 1} more photo${m.photos.length > 2 ? 's' : ''} on the marker’s record sheet.` });
  }
  return blocks;
}

export function markerEntryBlocks(m: Marker, o: EntryOptions): Block[] {
  const src = sourceOf(m);
  const confidential = o.edition === 'confidential';
  const title: Block[] = [
    { kind: 'heading', level: 1, text: `${m.ref} ${m.title}`, anchor: o.anchor, runningHead: `${m.ref} ${m.title}`, toc: o.compact, source: src('title') },
  ];
  if (m.subtitle) title.push({ kind: 'paragraph', style: 'coverSubtitle', text: m.subtitle, source: src('subtitle') });
  title.push({
    kind: 'facts',
    rows: [
      ['Reference', m.ref],
      ['Type', TYPE_LABELS[m.type]],
      ['Status', statusInWords(m)],
      ...(o.compact && m.placeName ? ([['Place', m.placeName]] as [string, string][]) : []),
    ],
    source: src('title block'),
  });

  const who: [string, string][] = [];
  if (m.erectedBy) who.push(['Erected by', m.erectedBy]);
  if (m.sponsors.length) who.push(['Sponsors', m.sponsors.join('; ')]);
  const dedication: [string, string][] = [];
  if (m.dedicationDate) dedication.push(['Dedication date', formatDay(m.dedicationDate)]);
  if (m.ceremonyNotes) dedication.push(['Ceremony', m.ceremonyNotes]);

  const honourees = m.honourees.map((h) => (confidential ? `${h.name}${h.consentToBeNamed ? '' : ` — not to be named in public${h.pseudonym ? `; shown as “${h.pseudonym}”` : ''}`}` : h.name));
  const testimonies = m.testimonies.map((t) => [t.ref, t.title, ...(confidential ? [t.publishable ? 'Public' : `Not public (${t.accessLevel})`] : [])]);
  const testimonyColumns = [{ header: 'Reference', width: 1.6 }, { header: 'Title', width: 4 }, ...(confidential ? [{ header: 'Release', width: 1.4 }] : [])];

  return [
    ...title,
    ...section('Inscription', inscriptionBlocks(m, o)),
    ...section('Status and history', historyBlocks(m, o)),
    ...section('Location', locationBlocks(m, o)),
    ...section('Erected by and sponsors', who.length ? [{ kind: 'facts', rows: who, source: src('erected by and sponsors') }] : []),
    ...section('Dedication', dedication.length ? [{ kind: 'facts', rows: dedication, source: src('dedication') }] : []),
    ...section('Honourees', honourees.length ? [{ kind: 'list', items: honourees, source: src('honourees') }] : []),
    ...section(
      confidential ? 'Related testimonies' : 'Related public testimonies',
      testimonies.length ? [{ kind: 'table', columns: testimonyColumns, rows: testimonies, source: src('related testimonies') }] : [],
    ),
    ...section(
      'Related hearings',
      m.hearings.length
        ? [{ kind: 'table', columns: [{ header: 'Date', width: 1.9 }, { header: 'Hearing', width: 3.4 }, { header: 'Type', width: 1.3 }], rows: m.hearings.map((h) => [formatDay(h.date), h.title, hearingTypeLabel(h.type)]), source: src('related hearings') }]
        : [],
    ),
    ...section('Photographs', photoBlocks(m, o)),
    ...(confidential && m.notes ? section('Notes (confidential)', [{ kind: 'paragraph', text: m.notes, source: src('notes') }]) : []),
  ];
}
