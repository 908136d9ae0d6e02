import type { Database } from 'better-sqlite3';
import { verifyAuditChain } from './verify';
import { checkIndex } from '../search/indexer';
import { checkFixity } from '../files/fixity';

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

const PROBLEM_WORDS = { missing: 'is missing', changed: 'no longer matches its SHA-256', unreadable: 'cannot be read' } as const;

function storedFiles(db: Database, archiveDir: string, progress: CheckProgress): Check {
  const { files, problems } = checkFixity(db, archiveDir, (done, total) => progress(STEPS.storedFiles, done, total));
  const first = problems[0];
  if (!first) return { name: 'stored files', ok: true, detail: `${plural(files, 'file matches its', 'files match their')} SHA-256` };
  const which = first.usedBy.length ? `the file of ${first.usedBy.join(', ')}` : 'a stored file no record uses';
  const more = problems.length > 1 ? ` (and ${plural(problems.length - 1, 'more file', 'more files')})` : '';
  return { name: 'stored files', ok: false, detail: `${which} ${PROBLEM_WORDS[first.problem]} (${first.sha256}); restore it from a backup${more}` };
}

/** Hears which check runs, in words, and for the stored files how many of how many are done. */
export type CheckProgress = (step: string, done?: number, total?: number) => void;

const STEPS = {
  integrity: 'Checking the database’s integrity',
  foreignKeys: 'Checking the links between records',
  searchIndex: 'Checking the search index',
  auditChain: 'Checking the audit chain',
  storedFiles: 'Re-hashing the stored files',
} as const;

/**
 * Every check that exists today, in order: the database, then every stored file re-hashed. The
 * search index check asks FTS5 for its integrity-check, which SQLite runs as a write command: the
 * connection must not be read-only.
 */
export function runChecks(db: Database, archiveDir: string, progress: CheckProgress = () => undefined): Check[] {
  const step = <T>(name: keyof typeof STEPS, run: () => T): T => {
    progress(STEPS[name]);
    return run();
  };
  return [
    step('integrity', () => integrity(db)),
    step('foreignKeys', () => foreignKeys(db)),
    step('searchIndex', () => searchIndex(db)),
    step('auditChain', () => auditChain(db)),
    step('storedFiles', () => storedFiles(db, archiveDir, progress)),
  ];
}
