import type { FontName } from './fonts';
import { printable } from './fonts';
import { COLORS, PAGE, TEXT_HEIGHT, TEXT_WIDTH, type TextStyle } from './styles';

/**
 * The page cursor every block renderer draws with: where we are, how much room is left, when to
 * start a new page, and what each page's running header says. pdfkit is used only through here
 * and the block renderers in this folder, so the report generator can use it unchanged.
 */

export interface TextOptions {
  width?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  lineGap?: number;
  characterSpacing?: number;
  continued?: boolean;
  lineBreak?: boolean;
  height?: number;
  ellipsis?: boolean | string;
}

export class Layout {
  /** The running header's section of each page (0-based page index). */
  readonly sections: string[] = [];
  /** Page (1-based) and position of every anchor set so far. */
  readonly anchors = new Map<string, { page: number; y: number }>();
  private section = '';
  private pages = 0;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    /** The document's structure root (tagged PDF): every block's text hangs under it. */
    readonly root: PDFKit.PDFStructureElement,
  ) {
    doc.on('pageAdded', () => {
      this.pages += 1;
      this.sections[this.pages - 1] = this.section;
    });
  }

  readonly left = PAGE.margins.left;
  readonly width = TEXT_WIDTH;
  readonly top = PAGE.margins.top;
  readonly bottom = PAGE.height - PAGE.margins.bottom;
  /** The height a block has on an empty page. */
  readonly fullHeight = TEXT_HEIGHT;

  /** The current page, 1-based. */
  get page(): number {
    return this.pages;
  }
  get y(): number {
    return this.doc.y;
  }
  set y(v: number) {
    this.doc.y = v;
  }
  remaining(): number {
    return this.bottom - this.doc.y;
  }
  atTop(): boolean {
    return this.doc.y <= this.top + 0.5;
  }
  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }
  /** Starts a new page unless `height` fits on this one (or this one is still empty). */
  ensure(height: number): void {
    if (height > this.remaining() && !this.atTop()) this.newPage();
  }
  /** Moves down by `space`, unless that would only push the next block over the page edge. */
  space(space: number): void {
    if (this.atTop()) return;
    this.doc.y = Math.min(this.doc.y + space, this.bottom);
  }

  /** Sets the running header from this point on; a section starting at the top of a page names that page. */
  setSection(name: string): void {
    this.section = name;
    if (this.atTop() || this.pages === 0) this.sections[Math.max(0, this.pages - 1)] = name;
  }
  anchor(name: string): void {
    this.anchors.set(name, { page: this.pages, y: this.doc.y });
    this.doc.addNamedDestination(name, 'XYZ', 0, this.doc.y, 0);
  }

  use(style: Pick<TextStyle, 'font' | 'size' | 'color'>): void {
    this.doc.font(style.font).fontSize(style.size).fillColor(style.color);
  }
  font(font: FontName, size: number, color: string = COLORS.ink): void {
    this.doc.font(font).fontSize(size).fillColor(color);
  }

  /**
   * Heights already measured, by font, size, width, line gap and spacing, then by text. A block's
   * height is asked for more than once (to keep a heading with what follows, to keep a group
   * together, then to place the block itself), and setting the lines is most of the work.
   */
  private readonly measured = new Map<string, Map<string, number>>();

  /** Height of `text` in the current font at `width`. */
  measure(text: string, opts: TextOptions & { width: number }): number {
    if (text === '') return 0;
    const o = { lineGap: opts.lineGap ?? 0, characterSpacing: opts.characterSpacing ?? 0, width: opts.width };
    // pdfkit's answer depends on the current font and size (the rest is in `o`); it has no public
    // getter for them. A text still being continued carries its options into the next: not cached.
    const state = this.doc as unknown as { _font?: { id: string }; _fontSize: number; _textOptions: unknown };
    if (!state._font || state._textOptions) return this.doc.heightOfString(text, o);
    const key = `${state._font.id} ${state._fontSize} ${o.width} ${o.lineGap} ${o.characterSpacing}`;
    let heights = this.measured.get(key);
    if (!heights) this.measured.set(key, (heights = new Map<string, number>()));
    let h = heights.get(text);
    if (h === undefined) heights.set(text, (h = this.doc.heightOfString(text, o)));
    return h;
  }
  /** One line of the current font, with `lineGap`. */
  lineHeight(lineGap = 0): number {
    return this.doc.currentLineHeight(true) + lineGap;
  }

  /** Draws text as a tagged element of type `tag` (P, H1, TD, Caption…). */
  text(text: string, x: number, y: number | undefined, opts: TextOptions, tag = 'P'): void {
    const o = { ...opts, structParent: this.root, structType: tag } as PDFKit.Mixins.TextOptions;
    if (y === undefined) this.doc.text(text, o);
    else this.doc.text(text, x, y, o);
  }

  /** Draws decoration (rules, frames, shapes) marked as an artifact, so readers skip it. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    this.doc.save();
    draw();
    this.doc.restore();
    this.doc.endMarkedContent();
  }

  rule(y: number, color: string = COLORS.rule, width = 0.6, x1 = this.left, x2 = this.left + this.width): void {
    this.artifact(() => this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke());
  }
}

/** A string as a style prints it. */
export function styled(text: string, style: { uppercase?: boolean }): string {
  const t = printable(text);
  return style.uppercase ? t.toLocaleUpperCase('en') : t;
}
