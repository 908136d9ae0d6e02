import { useCallback, useMemo } from 'react';
import { RECOMMENDATION_STATUSES, RECOMMENDATION_STATUS_LABELS, type RecommendationFilter, type TrackerCounts } from '../../../../shared/model/findings';
import { FilterMenu } from '../../components/FilterMenu';
import { FilterTextInput } from '../../components/FilterTextInput';
import { Select } from '../../components/Select';
import { withCurrent } from '../shared/usePickerOptions';
import { isFiltered, NO_FILTER } from './model/trackerQuery';

interface Props {
  query: RecommendationFilter;
  counts: TrackerCounts | null;
  /** `typing` replaces the history entry instead of adding one. */
  onChange: (q: RecommendationFilter, typing?: boolean) => void;
}

/** The tracker's filters: text as you type, addressee and status (several at once, each with its count) and theme. */
export function TrackerFilters({ query, counts, onChange }: Props) {
  const commitText = useCallback((text: string) => onChange({ ...query, text }, true), [query, onChange]);
  const addressees = useMemo(() => {
    const known = (counts?.byAddressee ?? []).map((a) => ({ value: a.addressee, label: `${a.addressee} (${a.total})` }));
    // An addressee in the URL that no recommendation names any more stays choosable, so it can be unticked.
    const gone = query.addressees.filter((a) => !known.some((k) => k.value === a)).map((a) => ({ value: a, label: `${a} (0)` }));
    return [...known, ...gone];
  }, [counts, query.addressees]);
  const statuses = RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: `${RECOMMENDATION_STATUS_LABELS[s]} (${counts?.byStatus[s] ?? 0})` }));
  const themes = (counts?.byTheme ?? []).map((t) => ({ value: t.id, label: `${t.label} (${t.total})` }));

  return (
    <div className="filters tracker-filters" role="group" aria-label="Filter recommendations">
      <FilterTextInput id="recommendations-text" label="Filter recommendations by title or text" placeholder="Filter by title or text…" value={query.text} onCommit={commitText} />
      <FilterMenu label="Addressee" options={addressees} value={query.addressees} onChange={(v) => onChange({ ...query, addressees: v })} />
      <FilterMenu label="Status" options={statuses} value={query.statuses} onChange={(v) => onChange({ ...query, statuses: v as RecommendationFilter['statuses'] })} />
      <label htmlFor="recommendations-theme" className="visually-hidden">
        Theme
      </label>
      <Select id="recommendations-theme" value={query.themeId ?? ''} options={withCurrent(themes, query.themeId, 'The theme chosen before')} empty="Any theme" onChange={(v) => onChange({ ...query, themeId: v || null })} />
      {isFiltered(query) ? (
        <button type="button" className="button button--small button--quiet" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
