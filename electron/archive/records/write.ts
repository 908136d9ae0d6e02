import type { Database } from 'better-sqlite3';

type Table = 'testimonies' | 'people' | 'places' | 'hearings';
const COLUMN = /^[a-z_]+$/;

function names(cols: Record<string, unknown>): string[] {
  const keys = Object.keys(cols);
  keys.forEach((k) => {
    if (!COLUMN.test(k)) throw new Error(`Not a column name: ${k}`);
  });
  return keys;
}

/** INSERT with named parameters; column names come from code, values are bound. */
export function insertRow(db: Database, table: Table, cols: Record<string, unknown>): void {
  const keys = names(cols);
  db.prepare(`INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((n) => `@${n}`).join(', ')})`).run(cols);
}

/** UPDATE by id that also bumps the record's version. */
export function updateRow(db: Database, table: Table, id: string, cols: Record<string, unknown>): void {
  const keys = names(cols);
  db.prepare(`UPDATE ${table} SET ${keys.map((n) => `${n} = @${n}`).join(', ')}, version = version + 1 WHERE id = @id`).run({ ...cols, id });
}
