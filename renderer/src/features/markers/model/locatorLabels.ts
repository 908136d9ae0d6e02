import type { LocatorPoint } from '../../../../../shared/model/locator';

/** Where a point's label is drawn: its anchor and text, or null when there is no room for it. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A long place name cut to `max` characters with an ellipsis (the full name is read out elsewhere). */
export function shortLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Labels for the locator's points without overlaps: the marker's label first, then each place's,
 * tried to the right, left, above and below of its dot; a label that fits nowhere is left out
 * (the dot stays, and the caption names every place). Text width is estimated from `charWidth`.
 */
export function placeLabels(
  points: readonly LocatorPoint[],
  frame: { width: number; height: number },
  options: { charWidth?: number; lineHeight?: number; maxChars?: number; reserved?: Box[] } = {},
): (PlacedLabel | null)[] {
  const cw = options.charWidth ?? 6;
  const lh = options.lineHeight ?? 12;
  const max = options.maxChars ?? 24;
  const dots: Box[] = points.map((p) => ({ x0: p.x - 5, y0: p.y - 5, x1: p.x + 5, y1: p.y + 5 }));
  const taken: Box[] = [...(options.reserved ?? [])];
  const order = points.map((p, i) => i).sort((a, b) => Number(points[b]!.kind === 'marker') - Number(points[a]!.kind === 'marker'));
  const out: (PlacedLabel | null)[] = points.map(() => null);
  for (const i of order) {
    const p = points[i]!;
    const text = shortLabel(p.label, max);
    const w = text.length * cw;
    const candidates: PlacedLabel[] = [
      { x: p.x + 9, y: p.y + 4, anchor: 'start', text },
      { x: p.x - 9, y: p.y + 4, anchor: 'end', text },
      { x: p.x + 6, y: p.y - 9, anchor: 'start', text },
      { x: p.x + 6, y: p.y + 16, anchor: 'start', text },
      { x: p.x - 6, y: p.y - 9, anchor: 'end', text },
      { x: p.x - 6, y: p.y + 16, anchor: 'end', text },
    ];
    for (const c of candidates) {
      const box: Box = c.anchor === 'start' ? { x0: c.x, y0: c.y - lh + 2, x1: c.x + w, y1: c.y + 2 } : { x0: c.x - w, y0: c.y - lh + 2, x1: c.x, y1: c.y + 2 };
      const inside = box.x0 >= 2 && box.y0 >= 2 && box.x1 <= frame.width - 2 && box.y1 <= frame.height - 2;
      const clear = inside && !taken.some((t) => overlaps(t, box)) && !dots.some((d, j) => j !== i && overlaps(d, box));
      if (clear) {
        out[i] = c;
        taken.push(box);
        break;
      }
    }
  }
  return out;
}
