import { distanceKm, formatCoordinates, locatorLayout, type LocatorPlace } from '../../../../shared/model/locator';
import type { DrawingBlock, Shape } from '../../pdf/blocks';
import { COLORS } from '../../pdf/styles';

/**
 * The locator on a record sheet: where the marker stands among the archive's own places, drawn
 * with vectors from the shared layout (shared/model/locator.ts, also behind the marker page's
 * SVG). No map tiles and no network: a quiet frame, the places as small dots, the marker as a
 * ringed point, a north arrow and a scale bar.
 */
export function locatorDrawing(marker: { ref: string; latitude: number; longitude: number }, places: readonly LocatorPlace[], source: string, size = { width: 300, height: 180 }): DrawingBlock {
  const layout = locatorLayout({ label: marker.ref, latitude: marker.latitude, longitude: marker.longitude }, places, { ...size, padding: 30 });
  const { width, height } = layout;
  const shapes: Shape[] = [
    { kind: 'rect', x: 0, y: 0, w: width, h: height, fill: COLORS.tint },
    { kind: 'rect', x: 0, y: 0, w: width, h: height, stroke: COLORS.rule, width: 0.7 },
  ];
  // Labels go right of their point, else left, above or below; one that would overlap another is left
  // off the drawing (the caption lists every place shown, with its distance).
  const boxes: Box[] = [];
  const m = layout.points.find((p) => p.kind === 'marker');
  if (m) boxes.push({ x: m.x - 8, y: m.y - 8, w: 16, h: 16 });
  for (const p of layout.points) {
    if (p.kind !== 'place') continue;
    shapes.push({ kind: 'circle', x: p.x, y: p.y, r: 2.2, fill: COLORS.muted });
    boxes.push({ x: p.x - 3, y: p.y - 3, w: 6, h: 6 });
  }
  if (m) {
    const label = placeLabel(m.x, m.y, m.label, 7.5, boxes, width, height);
    if (label) shapes.push({ kind: 'text', ...label, text: m.label, size: 7.5, bold: true, color: COLORS.ink });
  }
  for (const p of layout.points) {
    if (p.kind !== 'place') continue;
    const label = placeLabel(p.x, p.y, p.label, 6.8, boxes, width, height);
    if (label) shapes.push({ kind: 'text', ...label, text: p.label, size: 6.8, color: COLORS.muted });
  }
  if (m) {
    shapes.push({ kind: 'circle', x: m.x, y: m.y, r: 7, stroke: COLORS.band, width: 1 });
    shapes.push({ kind: 'circle', x: m.x, y: m.y, r: 3.2, fill: COLORS.band });
  }
  // North arrow, top right.
  const nx = width - 16;
  shapes.push({ kind: 'polygon', points: [[nx, 10], [nx - 4, 22], [nx + 4, 22]], fill: COLORS.frame });
  shapes.push({ kind: 'text', x: nx, y: 24, text: 'N', size: 6.5, bold: true, color: COLORS.frame, align: 'center' });
  // Scale bar, bottom left.
  const sy = height - 14;
  const len = layout.scale.length;
  shapes.push({ kind: 'line', x1: 12, y1: sy, x2: 12 + len, y2: sy, width: 1.2, color: COLORS.frame });
  shapes.push({ kind: 'line', x1: 12, y1: sy - 3, x2: 12, y2: sy + 3, width: 0.8, color: COLORS.frame });
  shapes.push({ kind: 'line', x1: 12 + len, y1: sy - 3, x2: 12 + len, y2: sy + 3, width: 0.8, color: COLORS.frame });
  shapes.push({ kind: 'text', x: 16 + len, y: sy - 4, text: layout.scale.label, size: 6.5, color: COLORS.frame });

  const near = layout.points.filter((p) => p.kind === 'place').map((p) => p.label);
  const withDistance = near.map((name) => {
    const place = places.find((p) => p.name === name);
    return place ? `${name} (${kmText(distanceKm(marker, place))})` : name;
  });
  const alt = `Locator: ${marker.ref} at ${formatCoordinates(marker.latitude, marker.longitude)}${near.length ? `, near ${near.join(', ')}` : ''}.`;
  return {
    kind: 'drawing',
    width,
    height,
    shapes,
    alt,
    caption: near.length
      ? `Nearest places in the archive: ${withDistance.join(', ')}. Drawn from the archive’s own places, not a street map.`
      : 'No other place in the archive has coordinates to draw the marker among.',
    source,
  };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A label position beside (x, y) that stays in the frame and clear of `taken` (which it joins), or null. */
function placeLabel(x: number, y: number, text: string, size: number, taken: Box[], width: number, height: number): { x: number; y: number; align: 'left' | 'right' | 'center' } | null {
  const w = text.length * size * 0.52;
  const h = size * 1.3;
  const candidates = [
    { box: { x: x + 6, y: y - h / 2, w, h }, at: { x: x + 6, y: y - h / 2, align: 'left' as const } },
    { box: { x: x - 6 - w, y: y - h / 2, w, h }, at: { x: x - 6, y: y - h / 2, align: 'right' as const } },
    { box: { x: x - w / 2, y: y - 6 - h, w, h }, at: { x, y: y - 6 - h, align: 'center' as const } },
    { box: { x: x - w / 2, y: y + 6, w, h }, at: { x, y: y + 6, align: 'center' as const } },
  ];
  for (const c of candidates) {
    const inside = c.box.x >= 2 && c.box.y >= 2 && c.box.x + c.box.w <= width - 2 && c.box.y + c.box.h <= height - 2;
    if (inside && !taken.some((t) => overlaps(t, c.box))) {
      taken.push(c.box);
      return c.at;
    }
  }
  return null;
}

const kmText = (km: number) => (km < 1 ? `${Math.round(km * 1000)} m` : `${km < 10 ? km.toFixed(1) : Math.round(km)} km`);
