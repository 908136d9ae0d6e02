import type { Database } from 'better-sqlite3';
import type { Passage, PassageKind, ReviewReason, TestimonyTheme } from '../../../shared/model/themes';
import { notFound } from '../db/errors';
import { themesOfPassages } from './themeRefs';

/** Reading coded passages and segments (redactions share the table but are not read here). */

export interface PassageRow {
  id: string;
  testimony_id: string;
  kind: PassageKind | 'redaction';
  start: number;
  end: number;
  quote: string;
  review: ReviewReason;
  note: string;
  title: string;
  synopsis: string;
  keywords: string;
  time_start: number | null;
  time_end: number | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

function toPassages(db: Database, rows: PassageRow[]): Passage[] {
  const themes = themesOfPassages(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    testimonyId: r.testimony_id,
    kind: r.kind as PassageKind,
    start: r.start,
    end: r.end,
    quote: r.quote,
    review: r.review,
    note: r.note,
    title: r.title,
    synopsis: r.synopsis,
    keywords: JSON.parse(r.keywords) as string[],
    timeStart: r.time_start,
    timeEnd: r.time_end,
    themes: themes.get(r.id) ?? [],
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  }));
}

/** The row of a coded passage or segment; a redaction or a missing id is "not found". */
export function passageRow(db: Database, id: string): PassageRow {
  const row = db.prepare("SELECT * FROM passages WHERE id = ? AND kind IN ('code','segment')").get(id) as PassageRow | undefined;
  if (!row) throw notFound('That coded passage or segment');
  return row;
}

export function getPassage(db: Database, id: string): Passage {
  return toPassages(db, [passageRow(db, id)])[0] as Passage;
}

/** A testimony's coded passages and segments, in reading order. */
export function passagesOf(db: Database, testimonyId: string): Passage[] {
  const rows = db
    .prepare("SELECT * FROM passages WHERE testimony_id = ? AND kind IN ('code','segment') ORDER BY start, end DESC, kind DESC, created_at, id")
    .all(testimonyId) as PassageRow[];
  return toPassages(db, rows);
}

/** The themes a whole testimony is tagged with, by label. */
export function testimonyThemes(db: Database, testimonyId: string): TestimonyTheme[] {
  return db
    .prepare(
      `SELECT th.id, th.label, th.colour, tt.note, tt.created_by AS createdBy, tt.created_at AS createdAt
       FROM testimony_themes tt JOIN themes th ON th.id = tt.theme_id WHERE tt.testimony_id = ? ORDER BY th.label_sort, th.id`,
    )
    .all(testimonyId) as TestimonyTheme[];
}

/** What `coding.get` answers: whole-testimony themes, then passages and segments by position. */
export function codingOf(db: Database, testimonyId: string): { themes: TestimonyTheme[]; passages: Passage[] } {
  if (!db.prepare('SELECT 1 FROM testimonies WHERE id = ?').get(testimonyId)) throw notFound('That testimony');
  return { themes: testimonyThemes(db, testimonyId), passages: passagesOf(db, testimonyId) };
}
