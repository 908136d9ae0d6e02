import type { Database } from 'better-sqlite3';
import { ArchiveError } from '../db/errors';

const TABLES = { place: 'places', person: 'people', hearing: 'hearings', testimony: 'testimonies' } as const;
const NAMES = { place: 'place', person: 'person', hearing: 'hearing or forum', testimony: 'testimony' } as const;

/** Checks that a linked record exists, so a bad link is a field error rather than a constraint failure. */
export function requireExisting(db: Database, kind: keyof typeof TABLES, id: string | null, field: string): void {
  if (id === null) return;
  const row = db.prepare(`SELECT 1 FROM ${TABLES[kind]} WHERE id = ?`).get(id);
  if (!row) throw new ArchiveError('invalid_input', `The linked ${NAMES[kind]} does not exist in this archive. Choose another.`, field);
}

/** Optimistic concurrency: refuse a save made from an out-of-date copy. */
export function requireVersion(actual: number, expected: number, what: string): void {
  if (actual !== expected) {
    throw new ArchiveError('conflict', `${what} was changed by someone else since you opened it (now version ${actual}). Copy your changes, reload it and apply them again.`);
  }
}
