import type { Database } from 'better-sqlite3';
import type { Redaction, RedactableField } from '../../../shared/api/redactions';
import type { ReviewReason } from '../../../shared/model/themes';
import { notFound } from '../db/errors';

/** Reading redactions: passages of kind 'redaction', the reason in `note` (migration 009). */

interface RedactionRow {
  id: string;
  testimony_id: string;
  field: RedactableField;
  start: number;
  end: number;
  quote: string;
  note: string;
  review: ReviewReason;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

const COLUMNS = 'id, testimony_id, field, start, end, quote, note, review, created_by, created_at, updated_at, version';

function toRedaction(r: RedactionRow): Redaction {
  return {
    id: r.id,
    testimonyId: r.testimony_id,
    field: r.field,
    start: r.start,
    end: r.end,
    quote: r.quote,
    reason: r.note,
    review: r.review,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/** A testimony's redactions: the transcript's first, each field in reading order. */
export function redactionsOfTestimony(db: Database, testimonyId: string): Redaction[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM passages WHERE testimony_id = ? AND kind = 'redaction' ORDER BY field = 'summary', start, end, created_at, id`)
    .all(testimonyId) as RedactionRow[];
  return rows.map(toRedaction);
}

/** One redaction; a coded passage, a segment or a missing id is "not found". */
export function getRedaction(db: Database, id: string): Redaction {
  const row = db.prepare(`SELECT ${COLUMNS} FROM passages WHERE id = ? AND kind = 'redaction'`).get(id) as RedactionRow | undefined;
  if (!row) throw notFound('That redaction');
  return toRedaction(row);
}
