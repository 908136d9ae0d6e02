import type { DrawingBlock, ImageBlock, ProofBlock, Shape } from './blocks';
import { printable } from './fonts';
import { styled, type Layout } from './layout';
import { COLORS, PARAGRAPH } from './styles';

/** Pictures, drawings and the framed proof: blocks that are always kept whole on one page. */

interface OpenedImage {
  width: number;
  height: number;
}
export function openImage(doc: PDFKit.PDFDocument, file: string): OpenedImage {
  return (doc as unknown as { openImage(src: string): OpenedImage }).openImage(file);
}

const CAPTION_GAP = 5;

function imageBox(L: Layout, b: ImageBlock): { w: number; h: number } {
  const img = openImage(L.doc, b.file);
  const maxH = Math.min(b.maxHeight ?? L.fullHeight * 0.45, L.fullHeight - 60);
  const scale = Math.min(L.width / img.width, maxH / img.height);
  return { w: img.width * scale, h: img.height * scale };
}

function captionHeights(L: Layout, b: ImageBlock): { caption: number; credit: number } {
  L.use(PARAGRAPH.caption);
  const caption = b.caption ? L.measure(printable(b.caption), { width: L.width, lineGap: PARAGRAPH.caption.lineGap }) : 0;
  L.use(PARAGRAPH.note);
  const credit = b.credit ? L.measure(creditLine(b.credit), { width: L.width, lineGap: PARAGRAPH.note.lineGap }) : 0;
  return { caption, credit };
}
/** "Photo: Leonard Bishop"; a credit that already says what it is ("Photograph: …") is kept as written. */
const creditLine = (credit: string) => (/^(photo|image|picture)/i.test(credit.trim()) ? printable(credit) : `Photo: ${printable(credit)}`);

export function imageHeight(L: Layout, b: ImageBlock): number {
  const { h } = imageBox(L, b);
  const c = captionHeights(L, b);
  return h + (c.caption || c.credit ? CAPTION_GAP : 0) + c.caption + c.credit + 14;
}

export function drawImage(L: Layout, b: ImageBlock): void {
  const height = imageHeight(L, b);
  L.ensure(height);
  const { w, h } = imageBox(L, b);
  const x = L.left;
  const y = L.y;
  const figure = L.doc.struct('Figure', { alt: printable(b.alt ?? b.caption ?? b.label) }, () => {
    L.doc.image(b.file, x, y, { width: w, height: h });
  });
  L.root.add(figure);
  figure.end();
  L.artifact(() => L.doc.rect(x, y, w, h).lineWidth(0.5).strokeColor(COLORS.rule).stroke());
  L.y = y + h + CAPTION_GAP;
  if (b.caption) {
    L.use(PARAGRAPH.caption);
    L.text(printable(b.caption), L.left, L.y, { width: L.width, lineGap: PARAGRAPH.caption.lineGap }, 'Caption');
  }
  if (b.credit) {
    L.use(PARAGRAPH.note);
    L.text(creditLine(b.credit), L.left, L.y, { width: L.width, lineGap: PARAGRAPH.note.lineGap }, 'Caption');
  }
  L.doc.x = L.left;
  L.y = y + height;
}

/* The proof: the inscription in a frame, never split. */

const PROOF_PAD = 22;
const LABEL = { ...PARAGRAPH.note, font: 'sans' as const, size: 8, color: COLORS.muted, characterSpacing: 0 };

function proofHeight(L: Layout, b: ProofBlock, size: number): number {
  const width = L.width - 2 * PROOF_PAD;
  L.font('serif', size);
  const text = L.measure(printable(b.text), { width, lineGap: size * 0.35 });
  L.use(LABEL);
  const label = b.label ? L.measure(styled(b.label, LABEL), { width: L.width, lineGap: LABEL.lineGap, characterSpacing: LABEL.characterSpacing }) + 6 : 0;
  L.use(PARAGRAPH.note);
  const stamp = b.stamp ? L.measure(printable(b.stamp), { width, lineGap: 1 }) + 10 : 0;
  return label + 2 * PROOF_PAD + text + stamp + 14;
}

/** The largest size (from `size` down to `min` in half points) at which the proof fits `room`, or null. */
function sizeThatFits(L: Layout, b: ProofBlock, room: number, min = b.minSize ?? Math.min(8, b.size)): number | null {
  for (let s = b.size; s >= min - 1e-9; s -= 0.5) if (proofHeight(L, b, s) <= room) return s;
  return null;
}

/** The least room the proof needs where it starts: its height in the smallest type it may keep on a page. */
export function proofMinHeight(L: Layout, b: ProofBlock): number {
  const onFullPage = sizeThatFits(L, b, L.fullHeight) ?? b.minSize ?? 8;
  return proofHeight(L, b, Math.min(onFullPage, b.keepOnPageDownTo ?? b.size));
}

