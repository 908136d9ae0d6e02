import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import PDFDocument from 'pdfkit';
import { fontPath } from '../../electron/archive/pdf/fonts';

/** The page count pdfinfo reads from a PDF. */
export const pdfPages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);

/**
 * The floor the PDF benchmarks compare against: pdfkit alone writing the same text in the same
 * font as one flowing column, with no layout of Tessera's. Resolves to its number of pages.
 */
export function writeFloor(text: string, file: string): Promise<number> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 72, right: 72 }, font: fontPath('serif') });
  const out = createWriteStream(file);
  doc.pipe(out);
  let count = 0;
  doc.on('pageAdded', () => count++);
  doc.fontSize(10).text(text);
  doc.end();
  return new Promise((resolve, reject) => {
    out.on('finish', () => resolve(count + 1));
    out.on('error', reject);
  });
}
