import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api';
import type { Hearing, HearingData } from '../../../shared/model/people';
import { parseFlexDate } from '../../../shared/model/flexDate';
import type { Ctx } from '../context';
import { diff, DERIVED_FIELDS } from '../audit/record';
import { notFound } from '../db/errors';
import { insertRow, updateRow } from '../records/write';
import { requireExisting, requireVersion } from '../records/links';
import { likeFolded } from '../records/search';
import type { Role } from '../../../shared/model/enums';
import { readableWhere, readParams } from '../access/readable';

interface HearingDbRow {
  id: string;
  title: string;
  type: Hearing['type'];
  date_text: string;
  date_start: string | null;
  place_id: string | null;
  place_name: string | null;
  summary: string;
  outcomes: string;
  created_at: string;
  updated_at: string;
  version: number;
}

function toHearing(db: Database, r: HearingDbRow, role: Role): Hearing {
  const participants = db
    .prepare('SELECT p.id, p.name FROM hearing_participants hp JOIN people p ON p.id = hp.person_id WHERE hp.hearing_id = ? ORDER BY p.name_sort')
    .all(r.id) as { id: string; name: string }[];
  const testimonies = db.prepare(`SELECT t.id, t.ref, t.title FROM testimonies t WHERE t.hearing_id = ? AND t.withdrawn = 0 AND ${readableWhere('t', role)} ORDER BY t.ref`).all(r.id, readParams()) as Hearing['testimonies'];
  return {
    id: r.id,
    title: r.title,
    type: r.type,
    date: r.date_text,
    dateStart: r.date_start,
    placeId: r.place_id,
    placeName: r.place_name,
    participantIds: participants.map((p) => p.id),
    participants,
    summary: r.summary,
    outcomes: r.outcomes,
    testimonies,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

const SELECT = 'SELECT h.*, p.name AS place_name FROM hearings h LEFT JOIN places p ON p.id = h.place_id';

export function getHearing(db: Database, id: string, role: Role): Hearing {
  const r = db.prepare(`${SELECT} WHERE h.id = ?`).get(id) as HearingDbRow | undefined;
  if (!r) throw notFound('That hearing or forum');
  return toHearing(db, r, role);
}

export function listHearings(db: Database, q: ParsedInput<'hearings.list'>, role: Role): { total: number; items: Hearing[] } {
  const like = likeFolded(q.text);
  const where = "WHERE lower(h.title) LIKE ? ESCAPE '\\'";
  const total = (db.prepare(`SELECT count(*) AS n FROM hearings h ${where}`).get(like) as { n: number }).n;
  const rows = db.prepare(`${SELECT} ${where} ORDER BY h.date_start NULLS LAST, h.title LIMIT ? OFFSET ?`).all(like, q.limit, q.offset) as HearingDbRow[];
  return { total, items: rows.map((r) => toHearing(db, r, role)) };
}

function write(ctx: Ctx, id: string, d: HearingData): void {
  requireExisting(ctx.db, 'place', d.placeId, 'placeId');
  d.participantIds.forEach((p) => requireExisting(ctx.db, 'person', p, 'participantIds'));
  ctx.db.prepare('DELETE FROM hearing_participants WHERE hearing_id = ?').run(id);
  const add = ctx.db.prepare('INSERT OR IGNORE INTO hearing_participants (hearing_id, person_id) VALUES (?, ?)');
  d.participantIds.forEach((p) => add.run(id, p));
}

function columns(d: HearingData) {
  const date = parseFlexDate(d.date);
  return { title: d.title, type: d.type, date_text: d.date, date_start: date.ok ? date.value.start : null, date_end: date.ok ? date.value.end : null, place_id: d.placeId, summary: d.summary, outcomes: d.outcomes };
}

const IGNORE = [...DERIVED_FIELDS, 'dateStart', 'placeName', 'participants'];

export function createHearing(ctx: Ctx, d: HearingData, id: string = crypto.randomUUID()): Hearing {
  requireExisting(ctx.db, 'place', d.placeId, 'placeId');
  const cols = { ...columns(d), id, created_at: ctx.now, updated_at: ctx.now };
  insertRow(ctx.db, 'hearings', cols);
  write(ctx, id, d);
  const created = getHearing(ctx.db, id, ctx.session.user.role);
  ctx.audit({ action: 'create', entityType: 'hearing', entityId: id, changes: diff(null, created, IGNORE) });
  return created;
}

export function updateHearing(ctx: Ctx, id: string, expectedVersion: number, d: HearingData): Hearing {
  const before = getHearing(ctx.db, id, ctx.session.user.role);
  requireVersion(before.version, expectedVersion, `The record of ${before.title}`);
  const cols = { ...columns(d), updated_at: ctx.now };
  updateRow(ctx.db, 'hearings', id, cols);
  write(ctx, id, d);
  const after = getHearing(ctx.db, id, ctx.session.user.role);
  ctx.audit({ action: 'update', entityType: 'hearing', entityId: id, changes: diff(before, after, IGNORE) });
  return after;
}
