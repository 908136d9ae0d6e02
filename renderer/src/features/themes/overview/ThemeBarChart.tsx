import { useNavigate } from 'react-router-dom';
import { chartRows, MAX_BARS, type ChartRow as Row, type Measure } from '../model/chartRows';
import { formatCount } from '../../../lib/format';

const BAR = 22;
const GAP = 8;
const LABEL_W = 250;
const NUM_W = 48;
const WIDTH = 760;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * A horizontal bar chart drawn in SVG: one bar per theme in its colour, the number at its end.
 * For assistive technology it is one image with a summary; the table below carries every figure.
 */
export type { Measure };

export function ThemeBarChart({ themes, measure }: { themes: Row[]; measure: Measure }) {
  const navigate = useNavigate();
  const rows = chartRows(themes, measure);
  if (rows.length === 0) return <p className="muted">No {measure} to chart under these filters.</p>;
  const max = Math.max(...rows.map((r) => r.counts[measure]));
  const height = rows.length * (BAR + GAP) + GAP;
  const span = WIDTH - LABEL_W - NUM_W - 8;
  const top = rows[0];
  const summary = `Bar chart of ${measure} per theme, the ${rows.length} most used. ${top ? `Most: ${top.label}, ${formatCount(top.counts[measure])}.` : ''} The same figures are in the table “Counts per theme”.`;
  return (
    <figure className="theme-chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {rows.map((r, i) => {
          const y = GAP + i * (BAR + GAP);
          const w = Math.max(2, (r.counts[measure] / max) * span);
          return (
            <g key={r.id} className="theme-chart-row" onClick={() => void navigate(`/themes/${r.id}`)}>
              <title>{`${r.label}: ${formatCount(r.counts[measure])} ${measure}`}</title>
              <text x={LABEL_W - 8} y={y + BAR / 2} dominantBaseline="central" textAnchor="end" className="theme-chart-label">
                {clip(r.label, 34)}
              </text>
              <rect x={LABEL_W} y={y} width={w} height={BAR} rx={3} fill={r.colour} />
              <text x={LABEL_W + w + 6} y={y + BAR / 2} dominantBaseline="central" className="theme-chart-num">
                {formatCount(r.counts[measure])}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">
        {measure === 'passages' ? 'Coded passages and segments' : 'Testimonies'} per theme, narrower themes included{rows.length === MAX_BARS ? `; the ${MAX_BARS} most used` : ''}.
      </figcaption>
    </figure>
  );
}
