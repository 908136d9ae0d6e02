import type { Database } from 'better-sqlite3';
import type { Embed } from '../../../shared/report/embeds';
import { ADDRESSEE_TYPE_LABELS, PRIORITY_LABELS, type Recommendation } from '../../../shared/model/findings';
import { foldText } from '../../../shared/model/text';
import { parseMarkdown } from '../../../shared/report/markdown';
import { ArchiveError } from '../db/errors';
import { getFinding } from '../findings/queries';
import { publishableIds } from '../publish/policy';
import { nameFacts, nameWithholder } from '../publish/publicTestimony';
import { redactionsOf, redactSpan, type Span } from '../publish/redact';
import { getRecommendation } from '../recommendations/queries';
import { glossary, hearingList, testimonyIndex } from './appendices';
import type { ResolvedEmbed, ResolvedExcerpt, ResolvedRecommendation, ResolveOptions, Statistics } from './resolved';
import { computeStatistics } from './statistics';

/**
 * What an embed prints in one edition (see resolved.ts). The public edition is the publish
 * policy's: excerpts of testimonies it keeps back are absent (an excerpt embed becomes a neutral
 * placeholder that neither names nor quotes the record), redactions become "[redacted]", and every
 * text that goes out passes the name withholder before its Markdown is parsed. The confidential
 * edition prints everything, and what it cannot print becomes a visible "[…]" line saying why.
 *
 * What every embed shares (the withholder, the publishable set, the statistics and appendices,
 * transcripts and redactions) is read once per resolver: a report's PDF resolves hundreds of embeds
 * with one resolver inside one read transaction.
 */

export const PUBLIC_EXCERPT_LEFT_OUT = 'An excerpt from a testimony that is not open to the public is left out of this edition.';
export const PUBLIC_FINDING_LEFT_OUT = 'A finding that is no longer in the archive is left out of this edition.';
export const PUBLIC_RECOMMENDATION_LEFT_OUT = 'A recommendation that is no longer in the archive is left out of this edition.';

interface TestimonyFacts {
  id: string;
  ref: string;
  title: string;
  dateText: string;
  withdrawn: boolean;
}

/** What one resolver reads once and reuses. */
export interface ResolveCache {
  text: (s: string) => string;
  publishable: (testimonyId: string) => boolean;
  testimony: (id: string) => TestimonyFacts | undefined;
  testimonyByRef: (ref: string) => TestimonyFacts | undefined;
  transcript: (id: string) => string;
  redactions: (id: string) => Span[];
  statistics: () => Statistics;
}

function once<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}

function memo<T>(make: (key: string) => T): (key: string) => T {
  const map = new Map<string, T>();
  return (key) => {
    if (!map.has(key)) map.set(key, make(key));
    return map.get(key) as T;
  };
}

export function createResolveCache(db: Database, opts: ResolveOptions): ResolveCache {
  const isPublic = opts.edition === 'public';
  const withhold = isPublic ? nameWithholder(nameFacts(db)) : (s: string) => s;
  const publishableSet = once(() => new Set(publishableIds(db, opts.day)));
  const byId = db.prepare('SELECT id, ref, title, date_text AS dateText, withdrawn FROM testimonies WHERE id = ?');
  const byRef = db.prepare('SELECT id, ref, title, date_text AS dateText, withdrawn FROM testimonies WHERE ref = ?');
  const facts = (row: unknown): TestimonyFacts | undefined => {
    if (!row) return undefined;
    const r = row as Omit<TestimonyFacts, 'withdrawn'> & { withdrawn: number };
    return { ...r, withdrawn: r.withdrawn === 1 };
  };
  return {
    text: withhold,
    publishable: (id) => publishableSet().has(id),
    testimony: memo((id) => facts(byId.get(id))),
    testimonyByRef: memo((ref) => facts(byRef.get(ref.trim()))),
    transcript: memo((id) => (db.prepare('SELECT transcript FROM testimony_texts WHERE testimony_id = ?').pluck().get(id) as string | undefined) ?? ''),
    redactions: memo((id) => redactionsOf(db, id)),
    statistics: once(() => computeStatistics(db, isPublic, opts.day, withhold)),
  };
}


