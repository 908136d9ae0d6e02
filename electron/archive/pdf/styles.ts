import type { FontName } from './fonts';
import type { ParagraphStyle, RunStyle } from './blocks';

/**
 * The typography of every Tessera PDF, in one place: a calm serif for reading, a sans for labels,
 * tables and page furniture; A4 with generous margins.
 */

export const PAGE = {
  size: 'A4' as const,
  width: 595.28,
  height: 841.89,
  margins: { top: 78, bottom: 74, left: 72, right: 72 },
};
export const TEXT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;
export const TEXT_HEIGHT = PAGE.height - PAGE.margins.top - PAGE.margins.bottom;

export const COLORS = {
  ink: '#1f1d1a',
  muted: '#66605a',
  faint: '#8f877c',
  rule: '#c9c1b4',
  frame: '#3c3a36',
  tint: '#f4f1ea',
  accent: '#24475e',
  band: '#9b1c1c',
};

export interface TextStyle {
  font: FontName;
  size: number;
  lineGap: number;
  color: string;
  /** Space after the block. */
  after: number;
  characterSpacing?: number;
  uppercase?: boolean;
  indent?: number;
}

export const PARAGRAPH: Record<ParagraphStyle, TextStyle> = {
  body: { font: 'serif', size: 10.5, lineGap: 3.2, color: COLORS.ink, after: 8 },
  lead: { font: 'serif', size: 12, lineGap: 3.5, color: COLORS.ink, after: 10 },
  small: { font: 'serif', size: 9, lineGap: 2.5, color: COLORS.ink, after: 6 },
  muted: { font: 'serif-italic', size: 9.5, lineGap: 2.5, color: COLORS.muted, after: 6 },
  caption: { font: 'serif-italic', size: 9, lineGap: 2, color: COLORS.ink, after: 2 },
  note: { font: 'sans', size: 8, lineGap: 2, color: COLORS.muted, after: 6 },
  quote: { font: 'serif-italic', size: 10.5, lineGap: 3.2, color: COLORS.ink, after: 8, indent: 24 },
  /** The source line under a block quote ("— T-0007, …"), indented like the quote. */
  citation: { font: 'sans', size: 8.2, lineGap: 2, color: COLORS.muted, after: 12, indent: 24 },
  coverTitle: { font: 'serif-bold', size: 30, lineGap: 4, color: COLORS.ink, after: 14 },
  coverSubtitle: { font: 'serif-italic', size: 15, lineGap: 4, color: COLORS.muted, after: 10 },
  coverLine: { font: 'sans', size: 10, lineGap: 3, color: COLORS.muted, after: 4 },
  label: { font: 'sans-bold', size: 7.5, lineGap: 1.5, color: COLORS.muted, after: 4, characterSpacing: 0.2, uppercase: true },
};

export const HEADING: Record<1 | 2 | 3, TextStyle & { before: number }> = {
  1: { font: 'serif-bold', size: 19, lineGap: 3, color: COLORS.ink, before: 10, after: 10 },
  2: { font: 'serif-bold', size: 13.5, lineGap: 2.5, color: COLORS.ink, before: 14, after: 6 },
  3: { font: 'sans-bold', size: 7.8, lineGap: 1.5, color: COLORS.accent, before: 12, after: 5, characterSpacing: 0.2, uppercase: true },
};

export const TABLE = {
  header: { font: 'sans-bold' as FontName, size: 7.8, color: COLORS.muted, characterSpacing: 0.15 },
  cell: { font: 'serif' as FontName, size: 9.5, lineGap: 2, color: COLORS.ink },
  label: { font: 'sans' as FontName, size: 8.2, lineGap: 2, color: COLORS.muted },
  padX: 5,
  padY: 4,
  after: 10,
};

export const FURNITURE = { font: 'sans' as FontName, bold: 'sans-bold' as FontName, size: 7.5, color: COLORS.faint };

/** The font of a run in a paragraph set in `base`. */
export function runFont(base: FontName, style: RunStyle | undefined): FontName {
  if (!style || style === 'regular') return base;
  const sans = base.startsWith('sans');
  if (sans) return style === 'bold' || style === 'boldItalic' ? 'sans-bold' : 'sans';
  return ({ bold: 'serif-bold', italic: 'serif-italic', boldItalic: 'serif-bold-italic' } as const)[style];
}
