import PDFDocument from 'pdfkit';
import type { PdfDocumentSpec } from './blocks';
import { printable, registerFonts } from './fonts';
import { COLORS, FURNITURE, PAGE } from './styles';

/**
 * A new pdfkit document with Tessera's settings: A4, PDF 1.7, tagged (a structure tree for screen
 * readers), the document title shown in the viewer's title bar, its language, its metadata, and
 * the shipped fonts registered (the first font set is Noto Serif, never a built-in font; each is
 * read once). Pages
 * are buffered so that page furniture and the table of contents' page numbers can be written
 * once the number of pages is known.
 */
export function createPdfDocument(meta: PdfDocumentSpec['meta']): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    autoFirstPage: false,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: meta.lang ?? 'en',
    // No font at construction: pdfkit would load Helvetica by default, and a font given here by
    // path is cached under its path only, so that every later doc.font('serif') would read and
    // parse the font file again (pdfkit finds it equal by name and returns before caching it
    // under the registered name). The shipped fonts are registered and set just below instead.
    font: null as unknown as string,
    info: {
      Title: printable(meta.title),
      Author: printable(meta.author),
      Subject: printable(meta.subject),
      Keywords: meta.keywords.map(printable).join(', '),
      CreationDate: meta.created,
      ModDate: meta.created,
      Creator: 'Tessera',
      Producer: 'Tessera (PDFKit)',
    },
  });
  registerFonts(doc);
  doc.font('serif');
  return doc;
}

/** Writes `text` at (x, y) without letting pdfkit wrap it or start a page (we are in the margins). */
function furnitureText(doc: PDFKit.PDFDocument, text: string, x: number, y: number, align: 'left' | 'center' | 'right'): void {
  const w = doc.widthOfString(text);
  const at = align === 'left' ? x : align === 'center' ? x - w / 2 : x - w;
  doc.text(text, at, y, { lineBreak: false });
}

/**
 * Running header (document title, section), footer (edition, generation date, "Page N of M") and
 * the optional band on every page, drawn over the buffered pages once the layout is done. All of
 * it is marked as pagination artifacts, so a screen reader does not read it on every page.
 */
export function drawFurniture(doc: PDFKit.PDFDocument, furniture: PdfDocumentSpec['furniture'], sections: readonly string[]): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  const left = PAGE.margins.left;
  const right = PAGE.width - PAGE.margins.right;
  const cover = furniture.coverPages ?? 0;
  const headerFrom = furniture.headerFrom ?? 1;
  for (let i = 0; i < total; i++) {
    doc.switchToPage(range.start + i);
    const n = i + 1;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.save();
    if (furniture.band) {
      doc.font(FURNITURE.bold).fontSize(8).fillColor(COLORS.band);
      doc.rect(0, 0, PAGE.width, 4).fill(COLORS.band);
      doc.fillColor(COLORS.band);
      furnitureText(doc, printable(furniture.band), PAGE.width / 2, 16, 'center');
    }
    if (n > cover) {
      doc.font(FURNITURE.font).fontSize(FURNITURE.size).fillColor(FURNITURE.color);
      if (n >= headerFrom) {
        const headerY = PAGE.margins.top - 34;
        // The section (right) takes at most half the line; the header (left) gets what is left.
        const section = truncate(doc, sections[i] ?? '', (right - left) * 0.5);
        const gap = section ? doc.widthOfString(section) + 18 : 0;
        furnitureText(doc, truncate(doc, printable(furniture.header), right - left - gap), left, headerY, 'left');
        if (section) furnitureText(doc, section, right, headerY, 'right');
        doc.moveTo(left, headerY + 13).lineTo(right, headerY + 13).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
      }
      const footerY = PAGE.height - PAGE.margins.bottom + 34;
      doc.moveTo(left, footerY - 8).lineTo(right, footerY - 8).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
      doc.font(furniture.band ? FURNITURE.bold : FURNITURE.font).fillColor(furniture.band ? COLORS.band : FURNITURE.color);
      furnitureText(doc, printable(furniture.edition), left, footerY, 'left');
      doc.font(FURNITURE.font).fillColor(FURNITURE.color);
      furnitureText(doc, printable(furniture.generated), (left + right) / 2, footerY, 'center');
      furnitureText(doc, `Page ${n} of ${total}`, right, footerY, 'right');
    }
    doc.restore();
    doc.endMarkedContent();
  }
}

function truncate(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (text === '' || doc.widthOfString(text) <= width) return text;
  let t = text;
  while (t.length > 1 && doc.widthOfString(`${t}…`) > width) t = t.slice(0, -1);
  return `${t.trimEnd()}…`;
}
