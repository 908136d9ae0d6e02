import type { HeadingBlock, Inline, ListBlock, ParagraphBlock, Run } from './blocks';
import { printable } from './fonts';
import { styled, type Layout } from './layout';
import { COLORS, HEADING, PARAGRAPH, runFont } from './styles';

/** Headings, paragraphs and lists: text that flows, with the page-break rules of each. */

function runsOf(text: Inline): Run[] {
  return typeof text === 'string' ? [{ text }] : text.filter((r) => r.text !== '');
}

function paragraphGeometry(L: Layout, b: ParagraphBlock) {
  const st = PARAGRAPH[b.style ?? 'body'];
  const indent = st.indent ?? 0;
  return { st, x: L.left + indent, width: L.width - 2 * indent };
}

export function paragraphHeight(L: Layout, b: ParagraphBlock, minimum = false): number {
  const { st, width } = paragraphGeometry(L, b);
  L.use(st);
  const text = styled(runsOf(b.text).map((r) => r.text).join(''), st);
  const full = L.measure(text, { width, lineGap: st.lineGap, characterSpacing: st.characterSpacing });
  // Two lines must stay together at the foot of a page (no orphaned first line).
  return minimum ? Math.min(full, 2 * L.lineHeight(st.lineGap)) : full + st.after;
}

/** Draws runs of text starting at (x, current y), flowing onto new pages as needed. */
function drawRuns(L: Layout, runs: ReturnType<typeof runsOf>, x: number, width: number, st: (typeof PARAGRAPH)['body'], align: ParagraphBlock['align'], tag: string): void {
  if (runs.length === 0) return;
  runs.forEach((r, i) => {
    L.doc.font(runFont(st.font, r.style));
    // A run without a link says so, or pdfkit would carry the previous run's link on.
    const opts = { width, lineGap: st.lineGap, align: align ?? 'left', characterSpacing: st.characterSpacing ?? 0, continued: i < runs.length - 1, link: r.link ?? null, underline: !!r.link };
    if (i === 0) L.text(styled(r.text, st), x, L.y, opts, tag);
    else L.doc.text(styled(r.text, st), opts);
  });
  L.doc.x = L.left;
}

export function drawParagraph(L: Layout, b: ParagraphBlock): void {
  const { st, x, width } = paragraphGeometry(L, b);
  const runs = runsOf(b.text);
  if (runs.length === 0) return;
  L.use(st);
  // The least height is at most two lines: with room for two left, it could not move the
  // paragraph to a new page, so it is only measured near the foot of a page.
  if (L.remaining() < 2 * L.lineHeight(st.lineGap)) L.ensure(paragraphHeight(L, b, true));
  if (b.style === 'quote') {
    const start = L.y;
    drawRuns(L, runs, x, width, st, b.align, 'BlockQuote');
    // A quiet bar beside the quotation, on the page where it starts.
    const end = L.y;
    if (end > start) L.artifact(() => L.doc.moveTo(L.left + 8, start + 2).lineTo(L.left + 8, end - 2).lineWidth(1.4).strokeColor(COLORS.rule).stroke());
  } else {
    drawRuns(L, runs, x, width, st, b.align, 'P');
  }
  L.y += st.after;
}

export function headingHeight(L: Layout, b: HeadingBlock): number {
  const st = HEADING[b.level];
  L.use(st);
  return st.before + L.measure(styled(b.text, st), { width: L.width, lineGap: st.lineGap, characterSpacing: st.characterSpacing }) + st.after;
}

export interface OutlineState {
  /** The open outline item at each level (index 0 = level 1). */
  items: PDFKit.PDFOutline[];
}

/**
 * A heading is kept with what follows it: `following` is the least height of the next block(s),
 * and the heading moves to a new page when the two do not fit together on this one.
 */
export function drawHeading(L: Layout, b: HeadingBlock, following: number, anchor: string, outline: OutlineState): void {
  const st = HEADING[b.level];
  const inToc = b.toc ?? b.level <= 2;
  if (b.newPage && !L.atTop()) L.newPage();
  L.ensure(headingHeight(L, b) + following);
  L.space(st.before);
  if (b.runningHead !== undefined) L.setSection(printable(b.runningHead));
  else if (b.level === 1) L.setSection(printable(b.text));
  L.anchor(anchor);
  if (inToc) {
    const parent = b.level === 1 ? L.doc.outline : (outline.items[b.level - 2] ?? L.doc.outline);
    const item = parent.addItem(printable(b.text), { top: L.y, left: L.doc.page.width } as never);
    outline.items[b.level - 1] = item;
    outline.items.length = b.level;
  }
  L.use(st);
  L.text(styled(b.text, st), L.left, L.y, { width: L.width, lineGap: st.lineGap, characterSpacing: st.characterSpacing ?? 0 }, `H${b.level}`);
  L.doc.x = L.left;
  if (b.level === 1) L.rule(L.y + 3, COLORS.rule, 0.6);
  L.y += st.after;
}

/** Each nesting level of a list is indented by this much. */
const LIST_INDENT = 18;
const listIndent = (b: ListBlock) => Math.min(b.level ?? 0, 6) * LIST_INDENT;

export function listHeight(L: Layout, b: ListBlock, minimum = false): number {
  const st = PARAGRAPH.body;
  L.use(st);
  const width = L.width - listIndent(b) - 18;
  const heights = b.items.map((item) => L.measure(printable(runsOf(item).map((r) => r.text).join('')), { width, lineGap: st.lineGap }) + 3);
  if (minimum) return heights[0] ?? 0;
  return heights.reduce((a, h) => a + h, 0) + (b.level ? 2 : st.after);
}

export function drawList(L: Layout, b: ListBlock): void {
  const st = PARAGRAPH.body;
  const x = L.left + listIndent(b);
  const width = L.width - listIndent(b) - 18;
  const start = b.start ?? 1;
  const labelWidth = 14 + (String(start + b.items.length - 1).length > 2 ? 6 : 0);
  b.items.forEach((item, i) => {
    L.use(st);
    const runs = runsOf(item);
    const first = L.measure(printable(runs.map((r) => r.text).join('')), { width, lineGap: st.lineGap });
    L.ensure(Math.min(first, 2 * L.lineHeight(st.lineGap)));
    const y = L.y;
    const lineH = L.lineHeight(0);
    if (b.numbered) {
      L.font('serif', st.size, COLORS.muted);
      L.text(`${start + i}.`, x + 14 - labelWidth, y, { width: labelWidth, align: 'right', lineBreak: false }, 'Lbl');
    } else if ((b.level ?? 0) % 2 === 1) {
      // A nested list's bullet is an open circle, so the levels can be told apart.
      L.artifact(() => L.doc.circle(x + 5, y + lineH * 0.55, 1.6).lineWidth(0.6).strokeColor(COLORS.muted).stroke());
    } else {
      L.artifact(() => L.doc.circle(x + 5, y + lineH * 0.55, 1.6).fillColor(COLORS.muted).fill());
    }
    L.use(st);
    L.y = y;
    drawRuns(L, runs, x + 18, width, st, 'left', 'LI');
    L.y += 3;
  });
  // A nested list sits close to the items around it.
  L.y += b.level ? 2 : st.after;
}
