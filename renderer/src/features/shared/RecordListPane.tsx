import { useCallback, type ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import type { Result } from '../../../../shared/api';
import { CATALOGUERS } from '../../../../shared/api/define';
import type { Role } from '../../../../shared/model/enums';
import { usePagedRows, type Page } from '../../api/usePagedRows';
import { useArchive } from '../../app/ArchiveContext';
import { useRoleIn } from '../../app/useRoleIn';
import { EmptyState } from '../../components/EmptyState';
import { FilterTextInput } from '../../components/FilterTextInput';
import { useListSelection } from '../../components/useListSelection';
import { ApiErrorNotice } from '../../components/Notice';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { plural } from '../../lib/format';

export interface RecordListPaneProps<T extends { id: string }> {
  title: string;
  basePath: string;
  newLabel: string;
  noun: [string, string];
  columns: Column<T>[];
  fetchPage: (text: string, offset: number, limit: number) => Promise<Result<Page<T>>>;
  version: number;
  empty: { title: string; body: ReactNode };
  filterLabel: string;
  /** Who may create one (the contract's roles for its create method); others see no New button. */
  writers?: readonly Role[];
}

/** The left side of People, Places and Hearings: a text filter (kept in the URL) over a virtual list. */
export function RecordListPane<T extends { id: string }>({ title, basePath, newLabel, noun, columns, fetchPage, version, empty, filterLabel, writers = CATALOGUERS }: RecordListPaneProps<T>) {
  const mayCreate = useRoleIn(writers);
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const { dataVersion } = useArchive();
  const text = params.get('text') ?? '';
  const { selectedId, open } = useListSelection<T>(basePath);
  const commitText = useCallback((typed: string) => setParams(typed.trim() ? { text: typed } : {}, { replace: true }), [setParams]);

  const load = useCallback((offset: number, limit: number) => fetchPage(text.trim(), offset, limit), [fetchPage, text]);
  const rows = usePagedRows<T>(`${text}|${version}|${dataVersion}`, load);
  const filterId = `${basePath.slice(1)}-filter`;

  return (
    <div className="list-pane">
      <div className="list-head">
        <h1>{title}</h1>
        {mayCreate ? (
          <Link className="button button--primary" to={{ pathname: `${basePath}/new`, search: location.search }}>
            {newLabel}
          </Link>
        ) : null}
      </div>
      {rows.total === 0 && text === '' ? (
        <EmptyState title={empty.title} actions={mayCreate ? <Link className="button button--primary" to={`${basePath}/new`}>{newLabel}</Link> : null}>
          {empty.body}
        </EmptyState>
      ) : (
        <>
          <div className="filters">
            <FilterTextInput id={filterId} label={filterLabel} placeholder={`${filterLabel}…`} value={text} onCommit={commitText} />
          </div>
          <p className="list-count" aria-live="polite">
            {rows.total === null ? 'Loading…' : plural(rows.total, noun[0], noun[1])}
          </p>
          <ApiErrorNotice error={rows.error} />
          <VirtualTable label={title} columns={columns} total={rows.total} rowAt={rows.rowAt} ensure={rows.ensure} rowKey={(r) => r.id} selectedKey={selectedId} onOpen={open} empty={`No ${noun[1]} match “${text}”.`} />
        </>
      )}
    </div>
  );
}
