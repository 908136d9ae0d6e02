import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/archive/db/migrate';
import { expectAnsweredFromIndex } from '../db/queryPlan';

describe('the markers schema', () => {
  it.each([
    ['SELECT id FROM markers ORDER BY ref_sort LIMIT 100', 'markers_ref'],
    ["SELECT id FROM markers WHERE status = 'installed' ORDER BY ref_sort LIMIT 100", 'markers_status'],
    ["SELECT id FROM markers WHERE type = 'plaque' ORDER BY ref_sort LIMIT 100", 'markers_type'],
    ["SELECT id FROM markers WHERE place_id = 'x' ORDER BY ref_sort", 'markers_place'],
    ["SELECT id FROM places WHERE parent_id = 'x'", 'places_parent'],
    ["SELECT * FROM marker_photos WHERE marker_id = 'x' ORDER BY position", 'marker_photos_marker'],
    ["SELECT * FROM marker_testimonies WHERE testimony_id = 'x'", 'marker_testimonies_testimony'],
  ])('answers %s from an index', (query, index) => {
    const db = new Database(':memory:');
    migrate(db);
    expectAnsweredFromIndex(db, query, index);
  });

  it('refuses rows that break the rules whatever code writes them', () => {
    const db = new Database(':memory:');
    migrate(db);
    const marker = "INSERT INTO markers (id, ref, ref_sort, title, type, status, status_date, latitude, longitude, created_at, updated_at) VALUES ('m', 'M-1', 'm-1', 't', ?, ?, '2001-01-01', ?, ?, 'x', 'x')";
    expect(() => db.prepare(marker).run('statue', 'proposed', null, null)).toThrow(/CHECK/);
    expect(() => db.prepare(marker).run('plaque', 'lost', null, null)).toThrow(/CHECK/);
    expect(() => db.prepare(marker).run('plaque', 'proposed', 10, null)).toThrow(/CHECK/);
    db.prepare(marker).run('plaque', 'proposed', 10, 20);
    expect(() => db.prepare("INSERT INTO files (sha256, bytes, media_type, created_at) VALUES ('../../etc', 1, 'x', 'x')").run()).toThrow(/CHECK/);
    const version = "INSERT INTO marker_inscriptions (id, marker_id, version, text, state, created_at, created_by, approved_by) VALUES (?, 'm', ?, 't', 'approved', 'x', 'u', 'A')";
    db.prepare(version).run('v1', 1);
    expect(() => db.prepare(version).run('v2', 2)).toThrow(/UNIQUE/);
  });
});
