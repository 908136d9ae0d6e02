import type { Database } from 'better-sqlite3';
import type { ChainStatus } from '../../../shared/api/preservation';
import { verifyAuditChain } from '../audit/verify';

/** preservation.chain: the audit chain walked (quick: no file is read), and its state in one sentence. */
export function chainStatus(db: Database): ChainStatus {
  const r = verifyAuditChain(db);
  const entries = `${r.entries.toLocaleString('en')} ${r.entries === 1 ? 'entry' : 'entries'}`;
  const summary = r.firstBroken
    ? `The audit log was altered outside Tessera: ${r.firstBroken.reason}. Entries from ${r.firstBroken.seq} on can no longer be vouched for; compare the archive with a verified backup.`
    : `The audit log holds: ${entries}, each sealed by the one before, none changed or removed.`;
  return { ok: r.ok, entries: r.entries, firstBroken: r.firstBroken, summary };
}
