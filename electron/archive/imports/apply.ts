import type { Database } from 'better-sqlite3';
import type { ImportItem, ImportReportRow } from '../../../shared/api/imports';
import type { ImportOutcome } from '../../../shared/model/importFields';
import { personInput } from '../../../shared/model/people';
import { testimonyInput, type TestimonyData } from '../../../shared/model/testimony';
import { foldText } from '../../../shared/model/text';
import { checkNewTestimony, checkTestimonyChange } from '../access/testimonyWrites';
import { attachFileReporting } from '../attachments/attach';
import { importCueList } from '../coding/importCues';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { createPerson } from '../people/people';
import { getTestimony } from '../testimonies/queries';
import { countOutcomes } from './report';
import { createTestimony, updateTestimony } from '../testimonies/mutations';

/**
 * imports.applyBatch: each item (one testimony and what came with it) in its own savepoint inside
 * the router's transaction, so a failing item leaves nothing of itself and the others stand. The
 * testimony is created or updated through the same mutations as testimonies.create/update (search
 * index, reference codes, audit), cues become segments as coding.importCues makes them, files are
 * attached as attachments.add attaches them. import_sources remembers what each source became and
 * its content, so a second import skips what has not changed and never duplicates.
 */

/** Testimony fields a CSV field sets (people are resolved separately). */
const TESTIMONY_FIELD: Record<string, keyof TestimonyData> = { placeRecorded: 'placeRecordedId', hearing: 'hearingId' };

type Source = { key: string; sha256?: string; source: string; line: number | null };

export function priorOf(db: Database, key: string): { testimonyId: string; sha256: string } | null {
  const row = db.prepare('SELECT testimony_id AS testimonyId, content_sha256 AS sha256 FROM import_sources WHERE key = ?').get(key) as { testimonyId: string; sha256: string } | undefined;
  return row ?? null;
}

function remember(ctx: Ctx, key: string, testimonyId: string, sha256: string): void {
  ctx.db
    .prepare('INSERT INTO import_sources (key, testimony_id, content_sha256, imported_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET testimony_id = excluded.testimony_id, content_sha256 = excluded.content_sha256, imported_at = excluded.imported_at')
    .run(key, testimonyId, sha256, ctx.now);
}

/** The testimony an item belongs to: the one its sources became last time, else the one with its code. */
export function targetOf(db: Database, item: ImportItem): string | null {
  const keys = [item.row?.key, ...item.transcripts.map((t) => t.key)].filter((k): k is string => !!k);
  for (const key of keys) {
    const prior = priorOf(db, key);
    if (prior && db.prepare('SELECT 1 FROM testimonies WHERE id = ?').get(prior.testimonyId)) return prior.testimonyId;
  }
  if (!item.ref) return null;
  return (db.prepare('SELECT id FROM testimonies WHERE ref = ?').pluck().get(item.ref) as string | undefined) ?? null;
}

/** A person by name (case and accents aside), or a new one; `created` says which. */
export const personIdNamed = (db: Database, name: string): string | undefined =>
  db.prepare('SELECT id FROM people WHERE name_sort = ? ORDER BY created_at, id LIMIT 1').pluck().get(foldText(name)) as string | undefined;

function personNamed(ctx: Ctx, name: string): { id: string; created: boolean } {
  const id = personIdNamed(ctx.db, name);
  if (id) return { id, created: false };
  return { id: createPerson(ctx, personInput.parse({ name })).id, created: true };
}

