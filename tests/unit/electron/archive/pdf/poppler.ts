import { execFileSync } from 'node:child_process';

/** Poppler and qpdf, tools nobody here wrote, read the PDFs the tests produce. */

/** The text of a PDF (or of pages first..last), as a reader or a screen reader extracts it. */
export function pdfText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

/** Every page's text, in order (index 0 = page 1). */
export function pageTexts(file: string): string[] {
  const n = Number(pdfInfo(file).Pages);
  return Array.from({ length: n }, (_, i) => pdfText(file, { first: i + 1, last: i + 1 }));
}

/** pdfinfo's fields: Title, Author, Subject, Keywords, CreationDate, Pages, Tagged, PDF version… */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

/** The fonts of a PDF: name and whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name, type (one or two words), encoding, emb, sub, uni, object, id
    return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
  });
}

/** qpdf --check: throws when the file is not structurally sound. */
export function qpdfCheck(file: string): string {
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

/** Text with runs of spaces made one, for matching phrases that wrap or are laid out in columns. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ');

interface QpdfOutline {
  title: string;
  destpageposfrom1: number;
  kids: QpdfOutline[];
}
/** The bookmarks (outline) of a PDF, flattened in order: title, level (1 = top) and page. */
export function pdfOutline(file: string): { title: string; level: number; page: number }[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as { outlines: QpdfOutline[] };
  const flat: { title: string; level: number; page: number }[] = [];
  const walk = (items: QpdfOutline[], level: number) => {
    for (const o of items) {
      flat.push({ title: o.title, level, page: o.destpageposfrom1 });
      walk(o.kids, level + 1);
    }
  };
  walk(json.outlines, 1);
  return flat;
}
