import { useCallback } from 'react';
import { MARKER_STATUSES, MARKER_TYPES, type MarkerFilter } from '../../../../shared/model/markers';
import { FilterMenu } from '../../components/FilterMenu';
import { FilterTextInput } from '../../components/FilterTextInput';
import { Select } from '../../components/Select';
import { usePlaceOptions, withCurrent } from '../shared/usePickerOptions';
import { isFiltered, NO_FILTER } from './model/listQuery';
import { STATUS_LABELS, TYPE_LABELS } from './model/labels';

const STATUS_OPTIONS = MARKER_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
const TYPE_OPTIONS = MARKER_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }));

interface Props {
  query: MarkerFilter;
  /** `typing` replaces the history entry instead of adding one. */
  onChange: (q: MarkerFilter, typing?: boolean) => void;
}

/** The markers list's filters: text as you type (after a short pause), status, type and place at once. */
export function MarkerFilters({ query, onChange }: Props) {
  const places = usePlaceOptions();
  const commitText = useCallback((text: string) => onChange({ ...query, text }, true), [query, onChange]);

  return (
    <div className="filters" role="group" aria-label="Filter memorials and markers">
      <div className="filters-row">
        <FilterTextInput id="markers-text" label="Filter by title or reference code" placeholder="Filter by title or ref…" value={query.text} onCommit={commitText} />
      </div>
      <div className="filters-row">
        <FilterMenu label="Status" options={STATUS_OPTIONS} value={query.statuses} onChange={(v) => onChange({ ...query, statuses: v as MarkerFilter['statuses'] })} />
        <FilterMenu label="Type" options={TYPE_OPTIONS} value={query.types} onChange={(v) => onChange({ ...query, types: v as MarkerFilter['types'] })} />
        <label htmlFor="markers-place" className="visually-hidden">
          Place
        </label>
        <Select
          id="markers-place"
          className="marker-place-filter"
          value={query.placeId ?? ''}
          options={withCurrent(places.options, query.placeId, 'The place chosen before')}
          empty="Any place"
          onChange={(v) => onChange({ ...query, placeId: v || null })}
        />
        {isFiltered(query) ? (
          <button type="button" className="button button--small button--quiet" onClick={() => onChange(NO_FILTER)}>
            Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}
