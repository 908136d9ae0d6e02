import { FACETS, type Facet, type SearchFilters } from '../../../../shared/api/search';
import { FACET_LABELS, filterCount } from './searchState';

/** The chosen facet values as removable chips, with "Clear all". */
export function FilterChips({ filters, labelOf, onRemove, onClear }: { filters: SearchFilters; labelOf: (facet: Facet, value: string) => string; onRemove: (facet: Facet, value: string) => void; onClear: () => void }) {
  if (filterCount(filters) === 0) return null;
  return (
    <div className="filter-chips">
      <span className="muted small" id="filter-chips-title">
        Narrowed to:
      </span>
      <ul className="chips" aria-labelledby="filter-chips-title">
        {FACETS.flatMap((facet) =>
          filters[facet].map((value) => {
            const text = `${FACET_LABELS[facet]}: ${labelOf(facet, value)}`;
            return (
              <li key={`${facet}:${value}`} className="chip">
                <span>{text}</span>
                <button type="button" className="chip-remove" aria-label={`Remove ${text}`} onClick={() => onRemove(facet, value)}>
                  ×
                </button>
              </li>
            );
          }),
        )}
      </ul>
      <button type="button" className="link-button small" onClick={onClear}>
        Clear all
      </button>
    </div>
  );
}
