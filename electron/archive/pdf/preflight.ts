import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { detectImageAt } from '../files/image';
import type { Block, PdfDocumentSpec } from './blocks';
import { inlineText } from './blocks';
import { checkGlyphs } from './fonts';

/**
 * Before a byte is written: every string the document will print is checked for glyphs, and every
 * picture is found and recognised, so that a missing glyph or photo stops the export with a message
 * naming the record, never a PDF with a blank where a name should be.
 */

function stringsOf(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
      return [b.text, b.runningHead ?? ''];
    case 'paragraph':
      return [inlineText(b.text)];
    case 'list':
      return b.items.map(inlineText);
    case 'facts':
      return b.rows.flat();
    case 'table':
      return [...b.columns.map((c) => c.header), ...b.rows.flat(), b.empty ?? ''];
    case 'image':
      return [b.caption ?? '', b.credit ?? '', b.alt ?? ''];
    case 'proof':
      return [b.text, b.label ?? '', b.stamp ?? ''];
    case 'drawing':
      return [b.alt, b.caption ?? '', ...b.shapes.map((s) => (s.kind === 'text' ? s.text : ''))];
    case 'toc':
      return [b.title ?? ''];
    case 'index':
      return b.entries.flatMap((e) => [e.term, ...e.refs.map((r) => r.label)]);
    default:
      return [];
  }
}

/** Whether the file holds a JPEG or PNG picture (what pdfkit can embed), as the file store recognises one. */
function imageProblem(file: string): string | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'is missing from the archive' : `cannot be read (${code ?? (e as Error).message})`;
  }
  try {
    const read = (position: number, length: number) => {
      const buf = Buffer.alloc(length);
      return buf.subarray(0, readSync(fd, buf, 0, length, position));
    };
    return detectImageAt(read, fstatSync(fd).size) ? null : 'is not a JPEG or PNG picture';
  } catch (e) {
    return `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  } finally {
    closeSync(fd);
  }
}

export function preflight(spec: PdfDocumentSpec, open: (file: string) => void): void {
  const meta = spec.meta;
  for (const [field, text] of [
    ['title', meta.title],
    ['author', meta.author],
    ['subject', meta.subject],
    ['keywords', meta.keywords.join(', ')],
  ] as const) {
    checkGlyphs(text, `The document's ${field}`);
  }
  const f = spec.furniture;
  for (const text of [f.header, f.edition, f.generated, f.band ?? '']) checkGlyphs(text, 'The page header or footer');
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'together') {
        walk(b.blocks);
        continue;
      }
      const where = ('source' in b && b.source) || 'The document text';
      for (const s of stringsOf(b)) checkGlyphs(s, where);
      if (b.kind === 'image') {
        const problem = imageProblem(b.file);
        if (problem) throw new Error(`${where}: the picture ${b.label} (${b.file}) ${problem}. Nothing was written.`);
        try {
          open(b.file);
        } catch (e) {
          throw new Error(`${where}: the picture ${b.label} (${b.file}) cannot be read as an image (${(e as Error).message}). Nothing was written.`);
        }
      }
    }
  };
  walk(spec.blocks);
}
