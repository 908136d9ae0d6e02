import type { CitationInput, Finding } from '../../../shared/model/findings';
import { isGraphemeBoundary } from '../../../shared/model/graphemes';
import type { Ctx } from '../context';
import { ArchiveError, notFound } from '../db/errors';
import { auditFinding, touchFinding } from './changes';
import { getFinding } from './queries';

/**
 * A finding's evidence: citations of spans of testimony transcripts, in an order a person sets
 * (positions 0 … n−1). The words cited are stored with the span so that a later edit of the
 * transcript can be noticed on read (anchor.ts).
 */

type Cited = Omit<CitationInput, 'note'> & { note: string };

interface CitableTestimony {
  id: string;
  ref: string;
  withdrawn: number;
  transcript: string;
}

function citationIds(ctx: Ctx, findingId: string): string[] {
  return ctx.db.prepare('SELECT id FROM finding_citations WHERE finding_id = ? ORDER BY position, created_at, id').pluck().all(findingId) as string[];
}

function renumber(ctx: Ctx, ids: readonly string[]): void {
  const set = ctx.db.prepare('UPDATE finding_citations SET position = ? WHERE id = ?');
  ids.forEach((id, i) => set.run(i, id));
}

/** The words at [start, end) of a testimony that may be cited: it exists, is not withdrawn, and the span is whole characters of its transcript, not only white space. */
function quoteOf(ctx: Ctx, c: Cited): { testimony: CitableTestimony; quote: string } {
  const testimony = ctx.db
    .prepare("SELECT t.id, t.ref, t.withdrawn, coalesce(x.transcript, '') AS transcript FROM testimonies t LEFT JOIN testimony_texts x ON x.testimony_id = t.id WHERE t.id = ?")
    .get(c.testimonyId) as CitableTestimony | undefined;
  if (!testimony) throw new ArchiveError('invalid_input', 'The testimony to cite does not exist in this archive. Reload it and select the words again.', 'citation.testimonyId');
  if (testimony.withdrawn === 1) {
    throw new ArchiveError('conflict', `Testimony ${testimony.ref} is withdrawn and cannot be cited. Restore it first if it should be evidence.`, 'citation.testimonyId');
  }
  const length = testimony.transcript.length;
  if (c.end > length) {
    const what = length === 0 ? 'has no transcript' : `has ${length.toLocaleString('en')} characters`;
    throw new ArchiveError('invalid_input', `The selection runs past the end of the transcript of ${testimony.ref}, which ${what}. Reload the testimony and select the words again.`, 'citation.end');
  }
  if (!isGraphemeBoundary(testimony.transcript, c.start) || !isGraphemeBoundary(testimony.transcript, c.end)) {
    throw new ArchiveError('invalid_input', 'The selection starts or ends in the middle of a character (a letter and its accents, or an emoji). Select whole characters.', 'citation.start');
  }
  const quote = testimony.transcript.slice(c.start, c.end);
  if (quote.trim() === '') throw new ArchiveError('invalid_input', 'The selection is only white space. Select some words of the transcript to cite.', 'citation.end');
  return { testimony, quote };
}

/** findings.cite: a span of a transcript as the last piece of the finding's evidence. */
export function cite(ctx: Ctx, id: string, c: Cited): Finding {
  getFinding(ctx.db, id); // the finding exists
  const { testimony, quote } = quoteOf(ctx, c);
  const twice = ctx.db.prepare('SELECT position FROM finding_citations WHERE finding_id = ? AND testimony_id = ? AND start = ? AND end = ?').get(id, c.testimonyId, c.start, c.end) as
    | { position: number }
    | undefined;
  if (twice) throw new ArchiveError('conflict', `These words of ${testimony.ref} are already cited in this finding (citation ${twice.position + 1}).`, 'citation.start');
  const citationId = crypto.randomUUID();
  ctx.db
    .prepare('INSERT INTO finding_citations (id, finding_id, testimony_id, start, end, quote, note, position, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(citationId, id, c.testimonyId, c.start, c.end, quote, c.note, citationIds(ctx, id).length, ctx.session.user.name, ctx.now);
  touchFinding(ctx, id);
  auditFinding(ctx, 'cite', id, [{ field: 'citations', old: null, new: { id: citationId, testimonyId: c.testimonyId, testimonyRef: testimony.ref, start: c.start, end: c.end, quote, note: c.note } }]);
  return getFinding(ctx.db, id);
}

function requireCitation(ctx: Ctx, findingId: string, citationId: string) {
  const row = ctx.db
    .prepare('SELECT c.id, c.testimony_id, t.ref AS testimony_ref, c.start, c.end, c.quote, c.note, c.position FROM finding_citations c JOIN testimonies t ON t.id = c.testimony_id WHERE c.id = ? AND c.finding_id = ?')
    .get(citationId, findingId) as { id: string; testimony_id: string; testimony_ref: string; start: number; end: number; quote: string; note: string; position: number } | undefined;
  if (!row) throw notFound('That citation of the finding');
  return row;
}

/** findings.uncite: the citation comes off the finding; the others close up. */
export function uncite(ctx: Ctx, id: string, citationId: string): Finding {
  getFinding(ctx.db, id);
  const before = requireCitation(ctx, id, citationId);
  ctx.db.prepare('DELETE FROM finding_citations WHERE id = ?').run(citationId);
  renumber(ctx, citationIds(ctx, id));
  touchFinding(ctx, id);
  auditFinding(ctx, 'uncite', id, [
    { field: 'citations', old: { id: before.id, testimonyId: before.testimony_id, testimonyRef: before.testimony_ref, start: before.start, end: before.end, quote: before.quote, note: before.note }, new: null },
  ]);
  return getFinding(ctx.db, id);
}

/** findings.moveCitation: the citation to place `to` (0 is first; past the end is last). */
export function moveCitation(ctx: Ctx, id: string, citationId: string, to: number): Finding {
  getFinding(ctx.db, id);
  const before = requireCitation(ctx, id, citationId);
  const others = citationIds(ctx, id).filter((c) => c !== citationId);
  const position = Math.min(to, others.length);
  renumber(ctx, [...others.slice(0, position), citationId, ...others.slice(position)]);
  touchFinding(ctx, id);
  auditFinding(ctx, 'move-citation', id, [{ field: `citations.${citationId}.position`, old: before.position, new: position }]);
  return getFinding(ctx.db, id);
}