/**
 * Where the quoted words stand in the transcript: exactly, else with any run of white space
 * (line breaks, double spaces) matching any other. Null when the words are not there.
 */
export function findQuote(transcript: string, quote: string): { start: number; end: number } | null {
  const exact = transcript.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const wanted = quote.trim().replace(/\s+/gu, ' ');
  if (wanted === '') return null;
  // Any run of white space matches any other: search a copy with each run made one space, keeping
  // where each of its characters came from (one pass, no backtracking whatever the words are).
  let folded = '';
  const from: number[] = [];
  for (const m of transcript.matchAll(/\s+|\S+/gu)) {
    const piece = /^\s/u.test(m[0]) ? ' ' : m[0];
    for (let i = 0; i < piece.length; i++) from.push(m.index + i);
    folded += piece;
  }
  const at = folded.indexOf(wanted);
  if (at < 0) return null;
  const last = from[at + wanted.length - 1] ?? 0;
  return { start: from[at] ?? 0, end: last + 1 };
}

const placeholder = (message: string): ResolvedEmbed => ({ kind: 'placeholder', message });

function resolveExcerpt(embed: Extract<Embed, { kind: 'excerpt' }>, opts: ResolveOptions, c: ResolveCache): ResolvedEmbed {
  const isPublic = opts.edition === 'public';
  const t = c.testimonyByRef(embed.ref);
  // The public edition says the same whatever the reason, so the message reveals nothing.
  if (isPublic && (!t || !c.publishable(t.id))) return placeholder(PUBLIC_EXCERPT_LEFT_OUT);
  if (!t) return placeholder(`[Testimony ${embed.ref} not found]`);
  if (t.withdrawn) return placeholder(`[Excerpt from ${t.ref} left out: the testimony was withdrawn]`);
  const transcript = c.transcript(t.id);
  const at = findQuote(transcript, embed.quote);
  if (!at) return isPublic ? placeholder(PUBLIC_EXCERPT_LEFT_OUT) : placeholder(`[Excerpt from ${t.ref} no longer in the transcript: the words were edited away]`);
  const words = transcript.slice(at.start, at.end);
  const excerpt: ResolvedExcerpt = {
    ref: t.ref,
    title: c.text(t.title),
    dateRecorded: t.dateText,
    text: isPublic ? c.text(redactSpan(words, at.start, c.redactions(t.id))) : words,
    note: '',
  };
  return { kind: 'excerpt', excerpt };
}

function resolveFinding(db: Database, id: string, opts: ResolveOptions, c: ResolveCache): ResolvedEmbed {
  const isPublic = opts.edition === 'public';
  let f;
  try {
    f = getFinding(db, id, opts.day);
  } catch (e) {
    if (e instanceof ArchiveError && e.code === 'not_found') return placeholder(isPublic ? PUBLIC_FINDING_LEFT_OUT : '[Finding not found: it may have been deleted]');
    throw e;
  }
  let withheld = 0;
  const evidence: ResolvedExcerpt[] = [];
  for (const cite of f.citations) {
    // citationsOf placed each citation with locateQuote (findings/anchor.ts): ok, moved, missing or withdrawn.
    if (cite.state === 'missing' || cite.state === 'withdrawn' || (isPublic && !c.publishable(cite.testimonyId))) {
      withheld += 1;
      continue;
    }
    evidence.push({
      ref: cite.testimonyRef,
      title: c.text(cite.testimonyTitle),
      dateRecorded: c.testimony(cite.testimonyId)?.dateText ?? '',
      text: isPublic ? c.text(redactSpan(cite.quote, cite.start, c.redactions(cite.testimonyId))) : cite.quote,
      note: c.text(cite.note),
    });
  }
  return {
    kind: 'finding',
    finding: {
      ref: f.ref,
      title: c.text(f.title),
      text: parseMarkdown(c.text(f.text), { embeds: false }),
      themes: f.themes.map((t) => c.text(t.label)),
      evidence,
      withheld,
    },
  };
}

