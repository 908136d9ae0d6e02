import type { Database } from 'better-sqlite3';
import { isGraphemeBoundary } from '../../../shared/model/graphemes';
import type { PassageKind, TextRange } from '../../../shared/model/themes';
import { ArchiveError } from '../db/errors';

/**
 * Whether a selection may become a coded passage or a segment:
 * - its quote is the transcript's text there now (else the transcript changed since it was opened);
 * - it starts and ends between whole characters (no split surrogate pair or grapheme);
 * - a coded passage does not cross the boundary of a segment or of a redacted span;
 * - a segment does not overlap another segment, nor cover part of a redacted span.
 * Empty spans (text deleted, awaiting review) have no boundaries to cross.
 */

interface Bound {
  id: string;
  kind: 'segment' | 'redaction';
  start: number;
  end: number;
  title: string;
}

const bad = (message: string) => new ArchiveError('invalid_input', message, 'range');

function boundsOf(db: Database, testimonyId: string, exceptId: string | null): Bound[] {
  return (
    db.prepare("SELECT id, kind, start, end, title FROM passages WHERE testimony_id = ? AND kind IN ('segment','redaction') AND field = 'transcript' AND end > start").all(testimonyId) as Bound[]
  ).filter((b) => b.id !== exceptId);
}

const inside = (p: number, r: TextRange) => r.start < p && p < r.end;
const overlaps = (b: Bound, r: TextRange) => b.start < r.end && r.start < b.end;
const name = (b: Bound) => (b.title ? `segment “${b.title}”` : 'a segment');

export function checkRange(db: Database, testimonyId: string, transcript: string, range: TextRange, kind: PassageKind, exceptId: string | null = null): void {
  if (transcript.slice(range.start, range.end) !== range.quote) {
    throw new ArchiveError('conflict', 'The transcript has changed since it was opened, so the selected text is no longer there. Reload the testimony and select the text again.', 'range');
  }
  if (!isGraphemeBoundary(transcript, range.start) || !isGraphemeBoundary(transcript, range.end)) {
    throw bad('The selection starts or ends in the middle of a character (a letter and its accents, or an emoji). Select whole characters.');
  }
  for (const b of boundsOf(db, testimonyId, exceptId)) {
    if (b.kind === 'redaction') {
      if (kind === 'code' ? inside(b.start, range) || inside(b.end, range) : overlaps(b, range) && !(range.start <= b.start && b.end <= range.end)) {
        throw bad('The selection crosses a redacted span. Select text on one side of the redaction.');
      }
    } else if (kind === 'code' && (inside(b.start, range) || inside(b.end, range))) {
      throw bad(`The selection crosses the boundary of ${name(b)}. Code the text on each side of the boundary separately.`);
    } else if (kind === 'segment' && overlaps(b, range)) {
      throw bad(`The new segment would overlap ${name(b)}. Segments cannot overlap: shorten one of them first.`);
    }
  }
}
