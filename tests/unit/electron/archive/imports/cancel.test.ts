import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobsFor } from '../../../../../electron/archive/jobs/registry';
import { IMPORT_BATCH_SIZE } from '../../../../../electron/archive/imports/task';
import { tempDir, testArchive } from '../../../helpers';

/**
 * Cancelling an import stops its worker thread wherever it is; a batch is one transaction, so
 * what is left is whole testimonies (text, audit, search entry) in whole batches, and importing
 * the same folder again adds the rest and doubles nothing.
 */

const FILES = 1000;

describe('cancelling an import', () => {
  it('leaves whole testimonies only, and a re-run completes the rest without duplicates', async () => {
    const t = testArchive();
    const db = t.workspace.current()!.db;
    const src = path.join(tempDir('tessera-import-many-'), 'transcripts');
    mkdirSync(src);
    for (let i = 1; i <= FILES; i++) writeFileSync(path.join(src, `Statement ${String(i).padStart(4, '0')}.txt`), `Statement number ${i}. The word zebra${i} is only here.\n`);

    const runner = jobsFor(db);
    const started = t.call('imports.start', { paths: [src] });
    const stop = runner.subscribe((job) => {
      if (job.id === started.id && job.step === 'Importing' && job.done > 0) runner.cancel(job.id);
    });
    const ended = await runner.settled(started.id);
    stop();
    expect(ended.state).toBe('cancelled');

    const present = db.prepare('SELECT count(*) FROM testimonies').pluck().get() as number;
    expect(present).toBeGreaterThan(0);
    expect(present).toBeLessThan(FILES);
    expect(present % IMPORT_BATCH_SIZE).toBe(0);
    const whole = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(whole('SELECT count(*) FROM testimonies t WHERE NOT EXISTS (SELECT 1 FROM testimony_texts x WHERE x.testimony_id = t.id AND x.transcript <> \'\')')).toBe(0);
    expect(whole("SELECT count(*) FROM testimonies t WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_type = 'testimony' AND a.entity_id = t.id AND a.action = 'create')")).toBe(0);
    expect(whole('SELECT count(*) FROM testimonies t WHERE NOT EXISTS (SELECT 1 FROM search_fts f WHERE f.rowid = t.doc_id)')).toBe(0);
    expect(whole('SELECT count(*) FROM import_sources')).toBe(present);

    const again = t.call('imports.start', { paths: [src] });
    const done = await runner.settled(again.id);
    expect(done.state).toBe('done');
    const report = t.call('imports.report', { jobId: again.id });
    expect(report.counts).toEqual({ added: FILES - present, updated: 0, skipped: present, failed: 0 });
    expect(whole('SELECT count(*) FROM testimonies')).toBe(FILES);
    expect(whole('SELECT count(DISTINCT title) FROM testimonies')).toBe(FILES);
    expect(t.call('search.query', { q: 'zebra777' }).total).toBe(1);
  }, 300_000);
});
