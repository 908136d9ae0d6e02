import type { DrawingBlock, Shape } from '../../pdf/blocks';
import { COLORS, TEXT_WIDTH } from '../../pdf/styles';
import type { Count } from '../resolved';

/**
 * The statistics chapter's charts: one horizontal bar chart per dimension, drawn as vectors (a
 * drawing block), so that it prints sharp at any size and its labels are real text. Bars run
 * left to right from a shared zero; the count is written at the end of each bar, so no reader has
 * to estimate a length against the scale.
 */

/** At most this many bars; the rest are named in the caption and all are in the table beside it. */
export const CHART_MAX_BARS = 30;

const LABEL_WIDTH = 150;
const ROW = 15;
const BAR = 9;
const LABEL_SIZE = 7.5;
const AXIS_ROOM = 16;
/** The end of the longest bar leaves room for its count. */
const COUNT_ROOM = 34;
/** About how many characters of 7.5-point Noto Sans fit the label column. */
const LABEL_CHARS = 38;

function shorten(label: string): string {
  const chars = [...label];
  return chars.length <= LABEL_CHARS ? label : `${chars.slice(0, LABEL_CHARS - 1).join('').trimEnd()}…`;
}

/** A round step (1, 2 or 5 times a power of ten) that divides 0…max into at most five parts. */
export function tickStep(max: number): number {
  if (max <= 5) return 1;
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  return step ?? 10 * power;
}

/** The words the alt text and caption use: "Land 12, Police violence 8, …". */
function listed(counts: readonly Count[], n: number): string {
  const shown = counts.slice(0, n).map((c) => `${c.label} ${c.count.toLocaleString('en')}`);
  return counts.length > n ? `${shown.join(', ')} and ${(counts.length - n).toLocaleString('en')} more` : shown.join(', ');
}

/**
 * A bar chart of `counts` in their order, titled by `what` ("Testimonies by theme"), or null when
 * there is nothing to draw. Only the first CHART_MAX_BARS bars are drawn (the caller orders the
 * counts: largest first, or by year).
 */
export function barChart(what: string, counts: readonly Count[]): DrawingBlock | null {
  if (counts.length === 0) return null;
  const bars = counts.slice(0, CHART_MAX_BARS);
  const max = Math.max(1, ...bars.map((c) => c.count));
  const step = tickStep(max);
  const top = Math.ceil(max / step) * step;
  const x0 = LABEL_WIDTH + 8;
  const plot = TEXT_WIDTH - x0 - COUNT_ROOM;
  const scale = (n: number) => (n / top) * plot;
  const height = bars.length * ROW + AXIS_ROOM + 4;
  const axisY = bars.length * ROW + 2;
  const shapes: Shape[] = [];

  for (let t = 0; t <= top; t += step) {
    const x = x0 + scale(t);
    shapes.push({ kind: 'line', x1: x, y1: 0, x2: x, y2: axisY, width: 0.4, color: t === 0 ? COLORS.frame : COLORS.rule, ...(t === 0 ? {} : { dash: 1.5 }) });
    shapes.push({ kind: 'text', x, y: axisY + 4, text: t.toLocaleString('en'), size: 6.5, color: COLORS.muted, align: 'center' });
  }
  bars.forEach((c, i) => {
    const y = i * ROW;
    const w = Math.max(scale(c.count), c.count > 0 ? 1 : 0);
    shapes.push({ kind: 'text', x: LABEL_WIDTH, y: y + (ROW - LABEL_SIZE) / 2 - 1.5, text: shorten(c.label), size: LABEL_SIZE, color: COLORS.ink, align: 'right' });
    if (w > 0) shapes.push({ kind: 'rect', x: x0, y: y + (ROW - BAR) / 2, w, h: BAR, fill: COLORS.accent });
    shapes.push({ kind: 'text', x: x0 + w + 4, y: y + (ROW - LABEL_SIZE) / 2 - 1.5, text: c.count.toLocaleString('en'), size: LABEL_SIZE, color: COLORS.muted });
  });

  const omitted = counts.length - bars.length;
  const caption = omitted > 0 ? `${what}: the ${bars.length} shown of ${counts.length}; the table lists every one.` : `${what}.`;
  return {
    kind: 'drawing',
    width: TEXT_WIDTH,
    height,
    shapes,
    alt: `Bar chart of ${what.charAt(0).toLowerCase()}${what.slice(1)}: ${listed(counts, 12)}.`,
    caption,
  };
}
