import type { Marker } from '../../../shared/model/markers';
import type { Ctx } from '../context';
import type { HandlersOf } from '../handlers';
import { keepHiddenLinks, markerAsSeenBy } from './readable';
import { approveInscription, saveInscription } from './inscriptions';
import { createMarker, updateMarker } from './mutations';
import { addPhoto, removePhoto, updatePhoto } from './photos';
import { startMarkerRegister, startMarkerSheet } from './print/start';
import { getMarker, listMarkers } from './queries';
import { setStatus } from './status';

/** Memorials and markers: the record, its inscription versions, its workflow, its photos, and its PDFs (jobs). */
// Every answer that holds a marker shows only the linked testimonies the caller may read.
const seen = (ctx: Ctx, m: Marker): Marker => markerAsSeenBy(ctx.db, ctx.session.user.role, m);

export const markerHandlers = {
  'markers.list': (ctx, i) => listMarkers(ctx.db, i),
  'markers.get': (ctx, i) => seen(ctx, getMarker(ctx.db, i.id)),
  'markers.create': (ctx, i) => seen(ctx, createMarker(ctx, i.data, i.proposedOn)),
  'markers.update': (ctx, i) => seen(ctx, updateMarker(ctx, i.id, i.expectedVersion, { ...i.data, testimonyIds: keepHiddenLinks(ctx.db, ctx.session.user.role, i.id, i.data.testimonyIds) })),
  'markers.saveInscription': (ctx, i) => seen(ctx, saveInscription(ctx, i.id, i.text)),
  'markers.approveInscription': (ctx, i) => seen(ctx, approveInscription(ctx, i.id, i.versionId, i.approvedBy, i.approvedOn)),
  'markers.setStatus': (ctx, i) => seen(ctx, setStatus(ctx, i.id, i.to, i.date, i.note)),
  'markers.addPhoto': (ctx, i) => seen(ctx, addPhoto(ctx, i.id, i)),
  'markers.updatePhoto': (ctx, i) => seen(ctx, updatePhoto(ctx, i.id, i.photoId, i)),
  'markers.removePhoto': (ctx, i) => seen(ctx, removePhoto(ctx, i.id, i.photoId)),
  'markers.printSheet': (ctx, i) => startMarkerSheet(ctx, i),
  'markers.printRegister': (ctx, i) => startMarkerRegister(ctx, i),
} satisfies HandlersOf<
  | 'markers.list'
  | 'markers.get'
  | 'markers.create'
  | 'markers.update'
  | 'markers.saveInscription'
  | 'markers.approveInscription'
  | 'markers.setStatus'
  | 'markers.addPhoto'
  | 'markers.updatePhoto'
  | 'markers.removePhoto'
  | 'markers.printSheet'
  | 'markers.printRegister'
>;
