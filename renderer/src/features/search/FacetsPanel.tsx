import { useState } from 'react';
import { FACETS, type Facet, type FacetCount, type SearchFilters } from '../../../../shared/api/search';
import { formatCount } from '../../lib/format';
import { chosen, FACET_LABELS } from './searchState';

/** How many values a facet shows before "Show all". */
const SHORT_LIST = 8;

/** Language codes in words ("en" → English), in the reader's language where the runtime knows it. */
const languageNames = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' });
  } catch {
    return null;
  }
})();

export function facetValueLabel(facet: Facet, v: FacetCount): string {
  if (facet === 'language') {
    try {
      return languageNames?.of(v.value) ?? v.label;
    } catch {
      return v.label;
    }
  }
  return v.label;
}

/** Years and decades read best in order; everything else by how many testimonies have it. */
function ordered(facet: Facet, values: FacetCount[]): FacetCount[] {
  return facet === 'year' || facet === 'decade' ? [...values].sort((a, b) => a.value.localeCompare(b.value)) : values;
}

interface Props {
  facets: Partial<Record<Facet, FacetCount[]>> | null;
  filters: SearchFilters;
  onToggle: (facet: Facet, value: string, on: boolean) => void;
  includeWithdrawn: boolean;
  onIncludeWithdrawn: (on: boolean) => void;
  /** The label of a chosen value the engine did not count (kept so it can be unticked). */
  labelOf: (facet: Facet, value: string) => string;
}

/** Checkbox lists with counts; within a facet any ticked value may match, across facets all must. */
export function FacetsPanel({ facets, filters, onToggle, includeWithdrawn, onIncludeWithdrawn, labelOf }: Props) {
  const [expanded, setExpanded] = useState<Partial<Record<Facet, boolean>>>({});
  const shown = FACETS.map((facet) => {
    const counted = facets?.[facet] ?? [];
    const chosenUncounted = chosen(filters, facet).filter((v) => !counted.some((c) => c.value === v)).map((v) => ({ value: v, label: labelOf(facet, v), count: 0 }));
    const values = [...chosenUncounted, ...ordered(facet, counted.filter((c) => c.count > 0 || chosen(filters, facet).includes(c.value)))];
    return { facet, values };
  }).filter((f) => f.values.length > 0);

  return (
    <section className="facets" aria-labelledby="facets-title">
      <h2 id="facets-title">Narrow the results</h2>
      {shown.length === 0 ? <p className="muted small">Filters appear here when there are results to narrow.</p> : null}
      {shown.map(({ facet, values }) => {
        const open = expanded[facet] ?? false;
        const visible = open ? values : values.slice(0, SHORT_LIST);
        return (
          <fieldset key={facet} className="facet">
            <legend>{FACET_LABELS[facet]}</legend>
            <ul className="facet-values">
              {visible.map((v) => {
                const checked = chosen(filters, facet).includes(v.value);
                return (
                  <li key={v.value}>
                    <label className="choice facet-choice">
                      <input type="checkbox" name={facet} value={v.value} checked={checked} onChange={(e) => onToggle(facet, v.value, e.target.checked)} />
                      <span className="facet-label">{facetValueLabel(facet, v)}</span>
                      <span className="facet-count">
                        {formatCount(v.count)}
                        <span className="visually-hidden"> {v.count === 1 ? 'testimony' : 'testimonies'}</span>
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
            {values.length > SHORT_LIST ? (
              <button type="button" className="link-button small" aria-expanded={open} onClick={() => setExpanded({ ...expanded, [facet]: !open })}>
                {open ? 'Show fewer' : `Show all ${formatCount(values.length)}`}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <fieldset className="facet">
        <legend>Also show</legend>
        <label className="choice facet-choice">
          <input type="checkbox" checked={includeWithdrawn} onChange={(e) => onIncludeWithdrawn(e.target.checked)} />
          <span className="facet-label">Withdrawn testimonies</span>
        </label>
      </fieldset>
    </section>
  );
}
