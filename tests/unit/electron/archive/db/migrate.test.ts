import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkRegistry, migrate, SCHEMA_VERSION } from '../../../../../electron/archive/db/migrate';
import { MIGRATIONS } from '../../../../../electron/archive/db/migrations';
import { ArchiveError } from '../../../../../electron/archive/db/errors';

describe('migrations', () => {
  it('bring an empty database to the newest schema and record each step', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: SCHEMA_VERSION });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const rows = db.prepare('SELECT version, name, checksum FROM schema_migrations').all() as { version: number; checksum: string }[];
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
  });

  it('make every table STRICT', () => {
    const db = new Database(':memory:');
    migrate(db);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThan(5);
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
  });

  it('refuse a database from a newer Tessera without changing it', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    expect(() => migrate(db)).toThrow(/newer version of Tessera/);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'testimonies'").get()).toEqual({ n: 0 });
  });

  it('roll back entirely when a step fails', () => {
    const db = new Database(':memory:');
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE ok_table (x INTEGER) STRICT; THIS IS NOT SQL;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
  });

  it('notice an applied migration that was edited afterwards', () => {
    const db = new Database(':memory:');
    migrate(db);
    const edited = MIGRATIONS.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    expect(() => migrate(db, edited)).toThrow(ArchiveError);
  });

  it('upgrade an archive of schema 1, filling the reference sort key of its testimonies', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    const insert = db.prepare(
      "INSERT INTO testimonies (id, ref, title, title_sort, status, type, access_level, created_at, updated_at) VALUES (?, ?, 't', 't', 'draft', 'audio', 'public', 'now', 'now')",
    );
    insert.run('a', 'TRC-2026-10000');
    insert.run('b', 'TRC-2026-9999');
    expect(migrate(db)).toEqual({ from: 1, to: SCHEMA_VERSION });
    const order = db.prepare('SELECT ref FROM testimonies WHERE withdrawn = 0 ORDER BY ref_sort').all() as { ref: string }[];
    expect(order.map((r) => r.ref)).toEqual(['TRC-2026-9999', 'TRC-2026-10000']);
  });

  it('check that versions count up', () => {
    expect(() => checkRegistry([{ version: 1 }, { version: 3 }])).toThrow(/out of order/);
  });

  it('keep the audit log append-only', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare("INSERT INTO audit_log (at, user, method, action, entity_type, entity_id, changes) VALUES ('t','u','m','a','testimony','x','[]')").run();
    expect(() => db.prepare("UPDATE audit_log SET user = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it.each([
    ["SELECT id FROM testimonies WHERE withdrawn = 0 ORDER BY ref_sort LIMIT 100", 'testimonies_ref'],
    ["SELECT id FROM testimonies WHERE withdrawn = 0 ORDER BY title_sort LIMIT 100", 'testimonies_title'],
    ["SELECT id FROM testimonies WHERE withdrawn = 0 ORDER BY date_start LIMIT 100", 'testimonies_date'],
    ["SELECT id FROM testimonies WHERE ref = 'X'", 'sqlite_autoindex_testimonies'],
    ["SELECT * FROM audit_log WHERE entity_type = 'testimony' AND entity_id = 'x' ORDER BY seq DESC", 'audit_entity'],
    ["SELECT * FROM testimony_people WHERE person_id = 'x'", 'testimony_people_person'],
  ])('answer hot query %s from an index', (query, index) => {
    const db = new Database(':memory:');
    migrate(db);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan).toContain(index);
    expect(plan).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
  });
});
