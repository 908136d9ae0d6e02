import type { Database } from 'better-sqlite3';
import { verifyAuditChain } from './verify';
import { checkIndex } from '../search/indexer';

/** The checks `tessera verify` runs (and an admin screen will): each says what it found in words. */
export interface Check {
  name: string;
  ok: boolean;
  /** What was found: a count when the check holds, the (first) problem when it does not. */
  detail: string;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function integrity(db: Database): Check {
  const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((m) => m !== 'ok');
  if (problems.length === 0) return { name: 'database integrity', ok: true, detail: 'ok' };
  const more = problems.length > 1 ? ` (and ${plural(problems.length - 1, 'more problem', 'more problems')})` : '';
  return { name: 'database integrity', ok: false, detail: `${problems[0]}${more}` };
}

function foreignKeys(db: Database): Check {
  const rows = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
  const first = rows[0];
  if (!first) return { name: 'links between records', ok: true, detail: 'ok' };
  return {
    name: 'links between records',
    ok: false,
    detail: `${plural(rows.length, 'row links', 'rows link')} to a record that does not exist (first: ${first.table} row ${first.rowid ?? '?'} → ${first.parent})`,
  };
}

function searchIndex(db: Database): Check {
  try {
    checkIndex(db);
    return { name: 'search index', ok: true, detail: 'ok' };
  } catch (e) {
    return { name: 'search index', ok: false, detail: `the full-text index does not match the records (${(e as { code?: string }).code ?? (e as Error).message}); it can be rebuilt from them` };
  }
}

function auditChain(db: Database): Check {
  const r = verifyAuditChain(db);
  return r.firstBroken
    ? { name: 'audit chain', ok: false, detail: `${r.firstBroken.reason} (first broken link, at seq ${r.firstBroken.seq} of ${plural(r.entries, 'entry', 'entries')})` }
    : { name: 'audit chain', ok: true, detail: `${plural(r.entries, 'entry', 'entries')}, unbroken` };
}

/** Every check that exists today, in order. (File fixity comes with attachments.) */
export function runChecks(db: Database): Check[] {
  return [integrity(db), foreignKeys(db), searchIndex(db), auditChain(db)];
}
