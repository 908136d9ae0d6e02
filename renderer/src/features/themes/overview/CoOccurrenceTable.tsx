import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { CoOccurrenceLevel, ThemeOverview } from '../../../../../shared/model/themes';
import { RadioGroup } from '../../../components/CheckboxGroup';
import { formatCount } from '../../../lib/format';
import { cooccurrenceMatrix, shade } from '../model/cooccurrenceMatrix';

const LEVELS = [
  { value: 'testimony', label: 'In the same testimony' },
  { value: 'passage', label: 'In the same passage' },
];

const searchFor = (a: string, b: string) => `/search?q=${encodeURIComponent(`theme:"${a}" theme:"${b}"`)}`;

/** Which themes occur together: a matrix of the most used themes, each cell shaded by its count and showing it. */
export function CoOccurrenceTable({ overview }: { overview: ThemeOverview }) {
  const [level, setLevel] = useState<CoOccurrenceLevel>('testimony');
  const m = cooccurrenceMatrix(overview, level);
  return (
    <section className="cooccurrence" aria-labelledby="cooc-title">
      <h2 id="cooc-title">Themes that occur together</h2>
      <RadioGroup path="coocLevel" legend="Count two themes together when they are" className="choice-group--inline" options={LEVELS} value={level} onChange={(v) => setLevel(v as CoOccurrenceLevel)} />
      {m.themes.length < 2 ? (
        <p className="muted">No two themes occur {level === 'testimony' ? 'in the same testimony' : 'in the same passage'} under these filters.</p>
      ) : (
        <div className="cooc-scroll">
          <table className="cooc-table">
            <caption className="muted small">
              How many {level === 'testimony' ? 'testimonies' : 'passages'} carry both themes (each theme itself, not its narrower ones); the {m.themes.length} most used themes. {level === 'testimony' ? 'Choose a number to search for those testimonies.' : ''}
            </caption>
            <thead>
              <tr>
                <td className="cooc-corner" />
                {m.themes.map((t) => (
                  <th key={t.id} scope="col" className="cooc-col" title={t.label}>
                    <span>{t.label}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.themes.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="cooc-row">
                    {row.label}
                  </th>
                  {m.themes.map((col) => {
                    if (col.id === row.id)
                      return (
                        <td key={col.id} className="cooc-self">
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">same theme</span>
                        </td>
                      );
                    const n = m.count(row.id, col.id);
                    return (
                      <td key={col.id} className={`cooc-cell heat-${shade(n, m.max)}`}>
                        {n > 0 && level === 'testimony' ? <Link to={searchFor(row.label, col.label)}>{formatCount(n)}</Link> : formatCount(n)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
