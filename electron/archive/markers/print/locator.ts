import { formatCoordinates, locatorCaption, locatorLabels, locatorLayout, type LabelBox, type LocatorPlace } from '../../../../shared/model/locator';
import type { DrawingBlock, Shape } from '../../pdf/blocks';
import { COLORS } from '../../pdf/styles';

/** Label sizes in points: the marker's reference (bold) and the places' names. */
const LABEL_SIZE = { marker: 7.5, place: 6.8 };

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
  for (const p of layout.points) if (p.kind === 'place') shapes.push({ kind: 'circle', x: p.x, y: p.y, r: 2.2, fill: COLORS.muted });
  // Labels clear of every point, the north arrow and the scale bar; one with no room is left off the
  // drawing (the caption lists every place shown, with its distance).
  const labels = locatorLabels(layout, { size: LABEL_SIZE, radius: { marker: 8, place: 3 }, charWidth: 0.55, reserved: reservedAreas(width, height, layout.scale.length) });
  layout.points.forEach((p, i) => {
    const l = labels[i];
    if (l) shapes.push({ kind: 'text', ...l, size: LABEL_SIZE[p.kind], bold: p.kind === 'marker', color: p.kind === 'marker' ? COLORS.ink : COLORS.muted });
  });
  const m = layout.points.find((p) => p.kind === 'marker');
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
  const alt = `Locator: ${marker.ref} at ${formatCoordinates(marker.latitude, marker.longitude)}${near.length ? `, near ${near.join(', ')}` : ''}.`;
  return {
    kind: 'drawing',
    width,
    height,
    shapes,
    alt,
    caption: locatorCaption(layout),
    source,
  };
}

/** The north arrow (top right) and the scale bar with its label (bottom left), which labels keep clear of. */
function reservedAreas(width: number, height: number, scaleLength: number): LabelBox[] {
  return [
    { x0: width - 24, y0: 6, x1: width - 8, y1: 32 },
    { x0: 8, y0: height - 24, x1: 16 + scaleLength + 30, y1: height - 8 },
  ];
}
