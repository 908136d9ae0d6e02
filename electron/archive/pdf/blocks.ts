/**
 * What a Tessera PDF is made of: a list of blocks, described as data. The marker sheets, the
 * register and the final report build these lists; layout.ts sets them on pages. Because the
 * document is data before it is drawn, every string can be checked for glyphs and every image
 * opened before a byte is written, and the table of contents and the index know their entries.
 *
 * `source` says where a block's text comes from ("Marker M-003, inscription"); it names the
 * record and field in any error about that text.
 */

export type RunStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export interface Run {
  text: string;
  style?: RunStyle;
  /** A web or mail address the run links to (the report's Markdown links). */
  link?: string;
}
/** Plain text, or runs of differently styled text in one paragraph. */
export type Inline = string | Run[];

export type ParagraphStyle = 'body' | 'lead' | 'small' | 'muted' | 'caption' | 'note' | 'quote' | 'citation' | 'coverTitle' | 'coverSubtitle' | 'coverLine' | 'label';

interface Base {
  source?: string;
}

export interface HeadingBlock extends Base {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /** Listed in the table of contents and the PDF outline (default: levels 1 and 2). */
  toc?: boolean;
  /** A name the index and the table of contents refer to; one is made up when not given. */
  anchor?: string;
  /** Sets the running header from this page on (default: level 1 headings set it to their text). */
  runningHead?: string;
  /** Start on a new page. */
  newPage?: boolean;
}

export interface ParagraphBlock extends Base {
  kind: 'paragraph';
  text: Inline;
  style?: ParagraphStyle;
  align?: 'left' | 'center' | 'right' | 'justify';
}

export interface ListBlock extends Base {
  kind: 'list';
  items: Inline[];
  numbered?: boolean;
  /** The first item's number (default 1), for a numbered list that goes on after a nested one. */
  start?: number;
  /** How deep the list is nested (0, the default, is flush with the text); each level is indented. */
  level?: number;
}

/** Label and value pairs, set as a two-column table without a header. */
export interface FactsBlock extends Base {
  kind: 'facts';
  rows: [label: string, value: string][];
}

export interface TableColumn {
  header: string;
  /** A share of the text width; the shares are normalised. */
  width: number;
  align?: 'left' | 'right' | 'center';
}
/** A table whose header row is repeated on every page it runs on. */
export interface TableBlock extends Base {
  kind: 'table';
  columns: TableColumn[];
  rows: string[][];
  /** Shown when there are no rows. */
  empty?: string;
}

export interface ImageBlock extends Base {
  kind: 'image';
  /** A file path. */
  file: string;
  /** For messages about the file ("photo 2, door.jpg"). */
  label: string;
  caption?: string;
  credit?: string;
  /** Upper bound of the picture's height in points (default: half the text height). */
  maxHeight?: number;
  /** Alternative text for readers that cannot see it (default: the caption). */
  alt?: string;
}

/**
 * Text set in a frame that is never split across pages: the inscription proof. If it does not fit
 * on the rest of the page it starts a new one; if it does not fit on a whole page its type is made
 * smaller step by step down to `minSize`, and past that the document is refused.
 */
export interface ProofBlock extends Base {
  kind: 'proof';
  text: string;
  /** A line above the frame (e.g. which version was approved, by whom, when). */
  label?: string;
  /** A line inside the frame, under the text (e.g. "Draft — not for fabrication"). */
  stamp?: string;
  size: number;
  /** The smallest size it may be set in to stay on the current page before a new page is started. */
  keepOnPageDownTo?: number;
  minSize?: number;
  align?: 'left' | 'center';
}

/** Shapes in the drawing's own coordinates (points, origin top left). */
export type Shape =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width?: number; color?: string; dash?: number }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; width?: number }
  | { kind: 'circle'; x: number; y: number; r: number; fill?: string; stroke?: string; width?: number }
  | { kind: 'polygon'; points: [number, number][]; fill?: string; stroke?: string; width?: number }
  | { kind: 'text'; x: number; y: number; text: string; size?: number; bold?: boolean; color?: string; align?: 'left' | 'center' | 'right' };

/** A small vector drawing (the marker locator, the report's charts), kept on one page. */
export interface DrawingBlock extends Base {
  kind: 'drawing';
  width: number;
  height: number;
  shapes: Shape[];
  /** What it shows, for readers that cannot see it. */
  alt: string;
  caption?: string;
}

/** Blocks set on one page together, or (if that cannot be) starting at the top of the next. */
export interface TogetherBlock extends Base {
  kind: 'together';
  blocks: Block[];
}

export interface RuleBlock {
  kind: 'rule';
  /** Space above and below, in points. */
  space?: number;
}
export interface SpaceBlock {
  kind: 'space';
  height: number;
}
export interface PageBreakBlock {
  kind: 'pageBreak';
}

/** The table of contents: every heading with `toc`, with its page number and a link. */
export interface TocBlock {
  kind: 'toc';
  title?: string;
}

/** An index (e.g. by place): terms with the pages of the anchors they point to. Set after its anchors. */
export interface IndexBlock extends Base {
  kind: 'index';
  entries: { term: string; refs: { label: string; anchor: string }[] }[];
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | FactsBlock
  | TableBlock
  | ImageBlock
  | ProofBlock
  | DrawingBlock
  | TogetherBlock
  | RuleBlock
  | SpaceBlock
  | PageBreakBlock
  | TocBlock
  | IndexBlock;

/** The whole document: its metadata, its page furniture and its blocks. */
export interface PdfDocumentSpec {
  meta: {
    title: string;
    author: string;
    subject: string;
    keywords: string[];
    /** BCP 47 language of the text (default "en"). */
    lang?: string;
    created: Date;
  };
  furniture: {
    /** The running header's left side: the document's short title. */
    header: string;
    /** The footer's left side: the edition ("Public edition"). */
    edition: string;
    /** The footer's middle ("Generated 3 May 2026"). */
    generated: string;
    /** A band printed at the top of every page, e.g. "CONFIDENTIAL". */
    band?: string;
    /** The first pages (a cover) carry no header, footer or band apart from the band. */
    coverPages?: number;
    /** Pages from which the running header is printed (1-based; default 1). */
    headerFrom?: number;
  };
  blocks: Block[];
}

/** Every string a block will print, with the fonts it is set in. */
export function inlineText(text: Inline): string {
  return typeof text === 'string' ? text : text.map((r) => r.text).join('');
}