function recommendationOf(r: Recommendation, c: ResolveCache): ResolvedRecommendation {
  return {
    number: r.number,
    title: c.text(r.title),
    text: parseMarkdown(c.text(r.text), { embeds: false }),
    addressee: c.text(r.addressee),
    addresseeType: ADDRESSEE_TYPE_LABELS[r.addresseeType],
    priority: PRIORITY_LABELS[r.priority],
    status: r.status,
    statusDate: r.statusDate,
    findings: r.findings.map((f) => f.ref),
    themes: r.themes.map((t) => c.text(t.label)),
  };
}

function resolveRecommendation(db: Database, id: string, opts: ResolveOptions, c: ResolveCache): ResolvedEmbed {
  try {
    return { kind: 'recommendation', recommendation: recommendationOf(getRecommendation(db, id), c) };
  } catch (e) {
    if (e instanceof ArchiveError && e.code === 'not_found') {
      return placeholder(opts.edition === 'public' ? PUBLIC_RECOMMENDATION_LEFT_OUT : '[Recommendation not found: it may have been deleted]');
    }
    throw e;
  }
}

/** Every recommendation (or those to one addressee, matched ignoring case and accents), grouped by addressee in order of first number. */
function resolveRecommendations(db: Database, addressee: string | null, c: ResolveCache): ResolvedEmbed {
  const ids = db.prepare('SELECT id, addressee FROM recommendations ORDER BY number').all() as { id: string; addressee: string }[];
  const wanted = addressee === null ? ids : ids.filter((r) => foldText(r.addressee) === foldText(addressee));
  if (addressee !== null && wanted.length === 0) return placeholder(`[No recommendation is addressed to “${c.text(addressee)}”]`);
  const groups: { addressee: string; items: ResolvedRecommendation[] }[] = [];
  const byAddressee = new Map<string, (typeof groups)[number]>();
  for (const { id } of wanted) {
    const r = recommendationOf(getRecommendation(db, id), c);
    let group = byAddressee.get(r.addressee);
    if (!group) {
      group = { addressee: r.addressee, items: [] };
      byAddressee.set(r.addressee, group);
      groups.push(group);
    }
    group.items.push(r);
  }
  return { kind: 'recommendations', groups };
}

/** One embed in one edition; pass the cache of a resolver to share its reads (see createResolver). */
export function resolveEmbed(db: Database, embed: Embed, opts: ResolveOptions, cache: ResolveCache = createResolveCache(db, opts)): ResolvedEmbed {
  const publicOnly = opts.edition === 'public';
  switch (embed.kind) {
    case 'finding':
      return resolveFinding(db, embed.id, opts, cache);
    case 'recommendation':
      return resolveRecommendation(db, embed.id, opts, cache);
    case 'recommendations':
      return resolveRecommendations(db, embed.addressee, cache);
    case 'excerpt':
      return resolveExcerpt(embed, opts, cache);
    case 'statistics':
      return { kind: 'statistics', statistics: cache.statistics() };
    case 'appendix':
      if (embed.which === 'testimonies') return { kind: 'appendix', which: 'testimonies', rows: testimonyIndex(db, publicOnly, opts.day, cache.text) };
      if (embed.which === 'hearings') return { kind: 'appendix', which: 'hearings', rows: hearingList(db, publicOnly, cache.text) };
      return { kind: 'appendix', which: 'glossary', rows: glossary(db, cache.text) };
  }
}

/** A resolver for one edition: what embeds share is read once (call it inside one read transaction). */
export function createResolver(db: Database, opts: ResolveOptions): (embed: Embed) => ResolvedEmbed {
  const cache = createResolveCache(db, opts);
  return (embed) => resolveEmbed(db, embed, opts, cache);
}
