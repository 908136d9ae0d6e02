import { z } from 'zod';
import { isoDate } from '../model/fields';
import { ARCHIVISTS, method } from './define';
import { job } from './jobs';

/**
 * Preservation: the archive's PREMIS-style events (what happened to the records, when, by whom,
 * with what outcome), the audit chain's state, and verifying the archive (database, links, search
 * index, audit chain, every stored file's SHA-256) with the outcome recorded as a fixity check.
 */

/**
 * The PREMIS event types Tessera reports, each with its term in the Library of Congress vocabulary
 * (https://id.loc.gov/vocabulary/preservation/eventType): ingestion when a testimony or a file comes
 * in, dissemination for every export, policy assignment when a testimony's access level, embargo or
 * consent changes, deaccession and accession when a testimony is withdrawn and restored, redaction
 * when a span is marked redacted, migration for each schema step, fixity check for each verification.
 */
export const PREMIS_EVENT_TYPES = {
  ingestion: 'ing',
  'fixity check': 'fix',
  dissemination: 'dis',
  'policy assignment': 'poa',
  deaccession: 'dea',
  accession: 'acc',
  redaction: 'red',
  migration: 'mig',
} as const;
export type PremisEventType = keyof typeof PREMIS_EVENT_TYPES;
export const PREMIS_EVENT_TYPE_NAMES = Object.keys(PREMIS_EVENT_TYPES) as [PremisEventType, ...PremisEventType[]];
export const EVENT_TYPE_VOCABULARY = 'http://id.loc.gov/vocabulary/preservation/eventType';

export const preservationEvent = z.object({
  /** `audit-<seq>` for an event read from the audit log, `migration-<version>` for a schema step. */
  id: z.string(),
  /** The audit entry that records the event (null for schema steps, which predate the log's rows). */
  seq: z.number().int().nullable(),
  type: z.enum(PREMIS_EVENT_TYPE_NAMES),
  /** The term's address in the LoC vocabulary. */
  typeUri: z.string(),
  at: z.string(),
  agent: z.object({ name: z.string(), kind: z.enum(['person', 'software']) }),
  /** What the event is about: a record (type and id, its reference code where it has one), an export, the archive. */
  object: z.object({ type: z.string(), id: z.string(), ref: z.string().nullable() }),
  outcome: z.enum(['success', 'failure']),
  /** What happened, in words. */
  detail: z.string(),
});
export type PreservationEvent = z.output<typeof preservationEvent>;

export const check = z.object({ name: z.string(), ok: z.boolean(), detail: z.string() });
export type CheckResult = z.output<typeof check>;

export const chainStatus = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
  /** The state in one sentence a person can act on. */
  summary: z.string(),
});
export type ChainStatus = z.output<typeof chainStatus>;

/** The last verification that finished: when, by whom, and each check's result. */
export const verification = z.object({
  seq: z.number().int(),
  at: z.string(),
  user: z.string(),
  jobId: z.string(),
  ok: z.boolean(),
  checks: z.array(check),
});
export type Verification = z.output<typeof verification>;

export const preservationApi = {
  'preservation.events': method({
    summary: 'The archive’s preservation events (PREMIS), newest first, optionally of one type or between two days',
    input: z.object({
      type: z.enum(PREMIS_EVENT_TYPE_NAMES, { message: 'Choose one of the event types' }).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).default(0),
    }),
    output: z.object({ total: z.number().int(), items: z.array(preservationEvent) }),
    roles: ARCHIVISTS,
    kind: 'read',
    scope: 'archive',
  }),
  'preservation.chain': method({
    summary: 'Whether the audit log’s hash chain holds, or its first broken link',
    input: z.object({}),
    output: chainStatus,
    roles: ARCHIVISTS,
    kind: 'read',
    scope: 'archive',
  }),
  'preservation.verify': method({
    summary: 'Verify the whole archive in the background and record the outcome as a fixity check',
    input: z.object({}),
    output: job,
    roles: ARCHIVISTS,
    kind: 'write',
    scope: 'archive',
  }),
  'preservation.lastVerification': method({
    summary: 'The outcome of the last verification that finished, or null if none has',
    input: z.object({}),
    output: verification.nullable(),
    roles: ARCHIVISTS,
    kind: 'read',
    scope: 'archive',
  }),
  'preservation.exportPremis': method({
    summary: 'Write every preservation event as a PREMIS 3 XML file (in the background)',
    input: z.object({
      /** The file to create (ending .xml); it must not exist yet. Empty: a new file under the archive's exports/. */
      out: z.string().max(4096).default(''),
    }),
    output: job,
    roles: ARCHIVISTS,
    kind: 'write',
    scope: 'archive',
  }),
} as const;
