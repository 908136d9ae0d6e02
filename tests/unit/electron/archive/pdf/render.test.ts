import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, PdfDocumentSpec } from '../../../../../electron/archive/pdf/blocks';
import { renderPdf } from '../../../../../electron/archive/pdf/render';
import { tempDir } from '../../../helpers';
import { pageTexts, pdfFonts, pdfInfo, pdfOutline, pdfText, qpdfCheck, squash } from './poppler';

function spec(blocks: Block[], extra: Partial<PdfDocumentSpec['furniture']> = {}): PdfDocumentSpec {
  return {
    meta: { title: 'Τεστ document Söderström', author: 'The Commission', subject: 'A test', keywords: ['one', 'two'], created: new Date('2026-05-01T10:00:00Z') },
    furniture: { header: 'Test document', edition: 'Public edition', generated: 'Generated 1 May 2026', ...extra },
    blocks,
  };
}

async function render(blocks: Block[], extra: Partial<PdfDocumentSpec['furniture']> = {}) {
  const file = path.join(tempDir(), 'out.pdf');
  const result = await renderPdf(spec(blocks, extra), file);
  return { file, ...result };
}

const lorem = (n: number) => Array.from({ length: n }, (_, i) => `Sentence ${i + 1} of a long paragraph about the commission’s work.`).join(' ');

describe('the PDF layout module', () => {
  it('writes a sound, tagged PDF 1.7 with metadata, embedded fonts and page furniture', async () => {
    const { file, pages } = await render([
      { kind: 'heading', level: 1, text: 'First chapter' },
      { kind: 'paragraph', text: [{ text: 'Bold', style: 'bold' }, { text: ' and ' }, { text: 'italic', style: 'italic' }, { text: ' words.' }] },
      { kind: 'list', items: ['Söderström', 'Ngcobo', 'Пам’яті загиблих', 'Μνήμη'] },
      { kind: 'table', columns: [{ header: 'Ref', width: 1 }, { header: 'Title', width: 3 }], rows: [['T-1', 'Вечная память']] },
    ]);
    expect(pages).toBe(1);
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
    const info = pdfInfo(file);
    expect(info).toMatchObject({ Title: 'Τεστ document Söderström', Author: 'The Commission', Subject: 'A test', Keywords: 'one, two', Creator: 'Tessera', Tagged: 'yes', 'PDF version': '1.7', Pages: '1' });
    expect(info.CreationDate).toMatch(/2026/);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && /Noto(Serif|Sans)/.test(f.name))).toBe(true);
    const text = pdfText(file);
    for (const s of ['Söderström', 'Ngcobo', 'Пам’яті загиблих', 'Μνήμη', 'Вечная память', 'Bold and italic words.', 'Page 1 of 1', 'Public edition', 'Generated 1 May 2026']) expect(text).toContain(s);
  });

  it('fills the contents with the pages the headings really land on, and bookmarks each one', async () => {
    const blocks: Block[] = [{ kind: 'paragraph', style: 'coverTitle', text: 'Cover' }, { kind: 'pageBreak' }, { kind: 'toc' }];
    for (let i = 1; i <= 12; i++) {
      blocks.push({ kind: 'heading', level: 1, text: `Chapter ${i} heading` });
      blocks.push({ kind: 'paragraph', text: lorem(i * 9) });
      blocks.push({ kind: 'heading', level: 2, text: `Section ${i}.1 heading` });
      blocks.push({ kind: 'paragraph', text: lorem(5) });
    }
    const { file, pages } = await render(blocks, { coverPages: 1 });
    expect(pages).toBeGreaterThan(8);
    const perPage = pageTexts(file);
    const toc = perPage[1] ?? '';
    const entries = [...toc.matchAll(/((?:Chapter|Section) [\d.]+ heading)[ .]*?(\d+)\s*$/gm)].map((m) => ({ title: m[1] ?? '', page: Number(m[2]) }));
    expect(entries).toHaveLength(24);
    for (const e of entries) expect(perPage[e.page - 1], `${e.title} on page ${e.page}`).toContain(e.title);
    const outline = pdfOutline(file);
    expect(outline.map((o) => [o.title, o.page])).toEqual(entries.map((e) => [e.title, e.page]));
    expect(outline.filter((o) => o.level === 2).map((o) => o.title)).toEqual(entries.filter((e) => e.title.startsWith('Section')).map((e) => e.title));
    // The cover has no furniture; the others have page numbers.
    expect(perPage[0]).not.toContain('Page 1 of');
    expect(perPage[2]).toContain(`Page 3 of ${pages}`);
  });

  it('never leaves a heading alone at the foot of a page', async () => {
    const blocks: Block[] = [];
    for (let i = 1; i <= 40; i++) {
      blocks.push({ kind: 'heading', level: 2, text: `Heading number ${i}` });
      blocks.push({ kind: 'paragraph', text: lorem((i % 5) + 2) });
    }
    const { file } = await render(blocks);
    for (const page of pageTexts(file)) {
      const lines = page.split('\n').filter((l) => l.trim() && !/Page \d+ of|Public edition|Test document/.test(l));
      expect(lines[lines.length - 1] ?? '').not.toMatch(/Heading number \d+\s*$/);
    }
  });

  it('keeps a proof on one page, making its type smaller when it must, and refuses one that cannot fit', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of the inscription`).join('\n');
    const { file } = await render([
      { kind: 'paragraph', text: lorem(40) },
      { kind: 'proof', text: long, size: 16, minSize: 7, label: 'Proof' },
    ]);
    const perPage = pageTexts(file);
    const holding = perPage.filter((p) => p.includes('Line 1 of the inscription'));
    expect(holding).toHaveLength(1);
    expect(holding[0]).toContain('Line 40 of the inscription');

    const impossible = Array.from({ length: 400 }, (_, i) => `Line ${i + 1}`).join('\n');
    const out = path.join(tempDir(), 'no.pdf');
    await expect(renderPdf(spec([{ kind: 'proof', text: impossible, size: 16, minSize: 8, source: 'Marker M-009, inscription' }]), out)).rejects.toThrow(
      /Marker M-009, inscription is too long to set on one page, even in 8-point type/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('repeats a table’s header row on every page it runs on', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Row ${i + 1}`, lorem(1)]);
    const { file, pages } = await render([{ kind: 'table', columns: [{ header: 'Name', width: 1 }, { header: 'Note', width: 3 }], rows }]);
    expect(pages).toBeGreaterThan(1);
    for (const page of pageTexts(file)) expect(page).toMatch(/NAME\s+NOTE/);
    expect(squash(pdfText(file))).toContain('Row 120');
  });

  it('flows a cell taller than a page on in its column instead of losing it', async () => {
    const huge = `${'A very long note. '.repeat(400)}THE END OF THE NOTE`;
    const { file, pages } = await render([{ kind: 'facts', rows: [['Ceremony', huge], ['After', 'still here']] }]);
    expect(pages).toBeGreaterThan(1);
    const text = squash(pdfText(file));
    expect(text).toContain('THE END OF THE NOTE');
    expect(text).toContain('still here');
  });

  it('refuses text with no glyph before writing anything', async () => {
    const out = path.join(tempDir(), 'no.pdf');
    await expect(renderPdf(spec([{ kind: 'paragraph', text: 'Name: 中村', source: 'Person P-1, name' }]), out)).rejects.toThrow('Person P-1, name: no font has a glyph for U+4E2D "中"');
    expect(existsSync(out)).toBe(false);
  });
});
