import type { Database } from 'better-sqlite3';
import type { Testimony } from '../../../shared/model/testimony';
import type { PublicRecord } from '../../../shared/query/lunrFormat';
import { isPublishable, publicName, today } from './policy';
import { redactText, type RedactionLookup, type Span } from './redact';

/**
 * The one function that turns a testimony into its public form, for every public output (the
 * reading room today; public CSV, Dublin Core and the public report later). It refuses a record
 * the policy does not allow out, keeps only fields fit for the public, shows people by their
 * public name, and withholds the names on file of everyone who has not consented to be named
 * wherever they appear in the record's text, after replacing its redacted spans (transcript and
 * summary) by the visible marker "[redacted]". A record with a redaction waiting for review is
 * refused like any other the policy holds back.
 */

/** What the name rules need to know about a person. */
export interface NameFacts {
  id: string;
  name: string;
  otherNames: string[];
  pseudonym: string;
  consentToBeNamed: boolean;
}

export type PublicForm = (t: Testimony) => PublicRecord;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A character class of the first characters of escaped patterns (escaped again where a class needs it). */
function firstCharacters(patterns: readonly string[]): string {
  const firsts = new Set(patterns.map((p) => (p.startsWith('\\') ? p.slice(0, 2) : String.fromCodePoint(p.codePointAt(0) ?? 0))));
  return `[${[...firsts].map((c) => (c === '-' ? '\\-' : c)).join('')}]`;
}
const key = (s: string) => s.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('und');

/**
 * A function that replaces the names (and other names) of people without consent by their public
 * name. Names of two or more words match in any case; a one-word name only as written, so that a
 * person called "Hope" does not erase the word "hope". `withheldAs` is what stands for someone
 * without a pseudonym (see publicName).
 */
export function nameWithholder(people: readonly NameFacts[], withheldAs?: string): (text: string) => string {
  const byName = new Map<string, string>();
  const multi: string[] = [];
  const single: string[] = [];
  for (const p of people) {
    if (p.consentToBeNamed) continue;
    const shown = publicName(p, withheldAs);
    for (const raw of [p.name, ...p.otherNames]) {
      const name = raw.trim().replace(/\s+/gu, ' ');
      if ([...name].length < 2 || byName.has(key(name))) continue;
      byName.set(key(name), shown);
      const words = name.split(' ').map(escape);
      if (words.length > 1) multi.push(words.join('\\s+'));
      else single.push(words[0] ?? '');
    }
  }
  const replacer = (patterns: string[], flags: string) => {
    if (patterns.length === 0) return (text: string) => text;
    patterns.sort((a, b) => b.length - a.length);
    // The lookahead (each name's first character) says nothing the names do not, but it lets the
    // engine pass over most positions without trying hundreds of names at each.
    const re = new RegExp(`(?=${firstCharacters(patterns)})(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, flags);
    return (text: string) => text.replace(re, (m) => byName.get(key(m)) ?? 'A person (name withheld)');
  };
  const full = replacer(multi, 'giu');
  const oneWord = replacer(single, 'gu');
  return (text) => oneWord(full(text));
}

/**
 * A free text as the public reads it: redacted spans replaced first (their offsets are into the
 * text as stored), then withheld names. Public search re-checks hits against the same text.
 */
export function publicTextOf(withhold: (text: string) => string, text: string, spans: readonly Span[] = []): string {
  return withhold(redactText(text, spans));
}

/** Every person's name facts, for `createPublicForm`. */
export function nameFacts(db: Database): NameFacts[] {
  const rows = db.prepare('SELECT id, name, other_names, pseudonym, consent_to_be_named FROM people').all() as {
    id: string;
    name: string;
    other_names: string;
    pseudonym: string;
    consent_to_be_named: number;
  }[];
  return rows.map((r) => ({ id: r.id, name: r.name, otherNames: JSON.parse(r.other_names) as string[], pseudonym: r.pseudonym, consentToBeNamed: r.consent_to_be_named === 1 }));
}

/**
 * Builds the public form for one archive's people and redactions (`readRedactions(db)`, read in
 * the same read transaction), as of `day` (embargoes end on their date).
 */
export function createPublicForm(people: readonly NameFacts[], redactions: RedactionLookup, day: string = today()): PublicForm {
  const byId = new Map(people.map((p) => [p.id, p]));
  const withhold = nameWithholder(people);
  /** Every free text of the record passes through here. */
  const publicText = (text: string): string => withhold(text);

  return (t) => {
    const r = redactions(t.id);
    if (!isPublishable({ ...t, redactionsToReview: r.toReview }, day)) throw new Error(`${t.ref} may not be published (publish policy); it was not exported.`);
    return {
      ref: t.ref,
      title: publicText(t.title),
      summary: publicTextOf(withhold, t.summary, r.summary),
      type: t.type,
      languages: t.languages,
      dateRecorded: t.dateRecorded,
      placeRecorded: t.placeRecordedName,
      placesSpokenAbout: t.placesSpokenAboutNames,
      datesSpokenAbout: t.datesSpokenAbout,
      duration: t.duration,
      extent: publicText(t.extent),
      collection: publicText(t.collection),
      series: publicText(t.series),
      hearing: t.hearingTitle === null ? null : publicText(t.hearingTitle),
      provenance: publicText(t.provenance),
      contentWarnings: t.contentWarnings,
      people: t.people.map((link) => {
        const facts = byId.get(link.personId);
        return { name: facts ? publicName(facts) : 'A person (name withheld)', role: link.role, narratorRole: link.narratorRole };
      }),
      transcript: publicTextOf(withhold, t.transcript, r.transcript),
      wordCount: t.wordCount,
    };
  };
}
