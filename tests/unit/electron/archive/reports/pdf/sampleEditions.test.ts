import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { jobsFor } from '../../../../../../electron/archive/jobs/registry';
import { publishableWhere, today } from '../../../../../../electron/archive/publish/policy';
import { tempDir, testArchive } from '../../../../helpers';
import { pageTexts, pdfInfo, pdfOutline, pdfText, squash } from '../../pdf/poppler';

/**
 * The sample report, exported in both editions through the router and the job, as a commissioner
 * would: every word the archive holds back from the public — the cited words of testimonies the
 * publish policy keeps back, the sealed excerpt, the names of people without consent — is looked
 * for in the public edition's extracted text, metadata and outline, and found in the confidential one.
 */

function sampleArchive() {
  const a = testArchive();
  a.call('archive.loadSample', {});
  const db = a.workspace.current()?.db;
  if (!db) throw new Error('no archive open');
  const [report] = a.call('reports.list', {});
  if (!report) throw new Error('the sample has no report');
  return { a, db, reportId: report.id };
}

async function exportEdition(t: ReturnType<typeof sampleArchive>, edition: 'public' | 'confidential'): Promise<string> {
  const out = path.join(tempDir(), `${edition}.pdf`);
  const started = t.a.call('reports.export', { id: t.reportId, edition, out });
  const job = await jobsFor(t.db).settled(started.id);
  expect(job.state, job.error ?? '').toBe('done');
  return out;
}

/** The words held back from the public: quotes of unpublishable testimonies cited by findings, and unconsented names. */
function heldBack(db: Database): { quotes: string[]; names: string[] } {
  const quotes = db
    .prepare(`SELECT c.quote FROM finding_citations c JOIN testimonies t ON t.id = c.testimony_id WHERE NOT ${publishableWhere('t')}`)
    .pluck()
    .all({ publishDay: today() }) as string[];
  const names = db.prepare('SELECT name FROM people WHERE consent_to_be_named = 0').pluck().all() as string[];
  return { quotes, names };
}

describe('the sample report in both editions', () => {
  it('leaves every held-back quote and name out of the public edition and prints them in the confidential one', async () => {
    const t = sampleArchive();
    const { quotes, names } = heldBack(t.db);
    expect(quotes.length).toBeGreaterThan(0);
    expect(names.length).toBeGreaterThan(0);
    const sealedExcerpt = 'Concrete bench, drain in the floor';

    const pub = await exportEdition(t, 'public');
    const publicAll = squash([pdfText(pub), JSON.stringify(pdfInfo(pub)), JSON.stringify(pdfOutline(pub))].join('\n'));
    for (const words of [...quotes, ...names, sealedExcerpt]) expect(publicAll, words).not.toContain(squash(words));
    expect(publicAll).not.toContain('CONFIDENTIAL');

    const conf = await exportEdition(t, 'confidential');
    const confText = squash(pdfText(conf));
    for (const words of [...quotes, sealedExcerpt]) expect(confText, words).toContain(squash(words));
    expect(confText).toContain('Calvin Rudd');
    pageTexts(conf).forEach((p, i) => expect(p, `page ${i + 1}`).toContain('CONFIDENTIAL'));
  });
});
