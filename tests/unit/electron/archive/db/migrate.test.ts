import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkRegistry, migrate, SCHEMA_VERSION } from '../../../../../electron/archive/db/migrate';
import { MIGRATIONS } from '../../../../../electron/archive/db/migrations';
import { ArchiveError } from '../../../../../electron/archive/db/errors';
import { verifyAuditChain } from '../../../../../electron/archive/audit/verify';
import { expectAnsweredFromIndex } from './queryPlan';

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
    // FTS5's shadow tables (search_fts_*) are SQLite's own and cannot be declared STRICT.
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts_%'")
      .all() as { name: string; strict: number }[];
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

  it('upgrade an archive of schema 2: every testimony gets a search key, its dates, and is indexed', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare(
      "INSERT INTO testimonies (id, ref, ref_sort, title, title_sort, summary, status, type, access_level, date_text, dates_spoken_about, created_at, updated_at) VALUES ('a', 'T-1', 'T-1', 'The church fire', 't', 'Ñandú spoke', 'draft', 'audio', 'public', '1971', '[\"circa 1963\"]', 'now', 'now')",
    ).run();
    db.prepare("INSERT INTO testimony_texts (testimony_id, transcript) VALUES ('a', 'the forsythia was out')").run();
    expect(migrate(db)).toEqual({ from: 2, to: SCHEMA_VERSION });
    const hit = (q: string) => db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ?').all(q);
    expect(hit('forsythia')).toHaveLength(1);
    expect(hit('nandu')).toHaveLength(1);
    expect(db.prepare("SELECT start, end FROM testimony_dates WHERE testimony_id = 'a' ORDER BY start").all()).toEqual([
      { start: '1963-01-01', end: '1963-12-31' },
      { start: '1971-01-01', end: '1971-12-31' },
    ]);
    db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)").run();
  });

  it('upgrade an archive of schema 3: the index is rebuilt over the view with themes and segments, and still finds its words', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(
      "INSERT INTO testimonies (id, ref, ref_sort, doc_id, title, title_sort, status, type, access_level, created_at, updated_at) VALUES ('a', 'T-1', 'T-1', 1, 'The church fire', 't', 'draft', 'audio', 'public', 'now', 'now')",
    ).run();
    db.prepare("INSERT INTO testimony_texts (testimony_id, transcript) VALUES ('a', 'the forsythia was out')").run();
    db.prepare("INSERT INTO search_fts (rowid, title, summary, transcript, people, places, themes, segments) SELECT doc_id, title, summary, transcript, people, places, themes, segments FROM search_content").run();
    expect(migrate(db)).toEqual({ from: 3, to: SCHEMA_VERSION });
    const hit = (q: string) => db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ?').all(q);
    expect(hit('forsythia')).toHaveLength(1);
    expect(db.prepare("SELECT theme_ids FROM testimonies WHERE id = 'a'").get()).toEqual({ theme_ids: '[]' });
    db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)").run();
    // A theme and a segment put on the testimony show in the view's columns the index reads.
    db.prepare("INSERT INTO themes (id, label, label_sort, search_labels, colour, created_at, updated_at) VALUES ('th', 'Apology', 'apology', 'Apology Verskoning', '#1d4ed8', 'now', 'now')").run();
    db.prepare("INSERT INTO testimony_themes (testimony_id, theme_id, created_by, created_at) VALUES ('a', 'th', 'me', 'now')").run();
    db.prepare("INSERT INTO passages (id, testimony_id, kind, start, end, quote, title, synopsis, keywords, created_by, created_at, updated_at) VALUES ('s', 'a', 'segment', 0, 3, 'the', 'Spring', 'Flowers out', '[\"forsythia\",\"garden\"]', 'me', 'now', 'now')").run();
    expect(db.prepare('SELECT themes, segments FROM search_content WHERE doc_id = 1').get()).toEqual({ themes: 'Apology Verskoning', segments: 'Spring Flowers out forsythia, garden' });
  });

  it('upgrade an archive of schema 4: its audit entries are chained in seq order, verify, and stay append-only', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    const insert = db.prepare("INSERT INTO audit_log (at, user, method, action, entity_type, entity_id, changes) VALUES (?, 'Thandeka', 'testimonies.update', 'update', 'testimony', 'a', ?)");
    for (let i = 0; i < 5; i++) insert.run(`2026-01-0${i + 1}T00:00:00.000Z`, JSON.stringify([{ field: 'title', old: `v${i}`, new: `v${i + 1}` }]));
    expect(migrate(db)).toEqual({ from: 4, to: SCHEMA_VERSION });
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 5, firstBroken: null });
    const rows = db.prepare('SELECT prev_hash, hash FROM audit_log ORDER BY seq').all() as { prev_hash: string; hash: string }[];
    expect(rows[0]?.prev_hash).toBe('');
    expect(rows[4]?.prev_hash).toBe(rows[3]?.hash);
    expect(() => db.prepare("UPDATE audit_log SET user = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
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
    expectAnsweredFromIndex(db, query, index);
  });
});
