import { useCallback, useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { CATALOGUERS } from '../../../../shared/api/define';
import type { TestimonyRow } from '../../../../shared/model/testimony';
import { call } from '../../api/client';
import { usePagedRows } from '../../api/usePagedRows';
import { useArchive } from '../../app/ArchiveContext';
import { useRoleIn } from '../../app/useRoleIn';
import { EmptyState } from '../../components/EmptyState';
import { ApiErrorNotice } from '../../components/Notice';
import { useListSelection } from '../../components/useListSelection';
import { VirtualTable } from '../../components/VirtualTable';
import { plural } from '../../lib/format';
import { TESTIMONY_COLUMNS } from './columns';
import { isFiltered, readListQuery, toListInput, writeListQuery, type ListQuery } from './listQuery';
import { TestimonyFilters } from './TestimonyFilters';

const PAGE = 100;

export function TestimonyList({ version }: { version: number }) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const { dataVersion } = useArchive();
  const mayCreate = useRoleIn(CATALOGUERS);
  const query = useMemo(() => readListQuery(params), [params]);
  const { selectedId, open } = useListSelection<TestimonyRow>('/testimonies');

  const setQuery = useCallback((q: ListQuery, typing?: boolean) => setParams(writeListQuery(q), { replace: typing }), [setParams]);

  const key = `${JSON.stringify(query)}|${version}|${dataVersion}`;
  const fetchPage = useCallback((offset: number, limit: number) => call('testimonies.list', toListInput(query, offset, limit)), [query]);
  const rows = usePagedRows<TestimonyRow>(key, fetchPage, PAGE);

  const onSort = (sortKey: string) => {
    const sort = sortKey as ListQuery['sort'];
    setQuery({ ...query, sort, direction: query.sort === sort && query.direction === 'asc' ? 'desc' : 'asc' });
  };

  const nothingAtAll = rows.total === 0 && !isFiltered(query) && !query.includeWithdrawn;

  return (
    <div className="list-pane">
      <div className="list-head">
        <h1>Testimonies</h1>
        {mayCreate ? (
          <Link className="button button--primary" to={{ pathname: '/testimonies/new', search: location.search }}>
            New testimony
          </Link>
        ) : null}
      </div>
      <TestimonyFilters query={query} onChange={setQuery} />
      <p className="list-count" aria-live="polite">
        {rows.total === null ? 'Loading…' : plural(rows.total, 'testimony', 'testimonies')}
        {query.includeWithdrawn ? ', including withdrawn' : ''}
      </p>
      <ApiErrorNotice error={rows.error} />
      {nothingAtAll ? (
        <EmptyState
          title="No testimonies yet"
          actions={
            mayCreate ? (
              <>
                <Link className="button button--primary" to="/testimonies/new">
                  New testimony
                </Link>
                <Link className="button" to="/">
                  Load the sample archive
                </Link>
              </>
            ) : null
          }
        >
          <p>Each statement, interview or hearing transcript the commission takes is catalogued here, with its people, places, consent and access level.</p>
        </EmptyState>
      ) : (
        <VirtualTable
          label="Testimonies"
          columns={TESTIMONY_COLUMNS}
          total={rows.total}
          rowAt={rows.rowAt}
          ensure={rows.ensure}
          rowKey={(r) => r.id}
          selectedKey={selectedId}
          onOpen={open}
          sort={{ key: query.sort, direction: query.direction }}
          onSort={onSort}
          rowClassName={(r) => (r.withdrawn ? 'is-withdrawn' : '')}
          empty={
            <span>
              No testimonies match these filters.{' '}
              <button type="button" className="link-button" onClick={() => setQuery({ ...query, text: '', status: [], type: [], accessLevel: [] })}>
                Clear filters
              </button>
            </span>
          }
        />
      )}
    </div>
  );
}
