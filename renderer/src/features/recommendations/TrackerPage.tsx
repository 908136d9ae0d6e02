import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PRIORITY_LABELS, RECOMMENDATION_STATUS_LABELS, type RecommendationFilter, type TrackerCounts } from '../../../../shared/model/findings';
import { useArchive } from '../../app/ArchiveContext';
import { EmptyState } from '../../components/EmptyState';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { formatFlexDate } from '../../lib/format';
import { useFindingRoles } from '../findings/roles';
import { ThemeChips } from '../findings/ThemeChips';
import { addresseeKind } from './model/addressee';
import { filterSearch, isFiltered, NO_FILTER, readTrackerQuery, toFilterInput, writeTrackerQuery } from './model/trackerQuery';
import { RecommendationStatusBadge } from './StatusBadge';
import { StatusReportDialog } from './StatusReportDialog';
import { TrackerFilters } from './TrackerFilters';
import { TrackerSummary } from './TrackerSummary';
import { useTracker } from './useTracker';

/** "Underway or complete · Police department · Truth-telling · matching “apology”", or null when nothing is filtered. */
function describeFilter(q: RecommendationFilter, counts: TrackerCounts | null): string | null {
  if (!isFiltered(q)) return null;
  const parts: string[] = [];
  if (q.statuses.length) parts.push(q.statuses.map((s) => RECOMMENDATION_STATUS_LABELS[s]).join(' or '));
  if (q.addressees.length) parts.push(`to ${q.addressees.join(' or ')}`);
  if (q.themeId) parts.push(`on ${counts?.byTheme.find((t) => t.id === q.themeId)?.label ?? 'the chosen theme'} (and narrower themes)`);
  if (q.text.trim()) parts.push(`matching “${q.text.trim()}”`);
  return parts.join(' · ');
}

function RecommendationsEmpty({ mayWrite }: { mayWrite: boolean }) {
  return (
    <EmptyState
      title="No recommendations yet"
      actions={
        mayWrite ? (
          <Link className="button button--primary" to="/recommendations/new">
            New recommendation
          </Link>
        ) : null
      }
    >
      <p>What the commission recommends, to whom, resting on which findings — and then, for years, how far each has been implemented.</p>
      <p>Each recommendation keeps a dated history of assessments (not started, proposed, underway, complete, rejected). Track them here and print the status report.</p>
    </EmptyState>
  );
}

/** The tracker: every recommendation in number order, filtered by addressee, status, theme and text, with counts and the status report. */
export function TrackerPage() {
  const [params, setParams] = useSearchParams();
  const { dataVersion } = useArchive();
  const { mayWrite } = useFindingRoles();
  const query = useMemo(() => readTrackerQuery(params), [params]);
  const { rows, counts, error } = useTracker(toFilterInput(query), dataVersion);
  const [printing, setPrinting] = useState(false);
  const setQuery = useCallback((q: RecommendationFilter, typing?: boolean) => setParams(writeTrackerQuery(q), { replace: typing }), [setParams]);
  const search = filterSearch(params);
  const filterText = describeFilter(query, counts);
  const nothingAtAll = rows !== null && rows.length === 0 && !isFiltered(query);

  return (
    <div className="page tracker-page">
      <header className="page-head tracker-head">
        <h1>Recommendations</h1>
        <div className="actions actions--tight">
          {mayWrite ? (
            <Link className="button button--primary" to={{ pathname: '/recommendations/new', search }}>
              New recommendation
            </Link>
          ) : null}
          <button type="button" className="button" onClick={() => setPrinting(true)} disabled={!rows || rows.length === 0}>
            Print status report…
          </button>
        </div>
      </header>
      {nothingAtAll ? (
        <RecommendationsEmpty mayWrite={mayWrite} />
      ) : (
        <>
          <TrackerFilters query={query} counts={counts} onChange={setQuery} />
          <ApiErrorNotice error={error} />
          {counts ? <TrackerSummary counts={counts} filtered={isFiltered(query)} /> : null}
          {!rows && !error ? <Loading what="Reading the recommendations…" /> : null}
          {rows && rows.length === 0 ? (
            <p className="muted">
              No recommendations match these filters.{' '}
              <button type="button" className="link-button" onClick={() => setQuery(NO_FILTER)}>
                Clear filters
              </button>
            </p>
          ) : null}
          {rows && rows.length > 0 ? (
            <table className="tracker-table">
              <caption className="visually-hidden">Recommendations in number order{filterText ? `, filtered: ${filterText}` : ''}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    No.
                  </th>
                  <th scope="col">Title</th>
                  <th scope="col">Addressee</th>
                  <th scope="col">Priority</th>
                  <th scope="col">Current status</th>
                  <th scope="col">Themes</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td className="num mono">{r.number}</td>
                    <td>
                      <Link to={{ pathname: `/recommendations/${r.id}`, search }}>{r.title}</Link>
                    </td>
                    <td>
                      {r.addressee}
                      {addresseeKind(r.addressee, r.addresseeType) ? (
                        <>
                          <br />
                          <span className="muted small">{addresseeKind(r.addressee, r.addresseeType)}</span>
                        </>
                      ) : null}
                    </td>
                    <td className={`priority priority--${r.priority}`}>{PRIORITY_LABELS[r.priority]}</td>
                    <td>
                      <RecommendationStatusBadge status={r.status} compact />
                      <br />
                      <span className="muted small nowrap">{r.statusDate ? `since ${formatFlexDate(r.statusDate)}` : ''}</span>
                    </td>
                    <td>
                      <ThemeChips themes={r.themes} links={false} label={`Themes of recommendation ${r.number}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      )}
      <StatusReportDialog open={printing} onClose={() => setPrinting(false)} filter={toFilterInput(query)} filterText={filterText} count={rows?.length ?? null} />
    </div>
  );
}
