import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api';
import type { Testimony, TestimonyRow, TestimonySort } from '../../../shared/model/testimony';
import { formatDuration } from '../../../shared/model/duration';
import { consentSchema } from '../../../shared/model/testimony';
import { likeFolded } from '../records/search';
import { ArchiveError, notFound } from '../db/errors';
import { ident, join, list, sql } from '../db/sql';
import type { Role } from '../../../shared/model/enums';
import { mayRead } from '../../../shared/model/access';
import { notAvailable, readable, readsEverything } from '../access/readable';
import { testimonyForReader } from '../access/redactedReading';

interface TestimonyDbRow {
  id: string;
  ref: string;
  title: string;
  summary: string;
  status: Testimony['status'];
  type: Testimony['type'];
  languages: string;
  date_text: string;
  date_start: string | null;
  date_end: string | null;
  place_recorded_id: string | null;
  place_recorded_name: string | null;
  dates_spoken_about: string;
  duration_seconds: number | null;
  extent: string;
  collection: string;
  series: string;
  hearing_id: string | null;
  hearing_title: string | null;
  provenance: string;
  transcript: string;
  word_count: number;
  access_level: Testimony['accessLevel'];
  embargo_until: string | null;
  consent: string;
  content_warnings: string;
  cataloguer: string;
  narrators: string;
  withdrawn: number;
  withdrawn_at: string | null;
  withdrawn_reason: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export function getTestimony(db: Database, where: { id: string } | { ref: string }): Testimony {
  const byId = 'id' in where;
  const row = db
    .prepare(
      `SELECT t.*, x.transcript, p.name AS place_recorded_name, h.title AS hearing_title
       FROM testimonies t JOIN testimony_texts x ON x.testimony_id = t.id
       LEFT JOIN places p ON p.id = t.place_recorded_id LEFT JOIN hearings h ON h.id = t.hearing_id
       WHERE ${byId ? 't.id = ?' : 't.ref = ?'}`,
    )
    .get(byId ? where.id : where.ref) as TestimonyDbRow | undefined;
  if (!row) throw notFound(byId ? 'That testimony' : `Testimony ${where.ref}`);
  const people = db
    .prepare(
      `SELECT tp.person_id AS personId, tp.role, tp.narrator_role AS narratorRole, p.name
       FROM testimony_people tp JOIN people p ON p.id = tp.person_id WHERE tp.testimony_id = ? ORDER BY tp.position`,
    )
    .all(row.id) as Testimony['people'];
  const places = db
    .prepare('SELECT tp.place_id AS id, p.name FROM testimony_places tp JOIN places p ON p.id = tp.place_id WHERE tp.testimony_id = ? ORDER BY tp.position')
    .all(row.id) as { id: string; name: string }[];
  return {
    id: row.id,
    ref: row.ref,
    title: row.title,
    summary: row.summary,
    status: row.status,
    type: row.type,
    languages: JSON.parse(row.languages) as string[],
    dateRecorded: row.date_text,
    dateStart: row.date_start,
    dateEnd: row.date_end,
    placeRecordedId: row.place_recorded_id,
    placeRecordedName: row.place_recorded_name,
    placesSpokenAbout: places.map((p) => p.id),
    placesSpokenAboutNames: places.map((p) => p.name),
    datesSpokenAbout: JSON.parse(row.dates_spoken_about) as string[],
    duration: row.duration_seconds === null ? null : formatDuration(row.duration_seconds),
    extent: row.extent,
    collection: row.collection,
    series: row.series,
    hearingId: row.hearing_id,
    hearingTitle: row.hearing_title,
    provenance: row.provenance,
    transcript: row.transcript,
    accessLevel: row.access_level,
    embargoUntil: row.embargo_until,
    consent: consentSchema.parse(JSON.parse(row.consent)),
    contentWarnings: JSON.parse(row.content_warnings) as Testimony['contentWarnings'],
    people,
    cataloguer: row.cataloguer,
    withdrawn: row.withdrawn === 1,
    withdrawnAt: row.withdrawn_at,
    withdrawnReason: row.withdrawn_reason,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/**
 * One testimony as a person of this role may see it: one they may not read answers exactly as one
 * that is not there (by id or by reference code), so the answer never confirms it exists.
 * Its transcript and summary are as the role may read them (access/redactedReading.ts).
 */
export function readTestimony(db: Database, role: Role, where: { id: string } | { ref: string }): Testimony {
  if (readsEverything(role)) return getTestimony(db, where);
  let t: Testimony;
  try {
    t = getTestimony(db, where);
  } catch (e) {
    if (e instanceof ArchiveError && e.code === 'not_found') throw notAvailable();
    throw e;
  }
  if (!mayRead(role, t)) throw notAvailable();
  // A researcher reads the words with their redactions applied.
  return testimonyForReader(db, role, t);
}

const SORT_COLUMNS: Record<TestimonySort, string> = {
  ref: 'ref_sort',
  title: 'title_sort',
  date: 'date_start',
  status: 'status',
  type: 'type',
  accessLevel: 'access_level',
  updated: 'updated_at',
};
const DIRECTIONS = { asc: 'ASC', desc: 'DESC' } as const;

export function listTestimonies(db: Database, q: ParsedInput<'testimonies.list'>, role: Role): { total: number; items: TestimonyRow[] } {
  const where = [readable('testimonies', role)];
  if (!q.includeWithdrawn) where.push(sql`withdrawn = 0`);
  if (q.status.length) where.push(sql`status IN ${list(q.status)}`);
  if (q.type.length) where.push(sql`type IN ${list(q.type)}`);
  if (q.accessLevel.length) where.push(sql`access_level IN ${list(q.accessLevel)}`);
  if (q.text) {
    const like = likeFolded(q.text);
    where.push(sql`(title_sort LIKE ${like} ESCAPE '\\' OR ref LIKE ${like} ESCAPE '\\')`);
  }
  const filter = join(where, ' AND ');
  const total = (db.prepare(sql`SELECT count(*) AS n FROM testimonies WHERE ${filter}`.text).get(...filter.params) as { n: number }).n;
  const order = sql`${ident(q.sort, SORT_COLUMNS)} ${ident(q.direction, DIRECTIONS)} NULLS LAST, ref_sort ASC`;
  // Page through the covering index first, then read only the rows shown: deep pages stay fast.
  const page = sql`SELECT id, ref, title, type, status, access_level, embargo_until, date_text, date_start, narrators, withdrawn, updated_at
    FROM testimonies WHERE rowid IN (SELECT rowid FROM testimonies WHERE ${filter} ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset})
    ORDER BY ${order}`;
  const rows = db.prepare(page.text).all(...page.params) as TestimonyDbRow[];
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      ref: r.ref,
      title: r.title,
      type: r.type,
      status: r.status,
      accessLevel: r.access_level,
      embargoUntil: r.embargo_until,
      dateRecorded: r.date_text,
      dateStart: r.date_start,
      narrators: r.narrators,
      withdrawn: r.withdrawn === 1,
      updatedAt: r.updated_at,
    })),
  };
}
