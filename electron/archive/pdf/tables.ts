import type { FactsBlock, TableBlock } from './blocks';
import { printable, type FontName } from './fonts';
import type { Layout } from './layout';
import { COLORS, PARAGRAPH, TABLE } from './styles';

/**
 * Tables: the header row is repeated on every page the table runs on, a row is never split
 * (unless it is taller than a page: then its longest cell flows on in its column), and a
 * label/value "facts" table is the same thing without a header.
 */

interface Cell {
  text: string;
  font: FontName;
  size: number;
  color: string;
  align: 'left' | 'right' | 'center';
}
interface Grid {
  widths: number[];
  header: Cell[] | null;
  rows: Cell[][];
  /** Label cells of a facts table are tagged TH. */
  rowHeaders: boolean;
}

function gridOfTable(L: Layout, b: TableBlock): Grid {
  const total = b.columns.reduce((a, c) => a + c.width, 0) || 1;
  const widths = b.columns.map((c) => (c.width / total) * L.width);
  const header = b.columns.map((c) => ({ text: printable(c.header).toLocaleUpperCase('en'), font: TABLE.header.font, size: TABLE.header.size, color: TABLE.header.color, align: c.align ?? 'left' }));
  const rows = b.rows.map((r) => b.columns.map((c, i) => ({ text: printable(r[i] ?? ''), font: TABLE.cell.font, size: TABLE.cell.size, color: TABLE.cell.color, align: c.align ?? 'left' })));
  return { widths, header, rows, rowHeaders: false };
}

function gridOfFacts(L: Layout, b: FactsBlock): Grid {
  const widths = [L.width * 0.27, L.width * 0.73];
  const rows = b.rows.map(([label, value]) => [
    { text: printable(label), font: TABLE.label.font, size: TABLE.label.size, color: TABLE.label.color, align: 'left' as const },
    { text: printable(value), font: TABLE.cell.font, size: TABLE.cell.size + 0.5, color: TABLE.cell.color, align: 'left' as const },
  ]);
  return { widths, header: null, rows, rowHeaders: true };
}

function cellHeight(L: Layout, c: Cell, width: number): number {
  L.font(c.font, c.size, c.color);
  return L.measure(c.text, { width: width - 2 * TABLE.padX, lineGap: TABLE.cell.lineGap, characterSpacing: c.font === TABLE.header.font ? TABLE.header.characterSpacing : 0 });
}
function rowHeight(L: Layout, g: Grid, row: Cell[]): number {
  return Math.max(...row.map((c, i) => cellHeight(L, c, g.widths[i] ?? 0)), L.lineHeight()) + 2 * TABLE.padY;
}

function drawCell(L: Layout, c: Cell, x: number, y: number, width: number, tag: string): void {
  if (c.text === '') return;
  L.font(c.font, c.size, c.color);
  L.text(c.text, x + TABLE.padX, y + TABLE.padY, { width: width - 2 * TABLE.padX, lineGap: TABLE.cell.lineGap, align: c.align, characterSpacing: c.font === TABLE.header.font ? TABLE.header.characterSpacing : 0 }, tag);
}

function drawRow(L: Layout, g: Grid, row: Cell[], y: number, isHeader: boolean): void {
  let x = L.left;
  row.forEach((c, i) => {
    drawCell(L, c, x, y, g.widths[i] ?? 0, isHeader || (g.rowHeaders && i === 0) ? 'TH' : 'TD');
    x += g.widths[i] ?? 0;
  });
}

function drawHeader(L: Layout, g: Grid): void {
  if (!g.header) return;
  const h = rowHeight(L, g, g.header);
  const y = L.y;
  drawRow(L, g, g.header, y, true);
  L.rule(y + h, COLORS.frame, 0.8);
  L.y = y + h + 1;
}

/** A row taller than a page: the other cells are set first, then the tallest flows on in its column. */
function drawTallRow(L: Layout, g: Grid, row: Cell[]): void {
  const heights = row.map((c, i) => cellHeight(L, c, g.widths[i] ?? 0));
  const tallest = heights.indexOf(Math.max(...heights));
  const y = L.y;
  let x = L.left;
  row.forEach((c, i) => {
    if (i !== tallest) drawCell(L, c, x, y, g.widths[i] ?? 0, g.rowHeaders && i === 0 ? 'TH' : 'TD');
    x += g.widths[i] ?? 0;
  });
  const cx = L.left + g.widths.slice(0, tallest).reduce((a, w) => a + w, 0);
  const c = row[tallest];
  if (c) drawCell(L, c, cx, y, g.widths[tallest] ?? 0, 'TD');
  L.doc.x = L.left;
  L.y += TABLE.padY;
}

function gridHeight(L: Layout, g: Grid, minimum: boolean): number {
  const head = g.header ? rowHeight(L, g, g.header) + 1 : 0;
  const rows = g.rows.map((r) => rowHeight(L, g, r));
  if (minimum) return head + Math.min(rows[0] ?? 0, L.fullHeight - head);
  return head + rows.reduce((a, h) => a + h, 0) + TABLE.after;
}

function drawGrid(L: Layout, g: Grid): void {
  const head = g.header ? rowHeight(L, g, g.header) + 1 : 0;
  const first = g.rows[0] ? rowHeight(L, g, g.rows[0]) : 0;
  L.ensure(head + Math.min(first, L.fullHeight - head));
  drawHeader(L, g);
  g.rows.forEach((row, i) => {
    const h = rowHeight(L, g, row);
    if (h > L.remaining()) {
      if (h <= L.fullHeight - head) {
        L.newPage();
        drawHeader(L, g);
      } else {
        drawTallRow(L, g, row);
        if (i < g.rows.length - 1) L.rule(L.y, COLORS.rule, 0.4);
        return;
      }
    }
    const y = L.y;
    drawRow(L, g, row, y, false);
    L.y = y + h;
    if (i < g.rows.length - 1) L.rule(L.y, COLORS.rule, 0.4);
  });
  L.doc.x = L.left;
  L.y += TABLE.after;
}

export const tableHeight = (L: Layout, b: TableBlock, minimum = false): number =>
  b.rows.length === 0 ? PARAGRAPH.muted.size * 2 : gridHeight(L, gridOfTable(L, b), minimum);
export const factsHeight = (L: Layout, b: FactsBlock, minimum = false): number => (b.rows.length === 0 ? 0 : gridHeight(L, gridOfFacts(L, b), minimum));

export function drawTable(L: Layout, b: TableBlock): void {
  if (b.rows.length === 0) {
    if (!b.empty) return;
    L.use(PARAGRAPH.muted);
    L.text(printable(b.empty), L.left, L.y, { width: L.width, lineGap: PARAGRAPH.muted.lineGap });
    L.y += PARAGRAPH.muted.after;
    return;
  }
  drawGrid(L, gridOfTable(L, b));
}

export function drawFacts(L: Layout, b: FactsBlock): void {
  if (b.rows.length === 0) return;
  drawGrid(L, gridOfFacts(L, b));
}
