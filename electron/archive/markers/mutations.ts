import { markerData, type Marker, type MarkerData } from '../../../shared/model/markers';
import { refSortKey } from '../../../shared/model/refCode';
import { foldText } from '../../../shared/model/text';
import type { Ctx } from '../context';
import { diff } from '../audit/record';
import { ArchiveError } from '../db/errors';
import { requireExisting, requireVersion } from '../records/links';
import { auditMarker, todayOf } from './changes';
import { getMarker } from './queries';
import { nextMarkerRef, requireFreeRef } from './refs';
import { recordStatusEvent } from './status';

type LinkKind = 'person' | 'testimony' | 'hearing';
const LINKS: { field: 'honoureeIds' | 'testimonyIds' | 'hearingIds'; kind: LinkKind; table: string; column: string; twice: string }[] = [
  { field: 'honoureeIds', kind: 'person', table: 'marker_honourees', column: 'person_id', twice: 'The same person is listed twice among the honourees.' },
  { field: 'testimonyIds', kind: 'testimony', table: 'marker_testimonies', column: 'testimony_id', twice: 'The same testimony is listed twice.' },
  { field: 'hearingIds', kind: 'hearing', table: 'marker_hearings', column: 'hearing_id', twice: 'The same hearing or forum is listed twice.' },
];

/** Every link names a record that exists, once: a bad link is a message on its field, not a constraint failure. */
function checkLinks(ctx: Ctx, data: MarkerData): void {
  requireExisting(ctx.db, 'place', data.placeId, 'placeId');
  for (const link of LINKS) {
    const seen = new Set<string>();
    data[link.field].forEach((id, i) => {
      if (seen.has(id)) throw new ArchiveError('invalid_input', link.twice, `${link.field}.${i}`);
      seen.add(id);
      requireExisting(ctx.db, link.kind, id, `${link.field}.${i}`);
    });
  }
}

/** The columns a person's input sets. */
function columns(ref: string, d: MarkerData) {
  return {
    ref,
    ref_sort: refSortKey(ref),
    title: d.title,
    subtitle: d.subtitle,
    search_text: foldText([ref, d.title, d.subtitle, d.address].join(' \u0001 ')),
    type: d.type,
    address: d.address,
    place_id: d.placeId,
    latitude: d.latitude,
    longitude: d.longitude,
    directions: d.directions,
    erected_by: d.erectedBy,
    sponsors: JSON.stringify(d.sponsors),
    dedication_date: d.dedicationDate,
    ceremony_notes: d.ceremonyNotes,
    notes: d.notes,
  };
}

function writeLinks(ctx: Ctx, id: string, data: MarkerData): void {
  // Table and column names come from LINKS above, never from input.
  for (const link of LINKS) {
    ctx.db.prepare(`DELETE FROM ${link.table} WHERE marker_id = ?`).run(id);
    const insert = ctx.db.prepare(`INSERT INTO ${link.table} (marker_id, ${link.column}, position) VALUES (?, ?, ?)`);
    data[link.field].forEach((linked, i) => insert.run(id, linked, i));
  }
}

/** markers.create: a new marker, proposed on `proposedOn` (today unless given). */
export function createMarker(ctx: Ctx, data: MarkerData, proposedOn?: string): Marker {
  const day = proposedOn ?? todayOf(ctx);
  if (day > todayOf(ctx)) throw new ArchiveError('invalid_input', `A proposal cannot be dated in the future (today is ${todayOf(ctx)}).`, 'proposedOn');
  checkLinks(ctx, data);
  const ref = data.ref || nextMarkerRef(ctx.db);
  requireFreeRef(ctx.db, ref, null);
  const id = crypto.randomUUID();
  const cols = { ...columns(ref, data), id, status: 'proposed', status_date: day, created_at: ctx.now, updated_at: ctx.now };
  const names = Object.keys(cols);
  ctx.db.prepare(`INSERT INTO markers (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(cols);
  writeLinks(ctx, id, data);
  const event = recordStatusEvent(ctx, id, null, 'proposed', day, '');
  const created = getMarker(ctx.db, id);
  auditMarker(ctx, 'create', id, [...diff(null, markerData(created)), { field: 'status', old: null, new: { to: 'proposed', date: day, eventId: event } }]);
  return created;
}

/** markers.update: the edited record, saved only over the version the person opened. */
export function updateMarker(ctx: Ctx, id: string, expectedVersion: number, data: MarkerData): Marker {
  const before = getMarker(ctx.db, id);
  requireVersion(before.version, expectedVersion, `Marker ${before.ref}`);
  checkLinks(ctx, data);
  const ref = data.ref || before.ref;
  requireFreeRef(ctx.db, ref, id);
  const cols = { ...columns(ref, data), updated_at: ctx.now, id };
  const names = Object.keys(cols).filter((n) => n !== 'id');
  ctx.db.prepare(`UPDATE markers SET ${names.map((n) => `${n} = @${n}`).join(', ')}, version = version + 1 WHERE id = @id`).run(cols);
  writeLinks(ctx, id, data);
  const after = getMarker(ctx.db, id);
  auditMarker(ctx, 'update', id, diff(markerData(before), markerData(after)));
  return after;
}
