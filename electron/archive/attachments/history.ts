import type { AuditEntry } from '../../../shared/api/archive';
import type { Role } from '../../../shared/model/enums';
import { seesConsentForms } from './queries';

/** The audit actions on a testimony that concern one of its attachments (attach.ts, mutations.ts). */
const ATTACHMENT_ACTIONS: ReadonlySet<string> = new Set(['attach', 'update-attachment', 'detach']);

const isConsentForm = (v: unknown) => typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'consent_form';

/**
 * A testimony's history as a role that may not see consent forms reads it: an entry about a
 * consent form (attached, renamed, re-kinded from or to one, taken off) keeps its action and field
 * names, but its values (the file's name, SHA-256, the reason it was taken off) read `withheld`.
 */
export function withholdConsentForms(entries: AuditEntry[], role: Role, withheld: string): AuditEntry[] {
  if (seesConsentForms(role)) return entries;
  return entries.map((e) => {
    if (!ATTACHMENT_ACTIONS.has(e.action) || !e.changes.some((c) => c.field === 'attachments' && (isConsentForm(c.old) || isConsentForm(c.new)))) return e;
    return { ...e, changes: e.changes.map((c) => ({ field: c.field, old: withheld, new: withheld })) };
  });
}
