import type { Database } from 'better-sqlite3';
import type { Citation, Finding, FindingRow } from '../../../shared/model/findings';
import { notFound } from '../db/errors';
import type { Role } from '../../../shared/model/enums';
import { NOT_AVAILABLE_TO_ROLE } from '../../../shared/model/access';
import { isReadable, readsEverything } from '../access/readable';
import { publishableWhere, today } from '../publish/policy';
import { likeFolded } from '../records/search';
import { locateQuote } from './anchor';
import { themesOf } from './themeLinks';

interface FindingDbRow {
  id: string;
  ref: string;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
  version: number;
}

interface CitationDbRow {
  id: string;
  testimony_id: string;
  testimony_ref: string;
  testimony_title: string;
  access_level: string;
  withdrawn: number;
  publishable: number;
  transcript: string;
  start: number;
  end: number;
  quote: string;
  note: string;
  position: number;
}

/**
 * A finding's evidence in order, each citation placed against its transcript as it stands today
 * (anchor.ts) and judged by the publish policy as of `day`.
 */
export function citationsOf(db: Database, findingId: string, day: string = today()): Citation[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.testimony_id, t.ref AS testimony_ref, t.title AS testimony_title, t.access_level, t.withdrawn, ${publishableWhere('t')} AS publishable,
         coalesce(x.transcript, '') AS transcript, c.start, c.end, c.quote, c.note, c.position
       FROM finding_citations c JOIN testimonies t ON t.id = c.testimony_id LEFT JOIN testimony_texts x ON x.testimony_id = t.id
       WHERE c.finding_id = @id ORDER BY c.position, c.created_at, c.id`,
    )
    .all({ id: findingId, publishDay: day }) as CitationDbRow[];
  return rows.map((r) => {
    const placed = r.withdrawn === 1 ? { state: 'withdrawn' as const, start: r.start, end: r.end } : locateQuote(r.transcript, r.start, r.end, r.quote);
    return {
      id: r.id,
      testimonyId: r.testimony_id,
      testimonyRef: r.testimony_ref,
      testimonyTitle: r.testimony_title,
      accessLevel: r.access_level,
      publishable: r.publishable === 1,
      start: placed.start,
      end: placed.end,
      quote: r.quote,
      state: placed.state,
      note: r.note,
      position: r.position,
    };
  });
}

/**
 * Evidence as a person of this role may see it: a citation of a testimony they may not read keeps
 * its place in the finding but shows neither the testimony (its id is replaced by the citation's
 * own, which opens nothing) nor its reference, title or words.
 */
export function citationsSeenBy(db: Database, role: Role, citations: Citation[]): Citation[] {
  if (readsEverything(role)) return citations;
  return citations.map((c) => (isReadable(db, role, c.testimonyId) ? c : { ...c, testimonyId: c.id, testimonyRef: '—', testimonyTitle: NOT_AVAILABLE_TO_ROLE, quote: NOT_AVAILABLE_TO_ROLE, note: '', start: 0, end: 0, publishable: false }));
}

/** One finding with its themes, its evidence (as of `day`) and the recommendations resting on it. */
export function getFinding(db: Database, id: string, day: string = today()): Finding {
  const r = db.prepare('SELECT id, ref, title, body, created_at, updated_at, version FROM findings WHERE id = ?').get(id) as FindingDbRow | undefined;
  if (!r) throw notFound('That finding');
  const recommendations = db
    .prepare('SELECT r.id, r.number, r.title FROM recommendation_findings rf JOIN recommendations r ON r.id = rf.recommendation_id WHERE rf.finding_id = ? ORDER BY r.number')
    .all(id) as { id: string; number: number; title: string }[];
  return {
    id: r.id,
    ref: r.ref,
    title: r.title,
    text: r.body,
    themes: themesOf(db, 'finding', id),
    citations: citationsOf(db, id, day),
    recommendations,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/** findings.list: every finding in reference order, or those whose folded reference, title or text contain `text`. */
export function listFindings(db: Database, text: string): { items: FindingRow[] } {
  const rows = db
    .prepare(
      `SELECT f.id, f.ref, f.title, f.updated_at,
         (SELECT count(*) FROM finding_citations c WHERE c.finding_id = f.id) AS citation_count,
         (SELECT count(*) FROM recommendation_findings rf WHERE rf.finding_id = f.id) AS recommendation_count
       FROM findings f WHERE (@text = '' OR f.search_text LIKE @pattern ESCAPE '\\') ORDER BY f.ref_sort, f.id`,
    )
    .all({ text, pattern: likeFolded(text) }) as { id: string; ref: string; title: string; updated_at: string; citation_count: number; recommendation_count: number }[];
  return {
    items: rows.map((r) => ({
      id: r.id,
      ref: r.ref,
      title: r.title,
      themes: themesOf(db, 'finding', r.id),
      citationCount: r.citation_count,
      recommendationCount: r.recommendation_count,
      updatedAt: r.updated_at,
    })),
  };
}
