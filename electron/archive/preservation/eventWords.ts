import type { PremisEventType } from '../../../shared/api/preservation';
import { LABELS } from '../../../shared/model/enums';

/** One audit row (or schema step) that is a preservation event, as events.ts reads it. */
export interface EventRow {
  seq: number | null;
  at: string;
  user: string;
  action: string;
  entityType: string;
  entityId: string;
  /** The audit entry's changes, as stored (JSON text). */
  changes: string;
  /** The record's reference code where it has one (a testimony's, a marker's, a redaction's testimony). */
  ref: string | null;
}

interface Change {
  field: string;
  old: unknown;
  new: unknown;
}

function changesOf(row: EventRow): Change[] {
  try {
    const parsed = JSON.parse(row.changes) as unknown;
    return Array.isArray(parsed) ? (parsed as Change[]) : [];
  } catch {
    // An entry altered outside Tessera may hold anything; the verification names it, the list goes on.
    return [];
  }
}

const valueOf = (changes: Change[], field: string): unknown => changes.find((c) => c.field === field)?.new;
const text = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v));
const level = (v: unknown): string => LABELS[text(v)] ?? (text(v) || 'none');
const day = (v: unknown): string => text(v) || 'none';
const named = (row: EventRow, noun: string): string => `${noun} ${row.ref ?? row.entityId}`;

const CONSENT_WORDS: Record<string, string> = {
  recording: 'recording',
  quoting: 'quoting',
  naming: 'naming',
  publicRelease: 'public release',
  researchAccess: 'research access',
  archiveTransfer: 'transfer to another archive',
};

/** "consent to public release withdrawn; consent withdrawn on 2026-03-01". */
function consentWords(before: unknown, after: unknown): string {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  for (const [key, words] of Object.entries(CONSENT_WORDS)) {
    if (Boolean(b[key]) !== Boolean(a[key])) parts.push(`consent to ${words} ${a[key] ? 'given' : 'withdrawn'}`);
  }
  if (text(a.withdrawnOn) && text(a.withdrawnOn) !== text(b.withdrawnOn)) parts.push(`all consent withdrawn on ${text(a.withdrawnOn)}`);
  return parts.length ? parts.join('; ') : 'consent record edited';
}

function policyWords(row: EventRow, changes: Change[]): string {
  const parts = changes.flatMap((c) => {
    if (c.field === 'accessLevel') return [`access level ${level(c.old)} → ${level(c.new)}`];
    if (c.field === 'embargoUntil') return [`embargo ${day(c.old)} → ${day(c.new)}`];
    if (c.field === 'consent') return [consentWords(c.old, c.new)];
    return [];
  });
  return `${named(row, 'Testimony')}: ${parts.join('; ')}`;
}

function ingestionWords(row: EventRow, changes: Change[]): string {
  if (row.entityType === 'marker') {
    const photo = valueOf(changes, 'photos') as { fileName?: string; sha256?: string } | undefined;
    return `Photo ${photo?.fileName ?? ''} stored for marker ${row.ref ?? row.entityId} (SHA-256 ${photo?.sha256 ?? 'unknown'})`.replace('Photo  ', 'Photo ');
  }
  if (row.action === 'attach') {
    const file = valueOf(changes, 'attachments') as { name?: string; kind?: string; sha256?: string } | undefined;
    const kind = (file?.kind ?? 'file').replace('_', ' ');
    return `File ${file?.name ?? ''} (${kind}) stored for testimony ${row.ref ?? row.entityId} (SHA-256 ${file?.sha256 ?? 'unknown'})`.replace('File  ', 'File ');
  }
  const title = text(valueOf(changes, 'title'));
  return `${named(row, 'Testimony')}${title ? ` “${title}”` : ''} added at access level ${level(valueOf(changes, 'accessLevel') ?? 'restricted')}`;
}

function exportWords(changes: Change[]): string {
  const out = text(valueOf(changes, 'out'));
  return `Export ${text(valueOf(changes, 'format')) || 'of records'} (${text(valueOf(changes, 'scope')) || 'scope not recorded'})${out ? ` to ${out}` : ''}`;
}

/** The words of one event and its outcome; only a fixity check can fail. */
export function describeEvent(type: PremisEventType, row: EventRow): { detail: string; outcome: 'success' | 'failure' } {
  const changes = changesOf(row);
  switch (type) {
    case 'fixity check': {
      const ok = valueOf(changes, 'outcome') === 'success';
      return { outcome: ok ? 'success' : 'failure', detail: text(valueOf(changes, 'detail')) || (ok ? 'Every check passed' : 'A check failed') };
    }
    case 'ingestion':
      return { outcome: 'success', detail: ingestionWords(row, changes) };
    case 'dissemination':
      return { outcome: 'success', detail: exportWords(changes) };
    case 'policy assignment':
      return { outcome: 'success', detail: policyWords(row, changes) };
    case 'deaccession': {
      const reason = text(valueOf(changes, 'withdrawnReason'));
      return { outcome: 'success', detail: `${named(row, 'Testimony')} withdrawn${reason ? `: ${reason}` : ''}` };
    }
    case 'accession':
      return { outcome: 'success', detail: `${named(row, 'Testimony')} restored after withdrawal` };
    case 'redaction': {
      const reason = text(valueOf(changes, 'note'));
      return { outcome: 'success', detail: `A span of ${named(row, 'testimony')} marked redacted${reason ? `: ${reason}` : ''}` };
    }
    case 'migration':
      return { outcome: 'success', detail: `Schema step ${row.entityId} (${text(valueOf(changes, 'name'))}) applied to the archive database` };
  }
}
