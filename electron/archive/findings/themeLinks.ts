import type { Database } from 'better-sqlite3';
import type { ThemeRef } from '../../../shared/model/themes';
import { requireUsableThemes } from '../coding/checks';

/**
 * The themes of findings and of recommendations, kept in the order a person chose them. Both use
 * the same shape of link table; table and column names come from LINK_TABLES, never from input.
 */
const LINK_TABLES = {
  finding: { table: 'finding_themes', column: 'finding_id' },
  recommendation: { table: 'recommendation_themes', column: 'recommendation_id' },
} as const;

export type ThemedKind = keyof typeof LINK_TABLES;

/** The themes of one record, in the order chosen. */
export function themesOf(db: Database, kind: ThemedKind, id: string): ThemeRef[] {
  const { table, column } = LINK_TABLES[kind];
  return db.prepare(`SELECT th.id, th.label, th.colour FROM ${table} l JOIN themes th ON th.id = l.theme_id WHERE l.${column} = ? ORDER BY l.position`).all(id) as ThemeRef[];
}

/** Replaces the record's themes by `themeIds` (checked with checkThemes first). */
export function writeThemes(db: Database, kind: ThemedKind, id: string, themeIds: readonly string[]): void {
  const { table, column } = LINK_TABLES[kind];
  db.prepare(`DELETE FROM ${table} WHERE ${column} = ?`).run(id);
  const insert = db.prepare(`INSERT INTO ${table} (${column}, theme_id, position) VALUES (?, ?, ?)`);
  themeIds.forEach((t, i) => insert.run(id, t, i));
}

/**
 * The themes a record may carry, each once, in the order given. Themes it already carries may stay
 * even if retired or merged since (as coded passages keep theirs); newly added ones must exist and
 * be in use, else a message on the field `themeIds`.
 */
export function checkThemes(db: Database, themeIds: readonly string[], current: readonly ThemeRef[] = []): string[] {
  const had = new Set(current.map((t) => t.id));
  requireUsableThemes(db, themeIds.filter((id) => !had.has(id)), 'themeIds');
  return [...new Set(themeIds)];
}
