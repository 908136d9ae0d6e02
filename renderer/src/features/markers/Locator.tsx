import { useMemo } from 'react';
import { locatorCaption, locatorLabels, locatorLayout, type LocatorLabel, type LocatorPlace } from '../../../../shared/model/locator';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';

const WIDTH = 340;
const HEIGHT = 200;
/** Label sizes in px, as markers.css sets them (.locator-marker text, .locator-place text). */
const LABEL_SIZE = { marker: 12, place: 11 };
const SVG_ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;
const NO_PLACES: never[] = [];

/** The archive's places that have coordinates (the same list the pickers load), or null while they load. */
function useLocatorPlaces(): LocatorPlace[] | null {
  const { dataVersion } = useArchive();
  const r = useCall('places.list', { text: '', limit: 500, offset: 0 }, dataVersion);
  // Unreadable places leave the marker drawn alone rather than the page waiting for ever.
  const items = r.data?.items ?? (r.error ? NO_PLACES : null);
  return useMemo(() => items?.flatMap((p) => (p.latitude !== null && p.longitude !== null ? [{ name: p.name, latitude: p.latitude, longitude: p.longitude }] : [])) ?? null, [items]);
}

/**
 * Where the marker stands among the archive's own places: drawn from coordinates alone, with no map
 * tiles and no network. shared/model/locator.ts lays it out, places its labels and words its
 * caption, for this page and the record sheet alike.
 */
export function Locator({ label, latitude, longitude }: { label: string; latitude: number; longitude: number }) {
  const places = useLocatorPlaces();
  if (!places)
    return (
      <p className="locator muted small" role="status">
        Loading places…
      </p>
    );
  return <LocatorFigure label={label} latitude={latitude} longitude={longitude} places={places} />;
}

function LocatorFigure({ label, latitude, longitude, places }: { label: string; latitude: number; longitude: number; places: LocatorPlace[] }) {
  const layout = useMemo(() => locatorLayout({ label, latitude, longitude }, places, { width: WIDTH, height: HEIGHT, padding: 30 }), [label, latitude, longitude, places]);
  const reserved = [
    { x0: 0, y0: HEIGHT - 26, x1: 40 + layout.scale.length, y1: HEIGHT },
    { x0: WIDTH - 40, y0: 0, x1: WIDTH, y1: 26 },
  ];
  const labels = locatorLabels(layout, { size: LABEL_SIZE, radius: { marker: 8, place: 4.5 }, reserved });
  return (
    <figure className="locator">
      {/* Named briefly: the caption, read next, lists the places with their distances. */}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={`Locator of ${label} among the archive’s places`}>
        <rect x="0.5" y="0.5" width={WIDTH - 1} height={HEIGHT - 1} className="locator-frame" />
        <text x={WIDTH - 10} y="18" className="locator-north" textAnchor="end">
          N ↑
        </text>
        {layout.points.map((p, i) => (
          <g key={`${p.kind}-${i}`} className={p.kind === 'marker' ? 'locator-marker' : 'locator-place'}>
            <title>{p.label}</title>
            {p.kind === 'marker' ? <path d={`M ${p.x} ${p.y - 7} L ${p.x + 7} ${p.y} L ${p.x} ${p.y + 7} L ${p.x - 7} ${p.y} Z`} /> : <circle cx={p.x} cy={p.y} r="3.5" />}
            <SvgLabel label={labels[i] ?? null} size={LABEL_SIZE[p.kind]} />
          </g>
        ))}
        <g className="locator-scale">
          <line x1="12" y1={HEIGHT - 14} x2={12 + layout.scale.length} y2={HEIGHT - 14} />
          <line x1="12" y1={HEIGHT - 18} x2="12" y2={HEIGHT - 10} />
          <line x1={12 + layout.scale.length} y1={HEIGHT - 18} x2={12 + layout.scale.length} y2={HEIGHT - 10} />
          <text x={16 + layout.scale.length} y={HEIGHT - 10}>
            {layout.scale.label}
          </text>
        </g>
      </svg>
      <figcaption className="muted small">
        {locatorCaption(layout)}
      </figcaption>
    </figure>
  );
}

/** A label placed by its line's top; SVG sets text on its baseline, about 0.9 of the size lower. */
function SvgLabel({ label, size }: { label: LocatorLabel | null; size: number }) {
  if (!label) return null;
  return (
    <text x={label.x} y={label.y + size * 0.95} textAnchor={SVG_ANCHOR[label.align]}>
      {label.text}
    </text>
  );
}
