import type { Database } from 'better-sqlite3';
import { EVENT_TYPE_VOCABULARY, PREMIS_EVENT_TYPES, type PremisEventType, type PreservationEvent } from '../../../shared/api/preservation';
import { describeEvent, type EventRow } from './eventWords';

/**
 * The archive's preservation events, derived from the audit log where it already holds the fact
 * (nothing is stored twice, so the events can never disagree with the tamper-evident log), plus
 * one migration event per schema step from `schema_migrations`:
 *
 *   ingestion          a testimony created; a file stored (a marker photo added, a file attached to a testimony)
 *   dissemination      every export (reading room, PDFs, PREMIS XML): the audit's `export` entries
 *   policy assignment  a testimony's access level, embargo or consent changed
 *   deaccession        a testimony withdrawn; accession: restored
 *   redaction          a span marked redacted
 *   fixity check       a verification's outcome, recorded by preservation.verify (and `tessera verify`)
 *   migration          a schema step applied
 *
 * Which audit rows are events is decided in SQL, so filtering by type and paging happen in the
 * database; the words of each event are made in TypeScript (eventWords.ts).
 */

/** The audit fields of a testimony whose change is a change of access policy. */
const POLICY_FIELDS = ['accessLevel', 'embargoUntil', 'consent'];

const TYPE_OF_CODE = Object.fromEntries(Object.entries(PREMIS_EVENT_TYPES).map(([type, code]) => [code, type])) as Record<string, PremisEventType>;

const EVENTS_SQL = `
WITH audited AS (
  SELECT a.seq, a.at, a.user, a.action, a.entity_type, a.entity_id, a.changes,
    CASE
      WHEN a.entity_type = 'archive' AND a.action = 'fixity-check' THEN 'fix'
      WHEN a.entity_type = 'testimony' AND a.action = 'create' THEN 'ing'
      WHEN a.entity_type = 'marker' AND a.action = 'add-photo' THEN 'ing'
      WHEN a.entity_type = 'testimony' AND a.action = 'attach' THEN 'ing'
      WHEN a.entity_type = 'export' AND a.action = 'export' THEN 'dis'
      WHEN a.entity_type = 'testimony' AND a.action = 'withdraw' THEN 'dea'
      WHEN a.entity_type = 'testimony' AND a.action = 'restore' THEN 'acc'
      WHEN a.entity_type = 'passage' AND a.action = 'redact' THEN 'red'
      WHEN a.entity_type = 'testimony' AND a.action = 'update'
        AND EXISTS (SELECT 1 FROM json_each(a.changes) c WHERE json_extract(c.value, '$.field') IN (SELECT value FROM json_each(:policyFields))) THEN 'poa'
    END AS code
  FROM audit_log a
),
events AS (
  SELECT seq, at, user, action, entity_type, entity_id, changes, code FROM audited WHERE code IS NOT NULL
  UNION ALL
  SELECT NULL, applied_at, '', 'migrate', 'archive', CAST(version AS TEXT), json_array(json_object('field', 'name', 'old', NULL, 'new', name)), 'mig'
  FROM schema_migrations
)
SELECT e.seq, e.at, e.user, e.action, e.entity_type AS entityType, e.entity_id AS entityId, e.changes, e.code,
  CASE e.entity_type
    WHEN 'testimony' THEN (SELECT ref FROM testimonies WHERE id = e.entity_id)
    WHEN 'marker' THEN (SELECT ref FROM markers WHERE id = e.entity_id)
    WHEN 'passage' THEN (SELECT t.ref FROM passages p JOIN testimonies t ON t.id = p.testimony_id WHERE p.id = e.entity_id)
  END AS ref
FROM events e
WHERE (:code IS NULL OR e.code = :code)
  AND (:from IS NULL OR substr(e.at, 1, 10) >= :from)
  AND (:to IS NULL OR substr(e.at, 1, 10) <= :to)
ORDER BY e.at DESC, e.seq DESC
`;

export interface EventFilter {
  type?: PremisEventType | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function params(f: EventFilter) {
  return { policyFields: JSON.stringify(POLICY_FIELDS), code: f.type ? PREMIS_EVENT_TYPES[f.type] : null, from: f.from ?? null, to: f.to ?? null };
}

function toEvent(row: EventRow & { code: string }): PreservationEvent {
  const type = TYPE_OF_CODE[row.code];
  if (!type) throw new Error(`no event type for code ${row.code}`);
  const { detail, outcome } = describeEvent(type, row);
  const software = row.seq === null;
  return {
    id: software ? `migration-${row.entityId}` : `audit-${row.seq}`,
    seq: row.seq,
    type,
    typeUri: `${EVENT_TYPE_VOCABULARY}/${row.code}`,
    at: row.at,
    agent: software ? { name: 'Tessera', kind: 'software' } : { name: row.user, kind: 'person' },
    object: software ? { type: 'database', id: 'archive.sqlite', ref: null } : { type: row.entityType, id: row.entityId, ref: row.ref },
    outcome,
    detail,
  };
}

/** preservation.events: one page of events, newest first, with how many match in all. */
export function listEvents(db: Database, input: EventFilter & { limit: number; offset: number }): { total: number; items: PreservationEvent[] } {
  const p = params(input);
  const total = (db.prepare(`SELECT count(*) AS n FROM (${EVENTS_SQL})`).get(p) as { n: number }).n;
  const rows = db.prepare(`${EVENTS_SQL} LIMIT :limit OFFSET :offset`).all({ ...p, limit: input.limit, offset: input.offset }) as (EventRow & { code: string })[];
  return { total, items: rows.map(toEvent) };
}

/** Every event matching the filter, newest first, one at a time (the PREMIS export of a large log). */
export function* eachEvent(db: Database, filter: EventFilter = {}): Generator<PreservationEvent> {
  for (const row of db.prepare(EVENTS_SQL).iterate(params(filter)) as IterableIterator<EventRow & { code: string }>) yield toEvent(row);
}
