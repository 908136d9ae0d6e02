import type { Database } from 'better-sqlite3';
import type { Role } from '../../../shared/model/enums';
import type { Testimony } from '../../../shared/model/testimony';
import type { Passage } from '../../../shared/model/themes';
import { mergeSpans, REDACTED, redactionsOf, redactSpan, redactText, type Span } from '../publish/redact';

/**
 * Researchers read a testimony as redacted: its transcript and summary with every redacted span
 * replaced by "[redacted]", by the same functions every public output uses (publish/redact.ts).
 * Staff (administrators, archivists, cataloguers, commissioners) read the words, since they
 * redact and review them. Coded passages and segments a researcher reads are moved onto the
 * redacted transcript, and their quotes are taken from it, so no quote carries a redacted word.
 */

/** Whether a role reads transcripts and summaries with their redactions applied. */
export const readsRedacted = (role: Role): boolean => role === 'researcher';

/** A testimony as this role may read its words. */
export function testimonyForReader(db: Database, role: Role, t: Testimony): Testimony {
  if (!readsRedacted(role)) return t;
  return { ...t, transcript: redactText(t.transcript, redactionsOf(db, t.id, 'transcript')), summary: redactText(t.summary, redactionsOf(db, t.id, 'summary')) };
}

/**
 * Where an offset into the stored transcript falls in the redacted one. An offset inside a
 * redacted span goes to the start of its marker (a passage's start) or its end (a passage's end).
 */
export function redactedOffset(offset: number, merged: readonly Span[], side: 'start' | 'end'): number {
  let shift = 0;
  for (const s of merged) {
    if (s.end <= offset) {
      shift += s.end - s.start - REDACTED.length;
      continue;
    }
    if (s.start < offset) return s.start - shift + (side === 'end' ? REDACTED.length : 0);
    break;
  }
  return offset - shift;
}

/** A testimony's coded passages and segments as this role may read them. */
export function passagesForReader(db: Database, role: Role, testimonyId: string, passages: Passage[]): Passage[] {
  if (!readsRedacted(role)) return passages;
  const spans = redactionsOf(db, testimonyId, 'transcript');
  if (spans.length === 0) return passages;
  const merged = mergeSpans(spans);
  const stored = (db.prepare('SELECT transcript FROM testimony_texts WHERE testimony_id = ?').pluck().get(testimonyId) as string | undefined) ?? '';
  const redacted = redactText(stored, spans);
  return passages.map((p) => {
    const start = redactedOffset(p.start, merged, 'start');
    const end = Math.max(start, redactedOffset(p.end, merged, 'end'));
    // A quote still anchored is redacted in place; one an edit has moved is read afresh at its
    // new place (its old words may be redacted now, and where they stood is unknown).
    const quote = stored.slice(p.start, p.end) === p.quote ? redactSpan(p.quote, p.start, spans) : redacted.slice(start, end);
    return { ...p, start, end, quote };
  });
}
