import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../helpers';
import { pageTexts, pdfInfo, pdfOutline, pdfText, qpdfCheck, squash } from '../../pdf/poppler';
import { archiveDb, exportReport, reportArchive, SECRET, settle } from './fixture';
import { tocEntries } from './toc';

/** Both editions of a report written through the router and the job, read back with poppler. */

const everything = (file: string) => [pdfText(file), JSON.stringify(pdfInfo(file)), JSON.stringify(pdfOutline(file))].join('\n');

describe('reports.export', () => {
  it('keeps sealed excerpts, redacted words and unconsented names out of the public edition, text and metadata', async () => {
    const t = reportArchive();
    const { job, out } = await exportReport(t, 'public');
    expect(job.state, job.error ?? '').toBe('done');
    expect(job.result?.summary).toMatch(/^Report “Sawyer Road: the final report” \(public edition\), \d+ pages$/);
    expect(qpdfCheck(out)).toMatch(/No syntax or stream encoding errors/);
    const all = everything(out);
    for (const secret of Object.values(SECRET)) expect(all, secret).not.toContain(secret);
    const text = squash(pdfText(out));
    expect(text).toContain('We thank Witness Q and everyone who spoke.');
    expect(text).toContain('Nobody came until the morning');
    expect(text).toContain('The police did not come');
    expect(text).not.toContain('A finding withdrawn before print');
    expect(text).not.toContain('CONFIDENTIAL');
  });

  it('withholds a name split by emphasis in a section, and in the public edition’s default file name', async () => {
    const t = reportArchive();
    const r = t.call('reports.update', { id: t.report.id, expectedVersion: t.report.version, data: { title: `The case of ${SECRET.unconsented}`, authors: ['Ifeoma Abara'] } });
    const [first, given] = SECRET.unconsented.split(' ');
    t.call('reports.addSection', { id: r.id, data: { title: 'Voices', body: `*${first}* ${given} spoke first.` } });
    const job = await settle(t, t.call('reports.export', { id: r.id, edition: 'public', out: '' }));
    expect(job.state, job.error ?? '').toBe('done');
    const file = job.result?.path ?? '';
    expect(path.basename(file)).toMatch(/^report-the-case-of-witness-q-public-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
    expect(everything(file)).not.toContain(first);
    expect(squash(pdfText(file))).toContain('Witness Q spoke first.');
    const confidential = await settle(t, t.call('reports.export', { id: r.id, edition: 'confidential', out: '' }));
    expect(path.basename(confidential.result?.path ?? '')).toMatch(/^report-the-case-of-mirela-zamfirescu-confidential-/);
  });

  it('prints all of it in the confidential edition, with CONFIDENTIAL on every page and a placeholder for the deleted finding', async () => {
    const t = reportArchive();
    const { job, out } = await exportReport(t, 'confidential');
    expect(job.state, job.error ?? '').toBe('done');
    expect(job.result?.summary).toMatch(/\(confidential edition\), \d+ pages$/);
    const text = squash(pdfText(out));
    for (const secret of [SECRET.unconsented, SECRET.sealedWords, SECRET.redacted]) expect(text, secret).toContain(secret);
    expect(text).toMatch(/\[[^\]]*(finding|Finding)[^\]]*\]/);
    expect(text).not.toContain('Text of the withdrawn finding.');
    pageTexts(out).forEach((p, i) => expect(p, `page ${i + 1}`).toContain('CONFIDENTIAL'));
  });

  it('numbers the contents right, bookmarks every chapter, and prints markup and a footnote loop as text', async () => {
    const t = reportArchive();
    const { out } = await exportReport(t, 'public');
    const texts = pageTexts(out).map(squash);
    const entries = tocEntries(pdfText(out, { first: 2, last: 2 }));
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(t.report.sections.map((s) => s.title)));
    for (const e of entries) expect(texts[e.page - 1], `"${e.title}" on page ${e.page}`).toContain(squash(e.title));
    expect(pdfOutline(out).filter((o) => o.level === 1).map((o) => o.title)).toEqual(t.report.sections.map((s) => s.title));
    const text = squash(pdfText(out));
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('1. See [1].');
    expect(pdfInfo(out)).toMatchObject({ Title: 'Sawyer Road: the final report', Author: 'Ifeoma Abara and Greta Söderström', Tagged: 'yes' });
  });

  it('refuses the confidential edition to cataloguers, and a report with nothing written, writing nothing', async () => {
    const t = reportArchive();
    const dir = tempDir();
    const cataloguer = { user: { name: 'Cato Cataloguer', role: 'cataloguer' as const } };
    const refused = t.router.call(cataloguer, 'reports.export', { id: t.report.id, edition: 'confidential', out: path.join(dir, 'c.pdf') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/confidential edition/);
    const allowed = t.router.call(cataloguer, 'reports.export', { id: t.report.id, edition: 'public', out: path.join(dir, 'p.pdf') });
    if (!allowed.ok) throw new Error(allowed.error.message);
    expect((await settle(t, allowed.value)).state).toBe('done');

    const empty = t.call('reports.create', { data: { title: 'Empty' } });
    const none = t.router.call({ user: { name: 'Test Owner', role: 'administrator' } }, 'reports.export', { id: empty.id, edition: 'public', out: path.join(dir, 'e.pdf') });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!none.ok) expect(none.error.message).toBe('Nothing is written in the report “Empty” yet, so there is nothing to print. Write in its sections, then export again.');
    expect(readdirSync(dir)).toEqual(['p.pdf']);
  });

  it('names the default file after the report and the edition, records the export, and can be cancelled leaving nothing', async () => {
    const t = reportArchive();
    const job = await settle(t, t.call('reports.export', { id: t.report.id, edition: 'public', out: '' }));
    expect(job.state, job.error ?? '').toBe('done');
    expect(path.basename(job.result?.path ?? '')).toMatch(/^report-sawyer-road-the-final-report-public-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
    const audit = archiveDb(t).prepare("SELECT changes FROM audit_log WHERE action = 'export' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(audit).toContain('pdf-report');

    const dir = tempDir();
    const started = t.call('reports.export', { id: t.report.id, edition: 'confidential', out: path.join(dir, 'cancel.pdf') });
    t.call('jobs.cancel', { id: started.id });
    const cancelled = await settle(t, started);
    expect(cancelled.state).toBe('cancelled');
    expect(readdirSync(dir)).toEqual([]);
  });
});
