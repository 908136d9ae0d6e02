import { z } from 'zod';
import { id, requiredText, timestamps } from '../model/fields';
import { REVIEW_REASONS, textRange } from '../model/themes';
import { ARCHIVISTS, CATALOGUERS, method } from './define';
import type { Role } from '../model/enums';

/**
 * Redactions (issue 8): spans of a testimony's transcript or summary that no public output may
 * show. Every public output puts the visible marker "[redacted]" where they were
 * (electron/archive/publish/redact.ts). They are anchored like coded passages: when the text is
 * edited they follow their words, and one whose words changed or were deleted is flagged for
 * review; the testimony is then held back from every public output until an archivist looks.
 *
 * Who may do what: redacting only ever hides more, so cataloguers (who read the testimony closely
 * and are often the first to notice a name or an address) may add redactions and reword their
 * reasons. Removing one, or accepting one an edit moved, may let words out: archivists only.
 * Researchers do not see redactions at all (the words they cover are what is kept from them).
 */

/** The texts of a testimony a redaction may cover. Titles are not redacted: rewrite the title. */
export const REDACTABLE_FIELDS = ['transcript', 'summary'] as const;
export type RedactableField = (typeof REDACTABLE_FIELDS)[number];

/** Roles that see a testimony's redactions (with the words they cover). */
export const REDACTION_READERS: readonly Role[] = ['administrator', 'archivist', 'cataloguer', 'commissioner'];

const version = z.number().int().min(1);
const reason = requiredText('A reason', 1000);

export const redaction = z.object({
  id,
  testimonyId: id,
  field: z.enum(REDACTABLE_FIELDS),
  start: z.number().int(),
  end: z.number().int(),
  /** The words covered when last anchored (kept when they are deleted, so a reviewer sees what it was). */
  quote: z.string(),
  reason: z.string(),
  /** '' when in place; 'changed' or 'deleted' after an edit of its text: the testimony is held back until reviewed. */
  review: z.enum(REVIEW_REASONS),
  createdBy: z.string(),
  ...timestamps,
});
export type Redaction = z.output<typeof redaction>;

export const redactionsApi = {
  'redactions.list': method({
    summary: 'A testimony’s redacted spans (transcript and summary) with their reasons',
    input: z.object({ testimonyId: id }),
    output: z.array(redaction),
    roles: REDACTION_READERS,
    kind: 'read',
    scope: 'archive',
  }),
  'redactions.add': method({
    summary: 'Redact a span of a testimony’s transcript or summary, with the reason',
    input: z.object({ testimonyId: id, field: z.enum(REDACTABLE_FIELDS).default('transcript'), range: textRange, reason }),
    output: redaction,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'redactions.update': method({
    summary: 'Reword a redaction’s reason',
    input: z.object({ id, expectedVersion: version, reason }),
    output: redaction,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'redactions.confirm': method({
    summary: 'Accept a redaction an edit of its text moved, as it now stands (lets the testimony be published again)',
    input: z.object({ id, expectedVersion: version }),
    output: redaction,
    roles: ARCHIVISTS,
    kind: 'write',
    scope: 'archive',
  }),
  'redactions.remove': method({
    summary: 'Remove a redaction: its words appear again in public outputs (the history keeps what it covered and why)',
    input: z.object({ id }),
    output: z.object({ id }),
    roles: ARCHIVISTS,
    kind: 'write',
    scope: 'archive',
  }),
} as const;
