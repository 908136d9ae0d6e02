import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { archiveTables, decodeValue, encodeValue } from '../../../../../../electron/archive/exports/json/format';
import { readArchive } from '../../../../../../electron/archive/archiveJson/read';
import { archiveTools, owner, tempDir } from '../../../../helpers';
import { writeJsonArchive } from '../../../../../../electron/archive/exports/json/write';
import { sampleArchive, settled } from '../../jobs/helpers';

/** The JSON archive's values and layout: exact for every SQLite value, one row per line, valid JSON as a whole. */

describe('the JSON archive format', () => {
  it('writes every SQLite value so that it reads back as the same value of the same kind', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE v (x ANY) STRICT');
    const values: unknown[] = [null, 0n, -1n, 9007199254740993n, -9223372036854775808n, 1.5, 45.0, -0.25, 1e300, Infinity, -Infinity, 'text', '', '"quoted"\n\u2028line', Buffer.from([0, 255, 10, 13])];
    const insert = db.prepare('INSERT INTO v (x) VALUES (?)');
    for (const v of values) insert.run(v);
    const stored = db.prepare('SELECT x, typeof(x) AS t FROM v ORDER BY rowid').safeIntegers(true).all() as { x: unknown; t: string }[];
    const encoded = stored.map((r) => JSON.parse(JSON.stringify(encodeValue(r.x))) as unknown);
    expect(encoded.slice(0, 5)).toEqual([null, 0, -1, { $int: '9007199254740993' }, { $int: '-9223372036854775808' }]);
    expect(encoded.slice(5, 11)).toEqual([1.5, { $real: '45' }, -0.25, { $real: '1e+300' }, { $real: 'Infinity' }, { $real: '-Infinity' }]);
    expect(encoded[14]).toEqual({ $base64: 'AP8KDQ==' });

    const back = new Database(':memory:');
    back.exec('CREATE TABLE v (x ANY) STRICT');
    const put = back.prepare('INSERT INTO v (x) VALUES (?)');
    for (const e of encoded) put.run(decodeValue(e));
    expect(back.prepare('SELECT x, typeof(x) AS t FROM v ORDER BY rowid').safeIntegers(true).all()).toEqual(stored);
  });

  it('refuses values archive.json never holds', () => {
    for (const bad of [true, [], {}, { $int: '1.5' }, { $real: 'many' }, { $base64: 'not base64!' }, { $int: '1', extra: 1 }, { other: 'x' }]) expect(decodeValue(bad), JSON.stringify(bad)).toBeUndefined();
  });

  it('leaves out accounts, the migration log and the search index, and keeps hidden rowids', () => {
    const t = sampleArchive();
    const tables = archiveTables(archiveTools(t).db());
    const names = tables.map((x) => x.name);
    for (const left of ['users', 'schema_migrations', 'sqlite_sequence', 'search_fts', 'search_fts_data', 'search_fts_idx', 'search_fts_docsize', 'search_fts_config']) expect(names).not.toContain(left);
    for (const kept of ['testimonies', 'testimony_texts', 'audit_log', 'files', 'testimony_files', 'themes', 'settings', 'marker_photos']) expect(names).toContain(kept);
    // testimonies has a TEXT primary key, so its rowid is hidden and carried; audit_log's seq is its rowid; WITHOUT ROWID tables have none.
    expect(tables.find((x) => x.name === 'testimonies')?.columns[0]).toBe('rowid');
    expect(tables.find((x) => x.name === 'audit_log')?.columns[0]).toBe('seq');
    expect(tables.find((x) => x.name === 'testimony_texts')?.columns[0]).toBe('testimony_id');
  });

  it('is one JSON document laid out one row per line, with a header that counts its rows', async () => {
    const t = sampleArchive();
    const out = path.join(tempDir(), 'JSON');
    const job = await settled(t, t.call('exports.start', { format: 'json', scope: 'full', out }));
    expect(job.state).toBe('done');
    expect(job.result?.summary).toMatch(/^JSON archive of .* \(full scope, format tessera-archive 1, schema \d+\): archive\.json with \d+ tables and [\d,]+ rows .*accounts are not exported\), and 3 stored files \([\d.]+ KB\) in files\/ named by SHA-256\./);
    const text = readFileSync(path.join(out, 'archive.json'), 'utf8');
    const whole = JSON.parse(text) as { format: string; rows: number; tables: Record<string, { columns: string[]; rows: unknown[][] }> };
    expect(whole.format).toBe('tessera-archive');
    const rows = Object.values(whole.tables).reduce((n, x) => n + x.rows.length, 0);
    expect(whole.rows).toBe(rows);
    expect(whole.tables.testimonies?.rows).toHaveLength(40);
    expect(whole.tables.users).toBeUndefined();
    // Streamed: no line holds more than one row.
    const rowLines = text.split('\n').filter((l) => l.startsWith('['));
    expect(rowLines).toHaveLength(rows);
    let read = 0;
    for (const item of readArchive(path.join(out, 'archive.json'))) if (item.kind === 'row') read += 1;
    expect(read).toBe(rows);
    // A selection is refused rather than exported whole: when asked, before any job starts…
    const chosen = archiveTools(t).db().prepare('SELECT id FROM testimonies LIMIT 1').pluck().all() as string[];
    const asked = t.router.call(owner, 'exports.start', { format: 'json', scope: 'full', out: path.join(tempDir(), 'JSON selection'), testimonyIds: chosen });
    expect(asked).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'testimonyIds' } });
    // …and by the writer itself, should anything else hand it one.
    await expect(Promise.resolve().then(() => writeJsonArchive({ db: archiveTools(t).db(), archiveDir: t.dir, out: path.join(tempDir(), 'JSON selection'), scope: 'full', testimonyIds: chosen, generatedAt: new Date().toISOString(), io: { progress: () => {} } }))).rejects.toThrow(
      /^The JSON archive is always the whole archive; it cannot be made of a selection\./,
    );
  }, 120_000);
});
