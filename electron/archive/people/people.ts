import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api';
import type { Person, PersonData, PersonRow } from '../../../shared/model/people';
import { foldText } from '../../../shared/model/text';
import type { Ctx } from '../context';
import { diff, DERIVED_FIELDS } from '../audit/record';
import { notFound } from '../db/errors';
import { insertRow, updateRow } from '../records/write';
import { requireVersion } from '../records/links';
import { likeFolded } from '../records/search';
import { reindexAround } from '../search/indexer';
import type { Role } from '../../../shared/model/enums';
import { readableWhere, readParams } from '../access/readable';

export interface PersonDbRow {
  id: string;
  name: string;
  other_names: string;
  pseudonym: string;
  community: string;
  birth_year: number | null;
  notes: string;
  consent_to_be_named: number;
  contact: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A person, with the testimonies they appear in that the caller may read. */
export function getPerson(db: Database, id: string, role: Role): Person {
  const r = db.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonDbRow | undefined;
  if (!r) throw notFound('That person');
  const testimonies = db
    .prepare(
      `SELECT t.id AS testimonyId, t.ref, t.title, tp.role, tp.narrator_role AS narratorRole, t.withdrawn
       FROM testimony_people tp JOIN testimonies t ON t.id = tp.testimony_id WHERE tp.person_id = ? AND ${readableWhere('t', role)} ORDER BY t.ref`,
    )
    .all(id, readParams()) as (Omit<Person['testimonies'][number], 'withdrawn'> & { withdrawn: number })[];
  return {
    id: r.id,
    name: r.name,
    otherNames: JSON.parse(r.other_names) as string[],
    pseudonym: r.pseudonym,
    community: r.community,
    birthYear: r.birth_year,
    notes: r.notes,
    consentToBeNamed: r.consent_to_be_named === 1,
    contact: r.contact,
    testimonies: testimonies.map((t) => ({ ...t, withdrawn: t.withdrawn === 1 })),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export function listPeople(db: Database, q: ParsedInput<'people.list'>, role: Role): { total: number; items: PersonRow[] } {
  const like = likeFolded(q.text);
  const total = (db.prepare("SELECT count(*) AS n FROM people WHERE name_sort LIKE ? ESCAPE '\\'").get(like) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.pseudonym, p.community, p.consent_to_be_named,
        (SELECT count(DISTINCT tp.testimony_id) FROM testimony_people tp JOIN testimonies t ON t.id = tp.testimony_id WHERE tp.person_id = p.id AND ${readableWhere('t', role)}) AS testimony_count
       FROM people p WHERE name_sort LIKE ? ESCAPE '\\' ORDER BY name_sort, id LIMIT ? OFFSET ?`,
    )
    
    .all(like, q.limit, q.offset, readParams()) as (PersonDbRow & { testimony_count: number })[];
  return {
    total,
    items: rows.map((r) => ({ id: r.id, name: r.name, pseudonym: r.pseudonym, community: r.community, consentToBeNamed: r.consent_to_be_named === 1, testimonyCount: r.testimony_count })),
  };
}

function columns(d: PersonData) {
  return {
    name: d.name,
    name_sort: foldText(d.name),
    other_names: JSON.stringify(d.otherNames),
    pseudonym: d.pseudonym,
    community: d.community,
    birth_year: d.birthYear,
    notes: d.notes,
    consent_to_be_named: d.consentToBeNamed ? 1 : 0,
    contact: d.contact,
  };
}

export function createPerson(ctx: Ctx, d: PersonData, id: string = crypto.randomUUID()): Person {
  const cols = { ...columns(d), id, created_at: ctx.now, updated_at: ctx.now };
  insertRow(ctx.db, 'people', cols);
  const created = getPerson(ctx.db, id, ctx.session.user.role);
  ctx.audit({ action: 'create', entityType: 'person', entityId: id, changes: diff(null, created, DERIVED_FIELDS) });
  return created;
}

export function updatePerson(ctx: Ctx, id: string, expectedVersion: number, d: PersonData): Person {
  const before = getPerson(ctx.db, id, ctx.session.user.role);
  requireVersion(before.version, expectedVersion, `The record of ${before.name}`);
  const cols = { ...columns(d), updated_at: ctx.now };
  // Names are searchable: the index entries of the person's testimonies are renewed.
  reindexAround(ctx.db, { personId: id }, () => updateRow(ctx.db, 'people', id, cols));
  // Narrator names are denormalised onto testimonies for fast lists; keep them in step.
  refreshNarrators(ctx.db, id);
  const after = getPerson(ctx.db, id, ctx.session.user.role);
  ctx.audit({ action: 'update', entityType: 'person', entityId: id, changes: diff(before, after, DERIVED_FIELDS) });
  return after;
}

function refreshNarrators(db: Database, personId: string): void {
  db.prepare(
    `UPDATE testimonies SET narrators = (
       SELECT coalesce(group_concat(name, '; '), '') FROM (
         SELECT p.name FROM testimony_people tp JOIN people p ON p.id = tp.person_id
         WHERE tp.testimony_id = testimonies.id AND tp.role = 'narrator' ORDER BY tp.position))
     WHERE id IN (SELECT testimony_id FROM testimony_people WHERE person_id = ? AND role = 'narrator')`,
  ).run(personId);
}
