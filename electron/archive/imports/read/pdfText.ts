import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportProblem } from './problem';

/**
 * The text layer of a PDF, with pdfjs-dist's legacy build (the one made for Node). In Node, pdfjs
 * runs its parser on a "fake worker" in this thread (no worker to configure). Fonts are not
 * loaded (only text is wanted) and eval is off; the character maps that CJK fonts need and the
 * standard fonts' metrics come from pdfjs-dist's own folders. Pages are joined with blank lines.
 */

type Pdfjs = typeof PdfjsModule;
let loaded: Promise<{ pdfjs: Pdfjs; dataDir: string }> | null = null;

function loadPdfjs(): Promise<{ pdfjs: Pdfjs; dataDir: string }> {
  loaded ??= (async () => {
    const dataDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { pdfjs: await import('pdfjs-dist/legacy/build/pdf.mjs'), dataDir };
  })();
  return loaded;
}

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

/** The items of one page as lines: pdfjs marks the end of each line with hasEOL. */
function pageText(items: TextItem[]): string {
  let text = '';
  for (const item of items) {
    text += item.str ?? '';
    if (item.hasEOL) text += '\n';
  }
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export async function pdfText(data: Uint8Array, name: string): Promise<string> {
  const { pdfjs, dataDir } = await loadPdfjs();
  const task = pdfjs.getDocument({
    data,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    cMapUrl: `${path.join(dataDir, 'cmaps')}${path.sep}`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(dataDir, 'standard_fonts')}${path.sep}`,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    const kind = e instanceof Error ? e.name : '';
    if (kind === 'PasswordException') throw new ImportProblem(`${name} is protected with a password. Save a copy without the password and import that.`);
    throw new ImportProblem(`${name} is damaged or is not a PDF, and cannot be read. Open it in a PDF reader, save or print it to a new PDF, and import that.`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items as TextItem[]));
      page.cleanup();
    }
    return pages.filter((p) => p !== '').join('\n\n');
  } catch {
    throw new ImportProblem(`${name} is damaged: its text could not be read. Open it in a PDF reader, save or print it to a new PDF, and import that.`);
  } finally {
    await doc.destroy();
  }
}
