import { useCallback, useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { CATALOGUERS } from '../../../../shared/api/define';
import type { MarkerFilter, MarkerRow } from '../../../../shared/model/markers';
import { call } from '../../api/client';
import { usePagedRows } from '../../api/usePagedRows';
import { useArchive } from '../../app/ArchiveContext';
import { useRoleIn } from '../../app/useRoleIn';
import { EmptyState } from '../../components/EmptyState';
import { ApiErrorNotice } from '../../components/Notice';
import { useListSelection } from '../../components/useListSelection';
import { VirtualTable } from '../../components/VirtualTable';
import { plural } from '../../lib/format';
import { MARKER_COLUMNS } from './columns';
import { MarkerFilters } from './MarkerFilters';
import { filterSearch, isFiltered, NO_FILTER, readMarkerQuery, toFilterInput, writeMarkerQuery } from './model/listQuery';

const PAGE = 100;

/** What markers are for, said once for the empty list and the empty register. */
export function MarkersEmpty() {
  const { info } = useArchive();
  const mayCreate = useRoleIn(CATALOGUERS);
  const archiveEmpty = info !== null && info.counts.testimonies === 0 && info.counts.withdrawn === 0;
  return (
    <EmptyState
      title="No memorials or markers yet"
      actions={
        mayCreate ? (
          <>
            <Link className="button button--primary" to="/markers/new">
              New marker
            </Link>
            {archiveEmpty ? (
              <Link className="button" to="/">
                Load the sample archive
              </Link>
            ) : null}
          </>
        ) : null
      }
    >
      <p>
        Commissions recommend — and communities erect — monuments, memorials, plaques and historical markers so that a public conversation about what happened
        can take place where it happened.
      </p>
      <p>Keep each one here from proposal to dedication: its approved inscription, where it stands, who is honoured, the testimony behind it, and photos. Then print its record sheet or the whole register.</p>
    </EmptyState>
  );
}

/** The left side of Memorials & markers: filters kept in the URL over a virtual list. */
export function MarkerList({ version }: { version: number }) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const { dataVersion } = useArchive();
  const mayCreate = useRoleIn(CATALOGUERS);
  const query = useMemo(() => readMarkerQuery(params), [params]);
  const { selectedId, open } = useListSelection<MarkerRow>('/markers');

  const setQuery = useCallback((q: MarkerFilter, typing?: boolean) => setParams((prev) => writeMarkerQuery(q, prev), { replace: typing }), [setParams]);
  const key = `${JSON.stringify(query)}|${version}|${dataVersion}`;
  const fetchPage = useCallback((offset: number, limit: number) => call('markers.list', { ...toFilterInput(query), offset, limit }), [query]);
  const rows = usePagedRows<MarkerRow>(key, fetchPage, PAGE);
  const nothingAtAll = rows.total === 0 && !isFiltered(query);

  return (
    <div className="list-pane">
      <div className="list-head">
        <h1>Memorials &amp; markers</h1>
        <div className="actions actions--tight">
          <Link className="button" to={{ pathname: '/markers/register', search: filterSearch(params) }}>
            Register
          </Link>
          {mayCreate ? (
            <Link className="button button--primary" to={{ pathname: '/markers/new', search: location.search }}>
              New marker
            </Link>
          ) : null}
        </div>
      </div>
      {nothingAtAll ? (
        <MarkersEmpty />
      ) : (
        <>
          <MarkerFilters query={query} onChange={setQuery} />
          <p className="list-count" aria-live="polite">
            {rows.total === null ? 'Loading…' : plural(rows.total, 'memorial or marker', 'memorials and markers')}
          </p>
          <ApiErrorNotice error={rows.error} />
          <VirtualTable
            label="Memorials and markers"
            columns={MARKER_COLUMNS}
            total={rows.total}
            rowAt={rows.rowAt}
            ensure={rows.ensure}
            rowKey={(r) => r.id}
            selectedKey={selectedId}
            onOpen={open}
            empty={
              <span>
                No memorials or markers match these filters.{' '}
                <button type="button" className="link-button" onClick={() => setQuery(NO_FILTER)}>
                  Clear filters
                </button>
              </span>
            }
          />
        </>
      )}
    </div>
  );
}
