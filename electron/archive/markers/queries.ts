import type { Database } from 'better-sqlite3';
import type { Marker, MarkerFilter, MarkerRow } from '../../../shared/model/markers';
import type { HearingType } from '../../../shared/model/enums';
import { notFound } from '../db/errors';
import { join, list, sql } from '../db/sql';
import { publishableWhere, today } from '../publish/policy';
import { likeFolded } from '../records/search';
import { toInscription, toMarkerRow, toPhoto, toStatusEvent, type InscriptionDbRow, type MarkerDbRow, type MarkerListDbRow, type PhotoDbRow, type StatusEventDbRow } from './rows';

/**
 * One marker with everything it links to, as of `day` (the day the publish policy is asked
 * about its testimonies: an embargo may end between two printings).
 */
export function getMarker(db: Database, id: string, day: string = today()): Marker {
  const r = db.prepare('SELECT m.*, p.name AS place_name FROM markers m LEFT JOIN places p ON p.id = m.place_id WHERE m.id = ?').get(id) as MarkerDbRow | undefined;
  if (!r) throw notFound('That memorial or marker');
  const honourees = (
    db
      .prepare('SELECT p.id, p.name, p.pseudonym, p.consent_to_be_named FROM marker_honourees mh JOIN people p ON p.id = mh.person_id WHERE mh.marker_id = ? ORDER BY mh.position')
      .all(id) as { id: string; name: string; pseudonym: string; consent_to_be_named: number }[]
  ).map((p) => ({ id: p.id, name: p.name, pseudonym: p.pseudonym, consentToBeNamed: p.consent_to_be_named === 1 }));
  const testimonies = (
    db
      .prepare(
        `SELECT t.id, t.ref, t.title, t.access_level, ${publishableWhere('t')} AS publishable
         FROM marker_testimonies mt JOIN testimonies t ON t.id = mt.testimony_id WHERE mt.marker_id = @id ORDER BY mt.position`,
      )
      .all({ id, publishDay: day }) as { id: string; ref: string; title: string; access_level: string; publishable: number }[]
  ).map((t) => ({ id: t.id, ref: t.ref, title: t.title, accessLevel: t.access_level, publishable: t.publishable === 1 }));
  const hearings = db
    .prepare('SELECT h.id, h.title, h.date_text AS date, h.type FROM marker_hearings mh JOIN hearings h ON h.id = mh.hearing_id WHERE mh.marker_id = ? ORDER BY mh.position')
    .all(id) as { id: string; title: string; date: string; type: HearingType }[];
  const inscriptions = (db.prepare('SELECT * FROM marker_inscriptions WHERE marker_id = ? ORDER BY version DESC').all(id) as InscriptionDbRow[]).map(toInscription);
  const history = (db.prepare('SELECT * FROM marker_status_events WHERE marker_id = ? ORDER BY seq').all(id) as StatusEventDbRow[]).map(toStatusEvent);
  const photos = (db.prepare('SELECT * FROM marker_photos WHERE marker_id = ? ORDER BY position, created_at, id').all(id) as PhotoDbRow[]).map(toPhoto);
  return {
    id: r.id,
    ref: r.ref,
    title: r.title,
    subtitle: r.subtitle,
    type: r.type,
    status: r.status,
    address: r.address,
    placeId: r.place_id,
    placeName: r.place_name,
    latitude: r.latitude,
    longitude: r.longitude,
    directions: r.directions,
    erectedBy: r.erected_by,
    sponsors: JSON.parse(r.sponsors) as string[],
    dedicationDate: r.dedication_date,
    ceremonyNotes: r.ceremony_notes,
    honourees,
    testimonies,
    hearings,
    notes: r.notes,
    inscriptions,
    approvedInscription: inscriptions.find((v) => v.state === 'approved') ?? null,
    history,
    photos,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/** The WHERE condition of a filter. The place filter keeps that place and every place under it. */
function condition(filter: MarkerFilter) {
  const where = [sql`1 = 1`];
  if (filter.statuses.length) where.push(sql`m.status IN ${list(filter.statuses)}`);
  if (filter.types.length) where.push(sql`m.type IN ${list(filter.types)}`);
  if (filter.text) where.push(sql`m.search_text LIKE ${likeFolded(filter.text)} ESCAPE '\\'`);
  if (filter.placeId !== null) {
    where.push(sql`m.place_id IN (
      WITH RECURSIVE under(id, depth) AS (SELECT ${filter.placeId}, 0 UNION SELECT p.id, under.depth + 1 FROM places p JOIN under ON p.parent_id = under.id WHERE under.depth < 100)
      SELECT id FROM under)`);
  }
  return join(where, ' AND ');
}

const ROW_SELECT = `SELECT m.id, m.ref, m.title, m.type, m.status, m.status_date, m.place_id, p.name AS place_name, m.latitude, m.longitude, m.dedication_date,
  EXISTS (SELECT 1 FROM marker_inscriptions i WHERE i.marker_id = m.id AND i.state = 'approved') AS has_approved,
  (SELECT count(*) FROM marker_photos ph WHERE ph.marker_id = m.id) AS photo_count
  FROM markers m LEFT JOIN places p ON p.id = m.place_id`;

/** markers.list: one page of markers in reference order, and how many the filter keeps. */
export function listMarkers(db: Database, input: MarkerFilter & { offset: number; limit: number }): { total: number; items: MarkerRow[] } {
  const where = condition(input);
  const total = (db.prepare(`SELECT count(*) AS n FROM markers m WHERE ${where.text}`).get(...where.params) as { n: number }).n;
  const page = sql`${where} ORDER BY m.ref_sort, m.id LIMIT ${input.limit} OFFSET ${input.offset}`;
  const rows = db.prepare(`${ROW_SELECT} WHERE ${page.text}`).all(...page.params) as MarkerListDbRow[];
  return { total, items: rows.map(toMarkerRow) };
}

/** Every marker the filter keeps, in reference order (the register prints them all). */
export function markerIdsFor(db: Database, filter: MarkerFilter): string[] {
  const where = condition(filter);
  return db.prepare(`SELECT m.id FROM markers m WHERE ${where.text} ORDER BY m.ref_sort, m.id`).pluck().all(...where.params) as string[];
}
