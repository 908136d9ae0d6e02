import { Link } from 'react-router-dom';
import type { ThemeOverview } from '../../../../../shared/model/themes';
import { formatCount } from '../../../lib/format';
import { ThemeSwatch } from '../ThemeSwatch';

/** Counts per theme in tree order, indented by depth: the chart's figures, all of them. */
export function ThemeCountsTable({ themes }: { themes: ThemeOverview['themes'] }) {
  return (
    <table className="data-table theme-counts-table">
      <caption>Counts per theme (narrower themes included)</caption>
      <thead>
        <tr>
          <th scope="col">Theme</th>
          <th scope="col" className="num">
            Testimonies
          </th>
          <th scope="col" className="num">
            Passages
          </th>
        </tr>
      </thead>
      <tbody>
        {themes.map((t) => (
          <tr key={t.id}>
            <th scope="row" style={{ paddingLeft: `${0.5 + t.depth * 1.2}rem` }}>
              <Link to={`/themes/${t.id}`}>
                <ThemeSwatch colour={t.colour} />
                {t.label}
              </Link>
            </th>
            <td className="num">{formatCount(t.counts.testimonies)}</td>
            <td className="num">{formatCount(t.counts.passages)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
