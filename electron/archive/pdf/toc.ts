import type { Block, HeadingBlock, IndexBlock, TocBlock } from './blocks';
import { printable } from './fonts';
import { styled, type Layout } from './layout';
import { COLORS, HEADING, PARAGRAPH } from './styles';

/**
 * The table of contents and the index. The contents list is set where it stands, from the
 * headings known in advance, with its page-number column left empty; the numbers are filled in
 * once every heading has been placed (the pages are buffered), so they are always the pages the
 * headings really landed on and the contents' own length never depends on them. The outline
 * (bookmarks) is added as each heading is placed. An index is set after the anchors it points to.
 */

export interface TocEntry {
  level: 1 | 2 | 3;
  text: string;
  anchor: string;
}
interface Slot {
  anchor: string;
  page: number;
  y: number;
}

const NUMBER_WIDTH = 36;
const INDENT = 16;

/** The headings listed in the contents, in order, with their anchors (made up where missing). */
export function collectHeadings(blocks: readonly Block[]): { entries: TocEntry[]; anchorOf: Map<HeadingBlock, string> } {
  const entries: TocEntry[] = [];
  const anchorOf = new Map<HeadingBlock, string>();
  let n = 0;
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.kind === 'together') walk(b.blocks);
      if (b.kind !== 'heading') continue;
      n += 1;
      const anchor = b.anchor ?? `section-${n}`;
      anchorOf.set(b, anchor);
      if (b.toc ?? b.level <= 2) entries.push({ level: b.level, text: b.text, anchor });
    }
  };
  walk(blocks);
  return { entries, anchorOf };
}

export class Contents {
  private slots: Slot[] = [];
  constructor(private readonly entries: TocEntry[]) {}

  draw(L: Layout, b: TocBlock): void {
    const h1 = HEADING[1];
    L.use(h1);
    L.ensure(L.lineHeight() * 3);
    L.text(printable(b.title ?? 'Contents'), L.left, L.y, { width: L.width, lineGap: h1.lineGap }, 'H1');
    L.rule(L.y + 3);
    L.y += h1.after + 6;
    for (const e of this.entries) {
      const indent = (e.level - 1) * INDENT;
      const st = e.level === 1 ? { ...PARAGRAPH.body, size: 10.5 } : { ...PARAGRAPH.body, size: 9.5, color: COLORS.muted };
      const width = L.width - indent - NUMBER_WIDTH - 8;
      const text = printable(e.text);
      L.use(st);
      const h = L.measure(text, { width, lineGap: 2 });
      const gap = e.level === 1 ? 5 : 2.5;
      L.ensure(h + gap);
      const top = L.y;
      L.text(text, L.left + indent, top, { width, lineGap: 2 }, 'TOCI');
      const lineH = L.lineHeight(2);
      const lastLineY = top + h - lineH;
      const oneLine = L.doc.widthOfString(text) <= width;
      if (oneLine) {
        const from = L.left + indent + L.doc.widthOfString(text) + 6;
        const to = L.left + L.width - NUMBER_WIDTH;
        if (to > from) L.artifact(() => L.doc.moveTo(from, lastLineY + lineH * 0.72).lineTo(to, lastLineY + lineH * 0.72).lineWidth(0.7).dash(0.7, { space: 2.6 }).strokeColor(COLORS.faint).stroke());
      }
      L.doc.goTo(L.left + indent, top, L.width - indent, h, e.anchor);
      this.slots.push({ anchor: e.anchor, page: L.page, y: lastLineY });
      L.doc.x = L.left;
      L.y = top + h + gap;
    }
    L.y += 10;
  }

  /** Writes each entry's page number, now that every heading has its page. */
  fill(L: Layout): void {
    const start = L.doc.bufferedPageRange().start;
    for (const s of this.slots) {
      const at = L.anchors.get(s.anchor);
      if (!at) throw new Error(`The contents list a heading that was never set (${s.anchor}).`);
      L.doc.switchToPage(start + s.page - 1);
      L.font('serif', 10, COLORS.ink);
      const n = String(at.page);
      const x = L.left + L.width - L.doc.widthOfString(n);
      L.doc.markContent('Span');
      L.doc.text(n, x, s.y, { lineBreak: false });
      L.doc.endMarkedContent();
    }
  }
}

export function indexHeight(L: Layout, b: IndexBlock): number {
  L.use(PARAGRAPH.body);
  return b.entries.length ? L.lineHeight() * 2.5 : 0;
}

export function drawIndex(L: Layout, b: IndexBlock): void {
  for (const e of b.entries) {
    const refs = e.refs.map((r) => {
      const at = L.anchors.get(r.anchor);
      if (!at) throw new Error(`The index refers to "${r.anchor}", which is not set before the index.`);
      return `${printable(r.label)}, page ${at.page}`;
    });
    const refText = refs.join('  ·  ');
    L.use(PARAGRAPH.small);
    const refH = L.measure(refText, { width: L.width - INDENT, lineGap: 2 });
    L.font('serif-bold', 10);
    const termH = L.measure(styled(e.term, {}), { width: L.width, lineGap: 1 });
    L.ensure(termH + Math.min(refH, 2 * L.lineHeight(2)) + 2);
    L.text(styled(e.term, {}), L.left, L.y, { width: L.width, lineGap: 1 }, 'P');
    L.use(PARAGRAPH.small);
    L.text(refText, L.left + INDENT, L.y + 1, { width: L.width - INDENT, lineGap: 2 }, 'P');
    L.doc.x = L.left;
    L.y += 7;
  }
}