/** The row's fields over the testimony's current ones (fields the row does not map are kept). */
function withRow(ctx: Ctx, base: TestimonyData, row: NonNullable<ImportItem['row']>, notes: { field: string; message: string }[]): TestimonyData {
  const next: Record<string, unknown> = { ...base };
  for (const field of row.fields) {
    const key = TESTIMONY_FIELD[field] ?? field;
    if (key in row.data) next[key] = row.data[key as keyof TestimonyData];
  }
  const roles = new Set<string>();
  if (row.fields.includes('narrators')) roles.add('narrator');
  if (row.fields.includes('interviewers')) roles.add('interviewer');
  if (roles.size) {
    const people = base.people.filter((l) => !roles.has(l.role));
    for (const p of row.people) {
      const found = personNamed(ctx, p.name);
      if (found.created) notes.push({ field: p.role === 'narrator' ? 'narrators' : 'interviewers', message: `New person created: ${p.name} (${p.role}).` });
      if (!people.some((l) => l.personId === found.id && l.role === p.role)) people.push({ personId: found.id, role: p.role, narratorRole: null });
    }
    next.people = people;
  }
  return next as TestimonyData;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function rowOf(s: Source, ref: string, testimonyId: string | null, outcome: ImportOutcome, message: string, field = ''): ImportReportRow {
  return { source: s.source, line: s.line, ref, testimonyId, outcome, field, message };
}

function applyOne(ctx: Ctx, item: ImportItem): ImportReportRow[] {
  const targetId = targetOf(ctx.db, item);
  const existing = targetId ? getTestimony(ctx.db, { id: targetId }) : null;
  const unchanged = (s: Source & { sha256: string }) => !!existing && priorOf(ctx.db, s.key)?.sha256 === s.sha256;
  const outcomes: { s: Source; outcome: ImportOutcome; message: string }[] = [];
  const changed: string[] = [];
  const notes: { field: string; message: string }[] = [];

  let data: TestimonyData = existing ? testimonyInput.parse(existing) : testimonyInput.parse({ title: item.row?.data.title ?? item.transcripts[0]?.title ?? 'Untitled', type: 'written_statement' });
  if (item.row) {
    if (unchanged(item.row)) outcomes.push({ s: item.row, outcome: 'skipped', message: 'Unchanged since the last import.' });
    else {
      data = withRow(ctx, data, item.row, notes);
      if (item.ref) data.ref = item.ref;
      changed.push(item.row.key);
    }
  }
  const cueFiles: ImportItem['transcripts'] = [];
  for (const t of item.transcripts) {
    if (unchanged(t)) outcomes.push({ s: t, outcome: 'skipped', message: 'Unchanged since the last import.' });
    else if (t.cues) cueFiles.push(t);
    else {
      data.transcript = t.text;
      changed.push(t.key);
    }
  }
  if (!existing && !item.row && cueFiles.length > 0 && !item.transcripts.some((t) => !t.cues)) data.type = 'audio';

  let testimony = existing;
  if (!existing) {
    checkNewTestimony(ctx.session.user.role, data);
    testimony = createTestimony(ctx, data);
  } else if (!same(testimonyInput.parse(existing), data)) {
    checkTestimonyChange(ctx.db, ctx.session.user.role, existing.id, data);
    testimony = updateTestimony(ctx, existing.id, existing.version, data);
  }
  if (!testimony) throw new Error('no testimony after import');
  const id = testimony.id;
  const verb = existing ? 'updated' : 'added';
  for (const key of changed) {
    const s = key === item.row?.key ? item.row : item.transcripts.find((t) => t.key === key);
    if (!s) continue;
    remember(ctx, s.key, id, s.sha256);
    outcomes.push({ s, outcome: verb, message: existing ? `Testimony ${testimony.ref} updated.` : `Testimony ${testimony.ref} added.` });
  }

  for (const t of cueFiles) {
    // Cues already made segments (same times) by an earlier import of this file are not made twice.
    const has = ctx.db.prepare("SELECT 1 FROM passages WHERE testimony_id = ? AND kind = 'segment' AND time_start = ? AND time_end = ?");
    const cues = (t.cues ?? []).filter((c) => !has.get(id, c.start, c.end));
    try {
      const r = cues.length ? ctx.db.transaction(() => importCueList(ctx, id, cues, t.source))() : { segments: 0, unmatched: [] };
      remember(ctx, t.key, id, t.sha256);
      const unmatched = r.unmatched.length ? ` ${r.unmatched.length} cues were not found in the transcript.` : '';
      outcomes.push({ s: t, outcome: verb, message: `${r.segments} time-coded segments made in ${testimony.ref}.${unmatched}` });
    } catch (e) {
      if (!(e instanceof ArchiveError)) throw e;
      outcomes.push({ s: t, outcome: 'failed', message: e.message });
    }
  }

  for (const a of item.attachments) {
    try {
      const r = ctx.db.transaction(() => attachFileReporting(ctx, { testimonyId: id, path: a.path, name: a.name, kind: a.kind }))();
      remember(ctx, a.key, id, r.attachment.sha256);
      if (!r.added) outcomes.push({ s: a, outcome: 'skipped', message: `Already attached to ${testimony.ref}.` });
      else outcomes.push({ s: a, outcome: existing ? 'updated' : 'added', message: `Attached to ${testimony.ref}.` });
    } catch (e) {
      if (!(e instanceof ArchiveError)) throw e;
      outcomes.push({ s: a, outcome: 'failed', message: e.message });
    }
  }
  const rows = outcomes.map((o) => rowOf(o.s, testimony.ref, id, o.outcome, o.message));
  const mainSource = item.row ?? item.transcripts[0];
  for (const n of notes) if (mainSource) rows.push(rowOf(mainSource, testimony.ref, id, verb, n.message, n.field));
  return rows;
}

/** Every source of an item, failed with one message (the item was rolled back). */
function failedItem(item: ImportItem, message: string, field = ''): ImportReportRow[] {
  const sources: Source[] = [...(item.row ? [item.row] : []), ...item.transcripts, ...item.attachments];
  return sources.map((s) => rowOf(s, item.ref, null, 'failed', message, field));
}

export function applyBatch(ctx: Ctx, jobId: string, items: ImportItem[]): { rows: ImportReportRow[] } {
  const rows: ImportReportRow[] = [];
  for (const item of items) {
    try {
      rows.push(...ctx.db.transaction(() => applyOne(ctx, item))());
    } catch (e) {
      if (!(e instanceof ArchiveError)) throw e;
      rows.push(...failedItem(item, e.message, e.field ?? ''));
    }
  }
  const counts = countOutcomes(rows);
  ctx.audit({ action: 'import', entityType: 'archive', entityId: jobId, changes: [{ field: 'batch', old: null, new: counts }] });
  return { rows };
}
