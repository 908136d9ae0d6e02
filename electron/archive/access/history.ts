import type { Database } from 'better-sqlite3';
import { contract, type MethodName } from '../../../shared/api';
import type { AuditEntry, EntityType } from '../../../shared/api/archive';
import type { Role } from '../../../shared/model/enums';
import { historyOf } from '../audit/queries';
import { ArchiveError } from '../db/errors';
import { notAvailable, readableWhere, readParams, readsEverything, requireReadable } from './readable';
import { readsRedacted } from './redactedReading';
import { withholdConsentForms } from '../attachments/history';

/**
 * The audit trail of one record as the caller may see it. Old values are content: the history of
 * a testimony or of one of its passages holds its words, a finding's history holds the quotes it
 * cited. So:
 *  - a testimony's or a passage's history needs the testimony to be readable (else "not available");
 *  - a record whose own read method the role may not call (findings, reports, accounts) has a
 *    history the role may not read either;
 *  - in any other history, a change whose values mention a testimony the caller may not read
 *    keeps its field name but not its values;
 *  - a role that reads texts redacted (researchers) sees no earlier words of a transcript,
 *    summary or quote, and no history of a redaction;
 *  - a role that may not see consent forms (researchers) sees that a consent form was attached,
 *    renamed or taken off, but not its name, its file or the reason (they hold personal details).
 */

export const WITHHELD = '(not available to your role)';

/** Fields whose values are a testimony's words (or a quote of them), which redactions may cover. */
const TEXT_FIELDS: ReadonlySet<string> = new Set(['transcript', 'summary', 'quote']);

/** The read method whose roles also decide who reads an entity's history. */
const READ_METHOD: Partial<Record<EntityType, MethodName>> = {
  finding: 'findings.get',
  report: 'reports.get',
  recommendation: 'recommendations.get',
  user: 'users.list',
};

/** The testimony a passage belongs (or belonged) to: its row, else what its history recorded. */
function testimonyOfPassage(db: Database, passageId: string): string | null {
  const live = db.prepare('SELECT testimony_id FROM passages WHERE id = ?').pluck().get(passageId) as string | undefined;
  if (live) return live;
  const recorded = db
    .prepare(
      `SELECT coalesce(json_extract(c.value, '$.new'), json_extract(c.value, '$.old')) FROM audit_log a, json_each(a.changes) c
       WHERE a.entity_type = 'passage' AND a.entity_id = ? AND json_extract(c.value, '$.field') = 'testimonyId' LIMIT 1`,
    )
    .pluck()
    .get(passageId) as string | null | undefined;
  return typeof recorded === 'string' ? recorded : null;
}

export function readableHistory(db: Database, role: Role, entityType: EntityType, entityId: string): AuditEntry[] {
  const gate = READ_METHOD[entityType];
  if (gate && !contract[gate].roles.includes(role)) throw new ArchiveError('forbidden', `Your role (${role}) may not read the history of this record.`);
  if (readsEverything(role)) return historyOf(db, entityType, entityId);
  if (entityType === 'testimony') requireReadable(db, role, entityId);
  if (entityType === 'passage') {
    const testimonyId = testimonyOfPassage(db, entityId);
    if (testimonyId === null) throw notAvailable();
    requireReadable(db, role, testimonyId);
  }
  const redacted = readsRedacted(role);
  // A redaction is staff's record of what is hidden: its history holds the words themselves.
  if (redacted && entityType === 'passage' && db.prepare("SELECT 1 FROM passages WHERE id = ? AND kind = 'redaction'").get(entityId)) throw notAvailable();
  const hidden = db.prepare(`SELECT t.id FROM testimonies t WHERE NOT ${readableWhere('t', role)}`).pluck().all(readParams()) as string[];
  const entries = withholdConsentForms(historyOf(db, entityType, entityId), role, WITHHELD);
  if (hidden.length === 0 && !redacted) return entries;
  return entries.map((e) => ({
    ...e,
    changes: e.changes.map((c) => {
      // Earlier words of a text cannot be redacted (redactions are anchored in today's text), so
      // a role that reads texts redacted does not read them in the history either.
      if (redacted && TEXT_FIELDS.has(c.field)) return { field: c.field, old: WITHHELD, new: WITHHELD };
      const values = JSON.stringify([c.old, c.new]) ?? '';
      return hidden.some((id) => values.includes(id)) ? { field: c.field, old: WITHHELD, new: WITHHELD } : c;
    }),
  }));
}
