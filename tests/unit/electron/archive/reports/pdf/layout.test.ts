import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../../../electron/archive/pdf/render';
import { reportDocument } from '../../../../../../electron/archive/reports/pdf/document';
import { tickStep } from '../../../../../../electron/archive/reports/pdf/charts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll } from 'vitest';
import { pageTexts, pdfFonts, pdfInfo, pdfOutline, pdfText, qpdfCheck, squash } from '../../pdf/poppler';
import { SECTIONS, syntheticReport } from './synthetic';
import { tocEntries } from './toc';

/**
 * The report's layout on its own, from a report described as data (synthetic.ts): every kind of
 * block and embed, both editions, read back with poppler.
 */

// The layout needs no archive, so this test does not load the router (helpers.ts) at all.
const work = mkdtempSync(path.join(tmpdir(), 'tessera-report-layout-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let made = 0;
const tempDir = () => path.join(work, String((made += 1)));

async function render(edition: 'public' | 'confidential', text?: (s: string) => string) {
  const out = `${tempDir()}-${edition}.pdf`;
  const { spec } = reportDocument(syntheticReport(edition, text));
  const { pages } = await renderPdf(spec, out);
  return { out, pages };
}

describe('the report PDF layout', () => {
  it('sets the cover, the contents and every chapter, with its metadata, as a sound PDF', async () => {
    const { out, pages } = await render('confidential');
    expect(qpdfCheck(out)).toMatch(/No syntax or stream encoding errors/);
    expect(pdfFonts(out).every((f) => f.embedded)).toBe(true);
    const info = pdfInfo(out);
    expect(info).toMatchObject({
      Title: 'Sawyer Road: what happened and what must change',
      Author: 'Ifeoma Abara, Greta Söderström and Sipho Ngcobo',
      Subject: 'Final report of the commission (confidential edition — not for publication)',
      Tagged: 'yes',
    });
    expect(info.Keywords).toContain('Appendix A. Index of testimonies');
    expect(Number(info.Pages)).toBe(pages);
    const texts = pageTexts(out).map(squash);
    expect(texts[0]).toContain('Sawyer Road: what happened and what must change');
    expect(texts[0]).toContain('30 June 2027');
    expect(texts[1]).toContain('Contents');
    texts.forEach((t, i) => expect(t, `page ${i + 1}`).toContain('CONFIDENTIAL'));
    texts.slice(1).forEach((t, i) => expect(t, `page ${i + 2}`).toContain(`Page ${i + 2} of ${pages}`));
  });

  it('lists in the contents the page each heading is really on', async () => {
    const { out } = await render('public');
    const texts = pageTexts(out).map(squash);
    const entries = tocEntries(pdfText(out, { first: 2, last: 2 }));
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(SECTIONS.map((s) => s.title)));
    expect(entries.length).toBeGreaterThan(SECTIONS.length);
    for (const e of entries) {
      const page = texts[e.page - 1] ?? '';
      expect(page, `"${e.title}" on page ${e.page}`).toContain(squash(e.title));
    }
  });

  it('bookmarks every chapter in the outline, on its page, with headings inside nested under it', async () => {
    const { out } = await render('confidential');
    const outline = pdfOutline(out);
    expect(outline.filter((o) => o.level === 1).map((o) => o.title)).toEqual(SECTIONS.map((s) => s.title));
    const texts = pageTexts(out).map(squash);
    for (const o of outline) expect(texts[o.page - 1], o.title).toContain(squash(o.title));
    expect(outline).toContainEqual(expect.objectContaining({ title: 'Mandate', level: 2 }));
  });

  it('prints raw HTML and script as text, a footnote loop as numbered notes, and nested lists', async () => {
    const { out } = await render('confidential');
    const text = squash(pdfText(out));
    expect(text).toContain('<script>alert("x")</script> and <b>bold?</b>');
    expect(text).toContain('1. As recorded in the register.');
    expect(text).toContain('2. See note [2] again.');
    expect(text).toMatch(/1\. To hear testimony\. 2\. To report: on the police; on the land\. 1\. deeper 3\. To recommend\./);
    expect(text).toMatch(/our site \(https:\/\/ ?example\.org\)/);
  });

  it('shows why an embed was not printed in the confidential edition, and leaves it out of the public one', async () => {
    const conf = squash(pdfText((await render('confidential')).out));
    expect(conf).toContain('[Finding F-009 is no longer in the archive]');
    expect(conf).toMatch(/\[Unknown embed “nonsense”/);
    expect(conf).toContain('2 further excerpts are no longer in the transcripts as quoted.');
    const pub = squash(pdfText((await render('public')).out));
    expect(pub).not.toContain('F-009');
    expect(pub).not.toContain('nonsense');
    expect(pub).not.toMatch(/\[(Finding|Unknown|Not printed)/);
    expect(pub).toContain('2 further excerpts are not open to the public.');
  });

  it('quotes evidence with its citation line, and draws the statistics as charts with tables of the same counts', async () => {
    const text = squash(pdfText((await render('public')).out));
    expect(text).toContain('We went to the station twice, and the sergeant told us to go home and wait. — T-0001, Statement on the oak, recorded 3 May 2019');
    expect(text).toContain('Rests on findings F-001, F-003.');
    expect(text).toContain('Addressed to Department of Justice');
    expect(text).toMatch(/Testimonies by theme\. THEME TESTIMONIES OF ALL Policing 17 40\.5%/);
    expect(text).toContain('Testimonies by year recorded.');
  });

  it('passes every authored string of the public edition through the withholder, metadata included', async () => {
    const withhold = (s: string) => s.replace(/Greta Söderström/g, 'Witness G').replace(/Calder/g, 'C.');
    const { out } = await render('public', withhold);
    const all = [pdfText(out), JSON.stringify(pdfInfo(out)), JSON.stringify(pdfOutline(out))].join('\n');
    expect(all).not.toContain('Söderström');
    expect(all).not.toContain('Calder');
    expect(squash(all)).toContain('Ifeoma Abara, Witness G and Sipho Ngcobo');
  });
});

describe('chart scales', () => {
  it.each([
    [1, 1],
    [5, 1],
    [7, 2],
    [17, 5],
    [42, 10],
    [230, 50],
    [999, 200],
  ])('a largest count of %i is marked every %i', (max, step) => expect(tickStep(max)).toBe(step));
});
