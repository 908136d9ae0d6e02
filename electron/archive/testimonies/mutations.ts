import type { TestimonyData } from '../../../shared/model/testimony';
import type { Testimony } from '../../../shared/model/testimony';
import { parseDuration } from '../../../shared/model/duration';
import { parseFlexDate } from '../../../shared/model/flexDate';
import { countWords, foldText } from '../../../shared/model/text';
import { refSortKey } from '../../../shared/model/refCode';
import type { Ctx } from '../context';
import { diff, DERIVED_FIELDS } from '../audit/record';
import { ArchiveError } from '../db/errors';
import { insertRow, updateRow } from '../records/write';
import { requireExisting, requireVersion } from '../records/links';
import { getTestimony } from './queries';
import { allocateRef } from './refs';
import { facetColumns, writeDates } from './searchFacts';
import { indexNew, nextDocId, reindexAround } from '../search/indexer';
import { reanchorAfterEdit } from '../coding/reanchor';

const AUDIT_IGNORE = [...DERIVED_FIELDS, 'dateStart', 'dateEnd', 'placeRecordedName', 'placesSpokenAboutNames', 'hearingTitle'];

function checkLinks(ctx: Ctx, data: TestimonyData): void {
  requireExisting(ctx.db, 'place', data.placeRecordedId, 'placeRecordedId');
  requireExisting(ctx.db, 'hearing', data.hearingId, 'hearingId');
  data.placesSpokenAbout.forEach((id) => requireExisting(ctx.db, 'place', id, 'placesSpokenAbout'));
  const seen = new Set<string>();
  data.people.forEach((link, i) => {
    requireExisting(ctx.db, 'person', link.personId, `people.${i}.personId`);
    const key = `${link.personId}/${link.role}`;
    if (seen.has(key)) throw new ArchiveError('invalid_input', 'The same person is listed twice in the same role.', `people.${i}.personId`);
    seen.add(key);
  });
}

function refInUse(ctx: Ctx, ref: string, exceptId: string | null): void {
  const row = ctx.db.prepare('SELECT id FROM testimonies WHERE ref = ?').get(ref) as { id: string } | undefined;
  if (row && row.id !== exceptId) throw new ArchiveError('conflict', `Reference code ${ref} is already used by another testimony. Choose another, or leave it empty to generate one.`, 'ref');
}

/** The columns a person's input sets, with derived values worked out once. */
function columns(data: TestimonyData, narrators: string) {
  const date = parseFlexDate(data.dateRecorded);
  const duration = data.duration === null ? null : parseDuration(data.duration);
  return {
    title: data.title,
    title_sort: foldText(data.title),
    summary: data.summary,
    status: data.status,
    type: data.type,
    languages: JSON.stringify(data.languages),
    date_text: data.dateRecorded,
    date_start: date.ok ? date.value.start : null,
    date_end: date.ok ? date.value.end : null,
    place_recorded_id: data.placeRecordedId,
    dates_spoken_about: JSON.stringify(data.datesSpokenAbout),
    duration_seconds: typeof duration === 'number' ? duration : null,
    extent: data.extent,
    collection: data.collection,
    series: data.series,
    hearing_id: data.hearingId,
    provenance: data.provenance,
    word_count: countWords(data.transcript),
    access_level: data.accessLevel,
    embargo_until: data.embargoUntil,
    consent: JSON.stringify(data.consent),
    content_warnings: JSON.stringify(data.contentWarnings),
    cataloguer: data.cataloguer,
    narrators,
    ...facetColumns(
      data.people.filter((l) => l.role === 'narrator').map((l) => l.narratorRole),
      [data.placeRecordedId, ...data.placesSpokenAbout],
    ),
  };
}

function narratorNames(ctx: Ctx, data: TestimonyData): string {
  const get = ctx.db.prepare('SELECT name FROM people WHERE id = ?');
  return data.people
    .filter((l) => l.role === 'narrator')
    .map((l) => (get.get(l.personId) as { name: string }).name)
    .join('; ');
}

