import type { Database } from 'better-sqlite3';
import { expect } from 'vitest';

/** SQLite's plan for a query, its steps joined with " | ": what a test of a hot query's index reads. */
export function queryPlan(db: Database, sql: string): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
}

/** A hot query is answered from `index`, and its ORDER BY needs no sort of its own. */
export function expectAnsweredFromIndex(db: Database, sql: string, index: string): void {
  const plan = queryPlan(db, sql);
  expect(plan).toContain(index);
  expect(plan).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
}
