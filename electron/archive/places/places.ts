import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api';
import type { Place, PlaceData } from '../../../shared/model/people';
import { foldText } from '../../../shared/model/text';
import type { Ctx } from '../context';
import { diff, DERIVED_FIELDS } from '../audit/record';
import { ArchiveError, notFound } from '../db/errors';
import { insertRow, updateRow } from '../records/write';
import { reindexAround } from '../search/indexer';
import { requireExisting, requireVersion } from '../records/links';
import { likeFolded } from '../records/search';
import type { Role } from '../../../shared/model/enums';
import { readableWhere, readParams } from '../access/readable';

/** Places with how many testimonies the caller may read name them (bind `readParams()`). */
const selectFor = (role: Role) => `SELECT p.*, parent.name AS parent_name,
  (SELECT count(*) FROM testimonies t WHERE t.place_recorded_id = p.id AND ${readableWhere('t', role)}) +
  (SELECT count(*) FROM testimony_places tp JOIN testimonies t ON t.id = tp.testimony_id WHERE tp.place_id = p.id AND ${readableWhere('t', role)}) AS testimony_count
  FROM places p LEFT JOIN places parent ON parent.id = p.parent_id`;

interface PlaceDbRow {
  id: string;
  name: string;
  type: Place['type'];
  parent_id: string | null;
  parent_name: string | null;
  latitude: number | null;
  longitude: number | null;
  testimony_count: number;
  created_at: string;
  updated_at: string;
  version: number;
}

const toPlace = (r: PlaceDbRow): Place => ({
  id: r.id,
  name: r.name,
  type: r.type,
  parentId: r.parent_id,
  parentName: r.parent_name,
  latitude: r.latitude,
  longitude: r.longitude,
  testimonyCount: r.testimony_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export function getPlace(db: Database, id: string, role: Role): Place {
  const r = db.prepare(`${selectFor(role)} WHERE p.id = ?`).get(id, readParams()) as PlaceDbRow | undefined;
  if (!r) throw notFound('That place');
  return toPlace(r);
}

export function listPlaces(db: Database, q: ParsedInput<'places.list'>, role: Role): { total: number; items: Place[] } {
  const like = likeFolded(q.text);
  const total = (db.prepare("SELECT count(*) AS n FROM places WHERE name_sort LIKE ? ESCAPE '\\'").get(like) as { n: number }).n;
  const rows = db.prepare(`${selectFor(role)} WHERE p.name_sort LIKE ? ESCAPE '\\' ORDER BY p.name_sort, p.id LIMIT ? OFFSET ?`).all(like, q.limit, q.offset, readParams()) as PlaceDbRow[];
  return { total, items: rows.map(toPlace) };
}

/** A place may not be its own ancestor. */
function checkParent(db: Database, id: string, parentId: string | null): void {
  let cursor = parentId;
  for (let depth = 0; cursor !== null && depth < 1000; depth++) {
    if (cursor === id) throw new ArchiveError('invalid_input', 'A place cannot lie within itself. Choose another parent place.', 'parentId');
    cursor = (db.prepare('SELECT parent_id FROM places WHERE id = ?').get(cursor) as { parent_id: string | null } | undefined)?.parent_id ?? null;
  }
}

const columns = (d: PlaceData) => ({ name: d.name, name_sort: foldText(d.name), type: d.type, parent_id: d.parentId, latitude: d.latitude, longitude: d.longitude });

export function createPlace(ctx: Ctx, d: PlaceData, id: string = crypto.randomUUID()): Place {
  requireExisting(ctx.db, 'place', d.parentId, 'parentId');
  const cols = { ...columns(d), id, created_at: ctx.now, updated_at: ctx.now };
  insertRow(ctx.db, 'places', cols);
  const created = getPlace(ctx.db, id, ctx.session.user.role);
  ctx.audit({ action: 'create', entityType: 'place', entityId: id, changes: diff(null, created, [...DERIVED_FIELDS, 'parentName']) });
  return created;
}

export function updatePlace(ctx: Ctx, id: string, expectedVersion: number, d: PlaceData): Place {
  const before = getPlace(ctx.db, id, ctx.session.user.role);
  requireVersion(before.version, expectedVersion, `The place ${before.name}`);
  requireExisting(ctx.db, 'place', d.parentId, 'parentId');
  checkParent(ctx.db, id, d.parentId);
  const cols = { ...columns(d), updated_at: ctx.now };
  reindexAround(ctx.db, { placeId: id }, () => updateRow(ctx.db, 'places', id, cols));
  const after = getPlace(ctx.db, id, ctx.session.user.role);
  ctx.audit({ action: 'update', entityType: 'place', entityId: id, changes: diff(before, after, [...DERIVED_FIELDS, 'parentName']) });
  return after;
}
