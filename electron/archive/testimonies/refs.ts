import type { Database } from 'better-sqlite3';
import { formatRef, refPrefix } from '../../../shared/model/refCode';
import { readSettings } from '../settings/settings';

function taken(db: Database, ref: string): boolean {
  return db.prepare('SELECT 1 FROM testimonies WHERE ref = ?').get(ref) !== undefined;
}

/** The next free code for the archive's pattern, skipping codes people typed by hand. */
export function peekRef(db: Database, year = new Date().getFullYear()): { ref: string; prefix: string; seq: number } {
  const pattern = readSettings(db).refPattern;
  const prefix = refPrefix(pattern, year);
  const row = db.prepare('SELECT next FROM ref_counters WHERE prefix = ?').get(prefix) as { next: number } | undefined;
  let seq = row?.next ?? 1;
  let ref = formatRef(pattern, year, seq);
  while (taken(db, ref)) {
    seq += 1;
    ref = formatRef(pattern, year, seq);
  }
  return { ref, prefix, seq };
}

/** Takes the next code and advances the counter (inside the caller's transaction). */
export function allocateRef(db: Database, year?: number): string {
  const { ref, prefix, seq } = peekRef(db, year);
  db.prepare('INSERT INTO ref_counters (prefix, next) VALUES (?, ?) ON CONFLICT(prefix) DO UPDATE SET next = excluded.next').run(prefix, seq + 1);
  return ref;
}
