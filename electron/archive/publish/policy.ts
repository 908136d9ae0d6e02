import type { Database } from 'better-sqlite3';

/**
 * The one place that decides what may leave the archive in a public output (search in the public
 * scope, the reading room, and later public CSV/Dublin Core/BagIt, marker sheets and the public
 * report). A testimony is publishable when all of these hold:
 *  - it is not withdrawn;
 *  - its access level is public;
 *  - its embargo, if any, has ended (the embargo date is the first day it may be released);
 *  - its consent record grants public release and consent has not been withdrawn;
 *  - none of its redactions waits for review: an edit moved or emptied one, so it may no longer
 *    cover the words it was made for (redact.ts). Failing safe: held back until a person looks.
 * A person's name is publishable only with their consent to be named; otherwise their pseudonym
 * (or "a narrator" when they have none) stands in its place.
 */

/** Today as YYYY-MM-DD in UTC: the day an embargo is compared against. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The policy as a SQL condition on the `testimonies` row aliased `alias`, with its one parameter
 * (today's date) named `@publishDay`. Callers bind `{ publishDay: today() }`.
 */
export function publishableWhere(alias: string): string {
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`bad alias ${alias}`);
  const t = alias;
  return `(${t}.withdrawn = 0 AND ${t}.access_level = 'public'
    AND (${t}.embargo_until IS NULL OR ${t}.embargo_until <= @publishDay)
    AND json_extract(${t}.consent, '$.publicRelease') = 1
    AND coalesce(json_extract(${t}.consent, '$.withdrawnOn'), '') = ''
    AND NOT EXISTS (SELECT 1 FROM passages r WHERE r.testimony_id = ${t}.id AND r.kind = 'redaction' AND r.review <> ''))`;
}

export interface PublishFacts {
  withdrawn: boolean;
  accessLevel: string;
  embargoUntil: string | null;
  consent: { publicRelease: boolean; withdrawnOn: string };
  /** Whether a redaction waits for review (see TestimonyRedactions.toReview); absent means none. */
  redactionsToReview?: boolean;
}

/** The same policy for a record already in memory. */
export function isPublishable(t: PublishFacts, day: string = today()): boolean {
  return (
    !t.withdrawn &&
    t.accessLevel === 'public' &&
    (t.embargoUntil === null || t.embargoUntil <= day) &&
    t.consent.publicRelease &&
    t.consent.withdrawnOn === '' &&
    t.redactionsToReview !== true
  );
}

/** The name a public output shows for a person (shared with the interface). */
export { publicName } from '../../../shared/model/publicName';

/** Ids of every publishable testimony, in reference order. */
export function publishableIds(db: Database, day: string = today()): string[] {
  return (db.prepare(`SELECT t.id FROM testimonies t WHERE ${publishableWhere('t')} ORDER BY t.ref_sort`).all({ publishDay: day }) as { id: string }[]).map((r) => r.id);
}
