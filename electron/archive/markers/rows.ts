import type { InscriptionVersion, MarkerPhoto, MarkerRow, MarkerStatus, MarkerType, StatusEvent } from '../../../shared/model/markers';

/** The rows SQLite gives back, and their shapes in the contract. */

export interface MarkerDbRow {
  id: string;
  ref: string;
  title: string;
  subtitle: string;
  type: MarkerType;
  status: MarkerStatus;
  status_date: string;
  address: string;
  place_id: string | null;
  place_name: string | null;
  latitude: number | null;
  longitude: number | null;
  directions: string;
  erected_by: string;
  sponsors: string;
  dedication_date: string;
  ceremony_notes: string;
  notes: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MarkerListDbRow extends Pick<MarkerDbRow, 'id' | 'ref' | 'title' | 'type' | 'status' | 'status_date' | 'place_id' | 'place_name' | 'latitude' | 'longitude' | 'dedication_date'> {
  has_approved: number;
  photo_count: number;
}

export interface InscriptionDbRow {
  id: string;
  version: number;
  text: string;
  state: InscriptionVersion['state'];
  created_at: string;
  created_by: string;
  approved_by: string | null;
  approved_on: string | null;
  recorded_by: string | null;
}

export interface StatusEventDbRow {
  id: string;
  from_status: MarkerStatus | null;
  to_status: MarkerStatus;
  date: string;
  note: string;
  by_user: string;
  recorded_at: string;
}

export interface PhotoDbRow {
  id: string;
  sha256: string;
  file_name: string;
  media_type: MarkerPhoto['mediaType'];
  bytes: number;
  width: number;
  height: number;
  caption: string;
  credit: string;
  position: number;
}

export const toInscription = (r: InscriptionDbRow): InscriptionVersion => ({
  id: r.id,
  version: r.version,
  text: r.text,
  state: r.state,
  createdAt: r.created_at,
  createdBy: r.created_by,
  approvedBy: r.approved_by,
  approvedOn: r.approved_on,
  recordedBy: r.recorded_by,
});

export const toStatusEvent = (r: StatusEventDbRow): StatusEvent => ({
  id: r.id,
  from: r.from_status,
  to: r.to_status,
  date: r.date,
  note: r.note,
  by: r.by_user,
  recordedAt: r.recorded_at,
});

export const toPhoto = (r: PhotoDbRow): MarkerPhoto => ({
  id: r.id,
  sha256: r.sha256,
  fileName: r.file_name,
  mediaType: r.media_type,
  bytes: r.bytes,
  width: r.width,
  height: r.height,
  caption: r.caption,
  credit: r.credit,
  position: r.position,
});

export const toMarkerRow = (r: MarkerListDbRow): MarkerRow => ({
  id: r.id,
  ref: r.ref,
  title: r.title,
  type: r.type,
  status: r.status,
  placeId: r.place_id,
  placeName: r.place_name,
  latitude: r.latitude,
  longitude: r.longitude,
  dedicationDate: r.dedication_date,
  hasApprovedInscription: r.has_approved === 1,
  photoCount: r.photo_count,
  statusDate: r.status_date,
});
