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
    .slice(0, options.nearest ?? 5)
    .map((x) => x.p);

  const kx = Math.cos((marker.latitude * Math.PI) / 180) * EARTH_KM_PER_DEGREE;
  const ky = EARTH_KM_PER_DEGREE;
  const toKm = (p: { latitude: number; longitude: number }) => ({ x: (p.longitude - marker.longitude) * kx, y: (marker.latitude - p.latitude) * ky });
  const all = [toKm(marker), ...near.map(toKm)];
  const span = Math.max(...all.map((k) => Math.abs(k.x)), ...all.map((k) => Math.abs(k.y)), 0.25);
  // The marker sits in the middle; the furthest neighbour reaches the padded edge.
  const unit = Math.min((width / 2 - padding) / span, (height / 2 - padding) / span);
  const at = (k: { x: number; y: number }) => ({ x: width / 2 + k.x * unit, y: height / 2 + k.y * unit });

  const points: LocatorPoint[] = [
    ...near.map((p) => ({ ...at(toKm(p)), label: p.name, kind: 'place' as const })),
    { ...at(toKm(marker)), label: marker.label, kind: 'marker' as const },
  ];

  const maxBarKm = (width / 3) / unit;
  const km = [...NICE_KM].reverse().find((n) => n <= maxBarKm) ?? NICE_KM[0]!;
  const label = km < 1 ? `${Math.round(km * 1000)} m` : `${km} km`;
  return { width, height, points, scale: { length: km * unit, label } };
}
