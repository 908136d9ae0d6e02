/**
 * A small locator: where a marker stands among the archive's own places, drawn without map
 * tiles or any network. One layout serves the marker page (SVG) and the record sheet (PDF):
 * an equirectangular projection, corrected for latitude, of the marker and its nearest places,
 * with a scale bar in round kilometres.
 */

export interface LocatorPlace {
  name: string;
  latitude: number;
  longitude: number;
}

export interface LocatorPoint {
  x: number;
  y: number;
  label: string;
  kind: 'marker' | 'place';
  /** Kilometres from the marker (0 for the marker itself). */
  km: number;
}

export interface LocatorLayout {
  width: number;
  height: number;
  points: LocatorPoint[];
  /** A scale bar along the bottom left: its length in the drawing's units and what it measures. */
  scale: { length: number; label: string };
}

const EARTH_KM_PER_DEGREE = 111.32;
const NICE_KM = [0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000];

/** Kilometres between two points (haversine). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "39.3741° N, 85.0682° W": coordinates as people read them. */
export function formatCoordinates(latitude: number, longitude: number): string {
  const lat = `${Math.abs(latitude).toFixed(4)}° ${latitude >= 0 ? 'N' : 'S'}`;
  const lon = `${Math.abs(longitude).toFixed(4)}° ${longitude >= 0 ? 'E' : 'W'}`;
  return `${lat}, ${lon}`;
}

/**
 * Lays out `marker` among up to `nearest` of `places` (the closest ones, leaving out any at the
 * marker's own spot) in a box of `width` × `height`, keeping `padding` clear at the edges.
 */
export function locatorLayout(
  marker: { label: string; latitude: number; longitude: number },
  places: readonly LocatorPlace[],
  options: { width: number; height: number; padding?: number; nearest?: number } = { width: 240, height: 160 },
): LocatorLayout {
  const { width, height } = options;
  const padding = options.padding ?? 24;
  const near = places
    .filter((p) => Number.isFinite(p.latitude) && Number.isFinite(p.longitude))
    .map((p) => ({ p, d: distanceKm(marker, p) }))
    .filter((x) => x.d > 0.01)
    .sort((a, b) => a.d - b.d || a.p.name.localeCompare(b.p.name))
    .slice(0, options.nearest ?? 5);

  const kx = Math.cos((marker.latitude * Math.PI) / 180) * EARTH_KM_PER_DEGREE;
  const ky = EARTH_KM_PER_DEGREE;
  const toKm = (p: { latitude: number; longitude: number }) => ({ x: (p.longitude - marker.longitude) * kx, y: (marker.latitude - p.latitude) * ky });
  const all = [toKm(marker), ...near.map((n) => toKm(n.p))];
  const span = Math.max(...all.map((k) => Math.abs(k.x)), ...all.map((k) => Math.abs(k.y)), 0.25);
  // The marker sits in the middle; the furthest neighbour reaches the padded edge.
  const unit = Math.min((width / 2 - padding) / span, (height / 2 - padding) / span);
  const at = (k: { x: number; y: number }) => ({ x: width / 2 + k.x * unit, y: height / 2 + k.y * unit });

  const points: LocatorPoint[] = [
    ...near.map(({ p, d }) => ({ ...at(toKm(p)), label: p.name, kind: 'place' as const, km: d })),
    { ...at(toKm(marker)), label: marker.label, kind: 'marker' as const, km: 0 },
  ];

  const maxBarKm = (width / 3) / unit;
  const km = [...NICE_KM].reverse().find((n) => n <= maxBarKm) ?? NICE_KM[0]!;
  return { width, height, points, scale: { length: km * unit, label: distanceText(km) } };
}

/** "850 m", "3.2 km", "41 km": a distance as the locator and its caption give it. */
export function distanceText(km: number): string {
  return km < 1 ? `${Math.round(km * 1000)} m` : `${km < 10 ? Number(km.toFixed(1)) : Math.round(km)} km`;
}