export function drawProof(L: Layout, b: ProofBlock): void {
  let size = sizeThatFits(L, b, L.remaining(), b.keepOnPageDownTo ?? b.size) ?? b.size;
  if (proofHeight(L, b, size) > L.remaining()) {
    const onPage = sizeThatFits(L, b, L.fullHeight);
    if (onPage === null) {
      const where = b.source ?? 'The framed text';
      throw new Error(`${where} is too long to set on one page, even in ${b.minSize ?? 8}-point type. Shorten it or split it into parts; a proof is never split across pages.`);
    }
    size = onPage;
    if (!L.atTop()) L.newPage();
  }
  const width = L.width - 2 * PROOF_PAD;
  if (b.label) {
    L.use(LABEL);
    L.text(styled(b.label, LABEL), L.left, L.y, { width: L.width, lineGap: LABEL.lineGap, characterSpacing: LABEL.characterSpacing }, 'Caption');
    L.y += 6;
  }
  const top = L.y;
  L.font('serif', size);
  const textH = L.measure(printable(b.text), { width, lineGap: size * 0.35 });
  L.use(PARAGRAPH.note);
  const stampH = b.stamp ? L.measure(printable(b.stamp), { width, lineGap: 1 }) + 10 : 0;
  const frameH = 2 * PROOF_PAD + textH + stampH;
  L.artifact(() => {
    L.doc.rect(L.left, top, L.width, frameH).fillColor(COLORS.tint).fill();
    L.doc.rect(L.left, top, L.width, frameH).lineWidth(1.2).strokeColor(COLORS.frame).stroke();
    L.doc.rect(L.left + 4, top + 4, L.width - 8, frameH - 8).lineWidth(0.4).strokeColor(COLORS.frame).stroke();
  });
  L.font('serif', size);
  L.text(printable(b.text), L.left + PROOF_PAD, top + PROOF_PAD, { width, lineGap: size * 0.35, align: b.align ?? 'center' }, 'BlockQuote');
  if (b.stamp) {
    L.use(PARAGRAPH.note);
    L.doc.fillColor(COLORS.band);
    L.text(printable(b.stamp), L.left + PROOF_PAD, top + PROOF_PAD + textH + 10, { width, lineGap: 1, align: 'center' }, 'P');
  }
  L.doc.x = L.left;
  L.y = top + frameH + 14;
}

/* Drawings: a few shapes in their own coordinates. */

function drawShape(L: Layout, s: Shape, ox: number, oy: number): void {
  const d = L.doc;
  if (s.kind === 'line') {
    d.moveTo(ox + s.x1, oy + s.y1).lineTo(ox + s.x2, oy + s.y2).lineWidth(s.width ?? 0.6).strokeColor(s.color ?? COLORS.ink);
    if (s.dash) d.dash(s.dash, { space: s.dash });
    d.stroke();
    d.undash();
  } else if (s.kind === 'rect' || s.kind === 'circle' || s.kind === 'polygon') {
    const path = () => (s.kind === 'rect' ? d.rect(ox + s.x, oy + s.y, s.w, s.h) : s.kind === 'circle' ? d.circle(ox + s.x, oy + s.y, s.r) : d.polygon(...s.points.map(([x, y]) => [ox + x, oy + y] as [number, number])));
    if (s.fill) path().fillColor(s.fill).fill();
    if (s.stroke) path().lineWidth(s.width ?? 0.6).strokeColor(s.stroke).stroke();
  } else {
    const text = printable(s.text);
    d.font(s.bold ? 'sans-bold' : 'sans').fontSize(s.size ?? 7).fillColor(s.color ?? COLORS.ink);
    const w = d.widthOfString(text);
    const x = s.align === 'center' ? s.x - w / 2 : s.align === 'right' ? s.x - w : s.x;
    d.text(text, ox + x, oy + s.y, { lineBreak: false });
  }
}

export function drawingHeight(L: Layout, b: DrawingBlock): number {
  L.use(PARAGRAPH.caption);
  return b.height + (b.caption ? 4 + L.measure(printable(b.caption), { width: L.width, lineGap: 2 }) : 0) + 12;
}

export function drawDrawing(L: Layout, b: DrawingBlock): void {
  L.ensure(drawingHeight(L, b));
  const ox = L.left;
  const oy = L.y;
  const figure = L.doc.struct('Figure', { alt: printable(b.alt) }, () => {
    L.doc.save();
    for (const s of b.shapes) drawShape(L, s, ox, oy);
    L.doc.restore();
  });
  L.root.add(figure);
  figure.end();
  L.y = oy + b.height + 4;
  if (b.caption) {
    L.use(PARAGRAPH.caption);
    L.text(printable(b.caption), L.left, L.y, { width: L.width, lineGap: 2 }, 'Caption');
  }
  L.doc.x = L.left;
  L.y = oy + drawingHeight(L, b);
}
