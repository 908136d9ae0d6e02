import type { HandlersOf } from '../handlers';
import { approveInscription, saveInscription } from './inscriptions';
import { createMarker, updateMarker } from './mutations';
import { addPhoto, removePhoto, updatePhoto } from './photos';
import { startMarkerRegister, startMarkerSheet } from './print/start';
import { getMarker, listMarkers } from './queries';
import { setStatus } from './status';

/** Memorials and markers: the record, its inscription versions, its workflow, its photos, and its PDFs (jobs). */
export const markerHandlers = {
  'markers.list': (ctx, i) => listMarkers(ctx.db, i),
  'markers.get': (ctx, i) => getMarker(ctx.db, i.id),
  'markers.create': (ctx, i) => createMarker(ctx, i.data, i.proposedOn),
  'markers.update': (ctx, i) => updateMarker(ctx, i.id, i.expectedVersion, i.data),
  'markers.saveInscription': (ctx, i) => saveInscription(ctx, i.id, i.text),
  'markers.approveInscription': (ctx, i) => approveInscription(ctx, i.id, i.versionId, i.approvedBy, i.approvedOn),
  'markers.setStatus': (ctx, i) => setStatus(ctx, i.id, i.to, i.date, i.note),
  'markers.addPhoto': (ctx, i) => addPhoto(ctx, i.id, i),
  'markers.updatePhoto': (ctx, i) => updatePhoto(ctx, i.id, i.photoId, i),
  'markers.removePhoto': (ctx, i) => removePhoto(ctx, i.id, i.photoId),
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