function writeDependents(ctx: Ctx, id: string, data: TestimonyData): void {
  ctx.db
    .prepare('INSERT INTO testimony_texts (testimony_id, transcript) VALUES (?, ?) ON CONFLICT(testimony_id) DO UPDATE SET transcript = excluded.transcript')
    .run(id, data.transcript);
  ctx.db.prepare('DELETE FROM testimony_people WHERE testimony_id = ?').run(id);
  ctx.db.prepare('DELETE FROM testimony_places WHERE testimony_id = ?').run(id);
  const person = ctx.db.prepare('INSERT INTO testimony_people (testimony_id, person_id, role, narrator_role, position) VALUES (?, ?, ?, ?, ?)');
  data.people.forEach((l, i) => person.run(id, l.personId, l.role, l.narratorRole, i));
  const place = ctx.db.prepare('INSERT OR IGNORE INTO testimony_places (testimony_id, place_id, position) VALUES (?, ?, ?)');
  data.placesSpokenAbout.forEach((p, i) => place.run(id, p, i));
  writeDates(ctx.db, id, data.dateRecorded, data.datesSpokenAbout);
}

export function createTestimony(ctx: Ctx, data: TestimonyData, opts: { id?: string; withdrawn?: { reason: string } } = {}): Testimony {
  checkLinks(ctx, data);
  const ref = data.ref ? data.ref : allocateRef(ctx.db);
  refInUse(ctx, ref, null);
  const id = opts.id ?? crypto.randomUUID();
  const cols = { ...columns({ ...data, cataloguer: data.cataloguer || ctx.session.user.name }, narratorNames(ctx, data)), id, ref, ref_sort: refSortKey(ref), doc_id: nextDocId(ctx.db), created_at: ctx.now, updated_at: ctx.now, version: 1 };
  insertRow(ctx.db, 'testimonies', cols);
  writeDependents(ctx, id, data);
  indexNew(ctx.db, id);
  const created = getTestimony(ctx.db, { id });
  ctx.audit({ action: 'create', entityType: 'testimony', entityId: id, changes: diff(null, created, AUDIT_IGNORE) });
  return created;
}

export function updateTestimony(ctx: Ctx, id: string, expectedVersion: number, data: TestimonyData): Testimony {
  const before = getTestimony(ctx.db, { id });
  requireVersion(before.version, expectedVersion, `Testimony ${before.ref}`);
  checkLinks(ctx, data);
  const ref = data.ref ? data.ref : before.ref;
  refInUse(ctx, ref, id);
  const cols = { ...columns(data, narratorNames(ctx, data)), ref, ref_sort: refSortKey(ref), updated_at: ctx.now };
  reindexAround(ctx.db, { testimonyIds: [id] }, () => {
    updateRow(ctx.db, 'testimonies', id, cols);
    writeDependents(ctx, id, data);
    // Coded passages, segments and redactions follow their text, or are flagged for review.
    if (data.transcript !== before.transcript) reanchorAfterEdit(ctx, id, before.transcript, data.transcript);
    if (data.summary !== before.summary) reanchorAfterEdit(ctx, id, before.summary, data.summary, 'summary');
  });
  const after = getTestimony(ctx.db, { id });
  ctx.audit({ action: 'update', entityType: 'testimony', entityId: id, changes: diff(before, after, AUDIT_IGNORE) });
  return after;
}

export function setWithdrawn(ctx: Ctx, id: string, withdrawn: boolean, reason = ''): Testimony {
  const before = getTestimony(ctx.db, { id });
  if (before.withdrawn === withdrawn) {
    throw new ArchiveError('conflict', withdrawn ? `Testimony ${before.ref} is already withdrawn.` : `Testimony ${before.ref} is not withdrawn.`);
  }
  ctx.db
    .prepare('UPDATE testimonies SET withdrawn = ?, withdrawn_at = ?, withdrawn_reason = ?, updated_at = ?, version = version + 1 WHERE id = ?')
    .run(withdrawn ? 1 : 0, withdrawn ? ctx.now : null, withdrawn ? reason : '', ctx.now, id);
  const after = getTestimony(ctx.db, { id });
  ctx.audit({ action: withdrawn ? 'withdraw' : 'restore', entityType: 'testimony', entityId: id, changes: diff(before, after, AUDIT_IGNORE) });
  return after;
}
