import { useCallback } from 'react';
import { ACCESS_LEVELS, TESTIMONY_STATUSES, TESTIMONY_TYPES } from '../../../../shared/model/enums';
import { FilterMenu } from '../../components/FilterMenu';
import { FilterTextInput } from '../../components/FilterTextInput';
import { enumOptions } from '../../components/Select';
import type { ListQuery } from './listQuery';
import { isFiltered } from './listQuery';

const STATUS_OPTIONS = enumOptions(TESTIMONY_STATUSES);
const TYPE_OPTIONS = enumOptions(TESTIMONY_TYPES);
const ACCESS_OPTIONS = enumOptions(ACCESS_LEVELS);

interface Props {
  query: ListQuery;
  /** `typing` replaces the history entry instead of adding one. */
  onChange: (q: ListQuery, typing?: boolean) => void;
}

/** The list's filters. Text filters as you type (after a short pause); the rest at once. */
export function TestimonyFilters({ query, onChange }: Props) {
  const commitText = useCallback((text: string) => onChange({ ...query, text }, true), [query, onChange]);

  return (
    <div className="filters" role="group" aria-label="Filter testimonies">
      <div className="filters-row">
        <FilterTextInput id="list-text" label="Filter by title or reference code" placeholder="Filter by title or ref…" value={query.text} onCommit={commitText} />
        <label className="choice choice--inline">
          <input type="checkbox" checked={query.includeWithdrawn} onChange={(e) => onChange({ ...query, includeWithdrawn: e.target.checked })} />
          <span>Show withdrawn</span>
        </label>
      </div>
      <div className="filters-row">
        <FilterMenu label="Status" options={STATUS_OPTIONS} value={query.status} onChange={(status) => onChange({ ...query, status: status as ListQuery['status'] })} />
        <FilterMenu label="Type" options={TYPE_OPTIONS} value={query.type} onChange={(type) => onChange({ ...query, type: type as ListQuery['type'] })} />
        <FilterMenu label="Access" options={ACCESS_OPTIONS} value={query.accessLevel} onChange={(a) => onChange({ ...query, accessLevel: a as ListQuery['accessLevel'] })} />
        {isFiltered(query) ? (
          <button type="button" className="button button--small button--quiet" onClick={() => onChange({ ...query, text: '', status: [], type: [], accessLevel: [] })}>
            Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}
