import { createWriteStream } from 'node:fs';
import type { Block, DrawingBlock, FactsBlock, HeadingBlock, ImageBlock, ListBlock, ParagraphBlock, PdfDocumentSpec, ProofBlock, TableBlock } from './blocks';
import { createPdfDocument, drawFurniture } from './document';
import { drawDrawing, drawImage, drawingHeight, drawProof, imageHeight, openImage, proofMinHeight } from './figures';
import { Layout } from './layout';
import { preflight } from './preflight';
import { drawFacts, drawTable, factsHeight, tableHeight } from './tables';
import { drawHeading, drawList, drawParagraph, headingHeight, listHeight, paragraphHeight, type OutlineState } from './text';
import { collectHeadings, Contents, drawIndex, indexHeight } from './toc';

/**
 * The layout module's one entry: a document described as blocks (blocks.ts) becomes a PDF file.
 * Checked first (glyphs, pictures), then set page by page, then the contents' page numbers and
 * the page furniture are written over the buffered pages, and the file is finished.
 */

export interface RenderOptions {
  /** Called as the blocks are set: `done` of `total` top-level blocks. */
  progress?: (done: number, total: number) => void;
}

export interface RenderResult {
  pages: number;
}

/** The blocks one module measures and draws with no more to know than the block itself. */
interface Leaves {
  paragraph: ParagraphBlock;
  list: ListBlock;
  facts: FactsBlock;
  table: TableBlock;
  image: ImageBlock;
  proof: ProofBlock;
  drawing: DrawingBlock;
}
type Leaf = Leaves[keyof Leaves];

interface LeafOps<B> {
  /** `minimum`: the least height it needs where it starts (its first lines or rows), else all of it. */
  height(L: Layout, b: B, minimum: boolean): number;
  draw(L: Layout, b: B): void;
}

const LEAVES: { [K in keyof Leaves]: LeafOps<Leaves[K]> } = {
  paragraph: { height: paragraphHeight, draw: drawParagraph },
  list: { height: listHeight, draw: drawList },
  facts: { height: factsHeight, draw: drawFacts },
  table: { height: tableHeight, draw: drawTable },
  // Pictures, proofs and drawings are never split across pages: one height serves as least and full.
  image: { height: imageHeight, draw: drawImage },
  proof: { height: proofMinHeight, draw: drawProof },
  drawing: { height: drawingHeight, draw: drawDrawing },
};

const isLeaf = (b: Block): b is Leaf => b.kind in LEAVES;
const leafOps = <K extends keyof Leaves>(kind: K): LeafOps<Leaves[K]> => LEAVES[kind];

/** The least height block `i` needs where it starts (what a heading before it must be kept with). */
function minHeight(L: Layout, blocks: readonly Block[], i: number, depth = 0): number {
  const b = blocks[i];
  if (!b || depth > 4) return 0;
  if (isLeaf(b)) return leafOps(b.kind).height(L, b, true);
  switch (b.kind) {
    case 'heading':
      return headingHeight(L, b) + minHeight(L, blocks, i + 1, depth + 1);
    case 'together':
      return Math.min(fullHeight(L, b), L.fullHeight);
    case 'index':
      return indexHeight(L, b);
    case 'space':
    case 'rule':
      return minHeight(L, blocks, i + 1, depth + 1);
    default:
      return 0;
  }
}

function fullHeight(L: Layout, b: Block): number {
  if (isLeaf(b)) return leafOps(b.kind).height(L, b, false);
  switch (b.kind) {
    case 'heading':
      return headingHeight(L, b);
    case 'together':
      return b.blocks.reduce((a, x) => a + fullHeight(L, x), 0);
    case 'space':
      return b.height;
    case 'rule':
      return 2 * (b.space ?? 8);
    case 'index':
      return indexHeight(L, b);
    default:
      return 0;
  }
}

interface Run {
  contents: Contents;
  anchorOf: Map<HeadingBlock, string>;
  outline: OutlineState;
}

function drawBlocks(L: Layout, blocks: readonly Block[], run: Run, progress?: (i: number) => void): void {
  blocks.forEach((b, i) => {
    switch (b.kind) {
      case 'heading':
        drawHeading(L, b, minHeight(L, blocks, i + 1), run.anchorOf.get(b) ?? `section-${i}`, run.outline);
        break;
      case 'together':
        L.ensure(Math.min(fullHeight(L, b), L.fullHeight));
        drawBlocks(L, b.blocks, run);
        break;
      case 'rule':
        L.space(b.space ?? 8);
        if (!L.atTop()) L.rule(L.y);
        L.space(b.space ?? 8);
        break;
      case 'space':
        // An explicit space is kept even at the top of a page (a cover's top margin).
        L.y = Math.min(L.y + b.height, L.bottom);
        break;
      case 'pageBreak':
        if (!L.atTop()) L.newPage();
        break;
      case 'toc':
        run.contents.draw(L, b);
        break;
      case 'index':
        drawIndex(L, b);
        break;
      default:
        leafOps(b.kind).draw(L, b);
    }
    progress?.(i + 1);
  });
}

/** Lays the document out on a new pdfkit document (not yet ended) and says how many pages it has. */
export function layoutPdf(spec: PdfDocumentSpec, options: RenderOptions = {}): { doc: PDFKit.PDFDocument; pages: number } {
  const doc = createPdfDocument(spec.meta);
  preflight(spec, (file) => openImage(doc, file));
  const root = doc.struct('Document');
  doc.addStructure(root);
  const L = new Layout(doc, root);
  const { entries, anchorOf } = collectHeadings(spec.blocks);
  const run: Run = { contents: new Contents(entries), anchorOf, outline: { items: [] } };
  L.newPage();
  const total = spec.blocks.length;
  drawBlocks(L, spec.blocks, run, (done) => options.progress?.(done, total));
  run.contents.fill(L);
  drawFurniture(doc, spec.furniture, L.sections);
  root.end();
  return { doc, pages: doc.bufferedPageRange().count };
}

/**
 * Renders the document into `file`: the caller's own work file, which the job runner renames into
 * place. It may already exist, empty — prepareWork reserves the work name when the job starts — so
 * it is written over rather than created.
 */
export async function renderPdf(spec: PdfDocumentSpec, file: string, options: RenderOptions = {}): Promise<RenderResult> {
  const { doc, pages } = layoutPdf(spec, options);
  const out = createWriteStream(file, { flags: 'w' });
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(out);
  doc.end();
  await finished;
  return { pages };
}