/** What the locator shows, in words, under it on the page and on the record sheet. */
export function locatorCaption(layout: LocatorLayout): string {
  const near = layout.points.filter((p) => p.kind === 'place');
  return near.length
    ? `Nearest places in the archive: ${near.map((p) => `${p.label} (${distanceText(p.km)})`).join(', ')}. Drawn from the archive’s own places, not a street map.`
    : 'No other place in the archive has coordinates to draw the marker among.';
}

/** A rectangle in the drawing's units, left/top to right/bottom. */
export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a point's label is set: `x` is its left edge, centre or right edge (by `align`), `y` the top of its line. */
export interface LocatorLabel {
  x: number;
  y: number;
  align: 'left' | 'center' | 'right';
  text: string;
}

export interface LabelStyle {
  /** Text size of the marker's label and of a place's, in the drawing's units. */
  size: { marker: number; place: number };
  /** Half the size of the marker's symbol and of a place's dot: kept clear of every label. */
  radius: { marker: number; place: number };
  /** A character's width as a share of the text size: an estimate, as no font is measured here. */
  charWidth?: number;
  /** Longer names are cut short with an ellipsis (the caption names each in full). */
  maxChars?: number;
  /** Areas no label may cover: the scale bar, the north arrow. */
  reserved?: readonly LabelBox[];
}

const overlaps = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A long place name cut to `max` characters with an ellipsis. */
export function shortLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Labels for the layout's points that never overlap each other, a point's symbol or a reserved
 * area, and stay inside the frame: the marker's label first, then each place's (nearest first),
 * tried right, left, above, below and then diagonally from its point. A label that fits nowhere is
 * left out (null): its point stays, and the caption names every place.
 */
export function locatorLabels(layout: LocatorLayout, style: LabelStyle): (LocatorLabel | null)[] {
  const { points } = layout;
  const cw = style.charWidth ?? 0.58;
  const max = style.maxChars ?? 24;
  const dots: LabelBox[] = points.map((p) => {
    const r = style.radius[p.kind];
    return { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
  });
  const taken: LabelBox[] = [...(style.reserved ?? [])];
  const order = points.map((_, i) => i).sort((a, b) => Number(points[b]!.kind === 'marker') - Number(points[a]!.kind === 'marker'));
  const out: (LocatorLabel | null)[] = points.map(() => null);
  for (const i of order) {
    const p = points[i]!;
    const text = shortLabel(p.label, max);
    const size = style.size[p.kind];
    const w = text.length * size * cw;
    const h = size * 1.25;
    const gap = style.radius[p.kind] + 2;
    const candidates: LocatorLabel[] = [
      { x: p.x + gap, y: p.y - h / 2, align: 'left', text },
      { x: p.x - gap, y: p.y - h / 2, align: 'right', text },
      { x: p.x, y: p.y - gap - h, align: 'center', text },
      { x: p.x, y: p.y + gap, align: 'center', text },
      { x: p.x + gap / 2, y: p.y - gap - h, align: 'left', text },
      { x: p.x + gap / 2, y: p.y + gap, align: 'left', text },
      { x: p.x - gap / 2, y: p.y - gap - h, align: 'right', text },
      { x: p.x - gap / 2, y: p.y + gap, align: 'right', text },
    ];
    for (const c of candidates) {
      const x0 = c.align === 'left' ? c.x : c.align === 'right' ? c.x - w : c.x - w / 2;
      const box: LabelBox = { x0, y0: c.y, x1: x0 + w, y1: c.y + h };
      const inside = box.x0 >= 2 && box.y0 >= 2 && box.x1 <= layout.width - 2 && box.y1 <= layout.height - 2;
      if (inside && !taken.some((t) => overlaps(t, box)) && !dots.some((d) => overlaps(d, box))) {
        out[i] = c;
        taken.push(box);
        break;
      }
    }
  }
  return out;
}
