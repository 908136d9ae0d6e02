import { useMemo } from 'react';
import { distanceKm, locatorLayout, type LocatorPlace } from '../../../../shared/model/locator';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { placeLabels } from './model/locatorLabels';

const WIDTH = 340;
const HEIGHT = 200;

/** The archive's places that have coordinates (the same list the pickers load). */
function useLocatorPlaces(): LocatorPlace[] {
  const { dataVersion } = useArchive();
  const r = useCall('places.list', { text: '', limit: 500, offset: 0 }, dataVersion);
  return useMemo(
    () => (r.data?.items ?? []).flatMap((p) => (p.latitude !== null && p.longitude !== null ? [{ name: p.name, latitude: p.latitude, longitude: p.longitude }] : [])),
    [r.data],
  );
}

const km = (d: number) => (d < 1 ? `${Math.round(d * 1000)} m` : `${d < 10 ? d.toFixed(1) : Math.round(d)} km`);

/**
 * Where the marker stands among the archive's own places: drawn from coordinates alone, with no map
 * tiles and no network (shared/model/locator.ts lays it out for this page and the record sheet).
 */
export function Locator({ label, latitude, longitude }: { label: string; latitude: number; longitude: number }) {
  const places = useLocatorPlaces();
  const layout = useMemo(() => locatorLayout({ label, latitude, longitude }, places, { width: WIDTH, height: HEIGHT, padding: 30 }), [label, latitude, longitude, places]);
  const reserved = [
    { x0: 0, y0: HEIGHT - 26, x1: 40 + layout.scale.length, y1: HEIGHT },
    { x0: WIDTH - 40, y0: 0, x1: WIDTH, y1: 26 },
  ];
  const labels = placeLabels(layout.points, { width: WIDTH, height: HEIGHT }, { reserved });
  const near = places
    .map((p) => ({ name: p.name, d: distanceKm({ latitude, longitude }, p) }))
    .filter((p) => layout.points.some((pt) => pt.kind === 'place' && pt.label === p.name))
    .sort((a, b) => a.d - b.d);
  const description = near.length
    ? `A locator of ${label} among the nearest places in the archive: ${near.map((p) => `${p.name}, ${km(p.d)} away`).join('; ')}.`
    : `A locator of ${label}; no other place in the archive has coordinates yet.`;
  return (
    <figure className="locator">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={description}>
        <rect x="0.5" y="0.5" width={WIDTH - 1} height={HEIGHT - 1} className="locator-frame" />
        <text x={WIDTH - 10} y="18" className="locator-north" textAnchor="end">
          N ↑
        </text>
        {layout.points.map((p, i) => {
          const l = labels[i];
          return (
            <g key={`${p.kind}-${i}`} className={p.kind === 'marker' ? 'locator-marker' : 'locator-place'}>
              <title>{p.label}</title>
              {p.kind === 'marker' ? <path d={`M ${p.x} ${p.y - 7} L ${p.x + 7} ${p.y} L ${p.x} ${p.y + 7} L ${p.x - 7} ${p.y} Z`} /> : <circle cx={p.x} cy={p.y} r="3.5" />}
              {l ? (
                <text x={l.x} y={l.y} textAnchor={l.anchor}>
                  {l.text}
                </text>
              ) : null}
            </g>
          );
        })}
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
        {near.length ? (
          <>
            Nearest places: {near.map((p) => `${p.name} (${km(p.d)})`).join(', ')}.
            <br />
          </>
        ) : null}
        Drawn from the archive’s own places; no map service is used.
      </figcaption>
    </figure>
  );
}
