import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Outlet, useLocation, useOutletContext } from 'react-router-dom';
import { SplitView } from '../../components/SplitView';

export interface RecordsOutlet {
  /** Tell the list its rows may have changed (after a save, withdraw or restore). */
  refreshList: () => void;
}

/**
 * A split view whose right side is the child route (detail or form); both sides share a refresh.
 * Forms take the whole width; a record can be read full width with "Hide list".
 */
export function RecordsLayout({ list, listLabel, detailLabel, wide }: { list: (version: number) => ReactNode; listLabel: string; detailLabel: string; wide?: boolean }) {
  const [version, setVersion] = useState(0);
  const [listHidden, setListHidden] = useState(false);
  const refreshList = useCallback(() => setVersion((v) => v + 1), []);
  const context = useMemo<RecordsOutlet>(() => ({ refreshList }), [refreshList]);
  const { pathname } = useLocation();
  const editing = /\/(new|edit)$/.test(pathname);
  const viewing = !editing && pathname.split('/').filter(Boolean).length >= 2;
  const detail = (
    <>
      {viewing ? (
        <div className="detail-tools">
          <button type="button" className="button button--small button--quiet" aria-pressed={listHidden} onClick={() => setListHidden(!listHidden)}>
            {listHidden ? '⇥ Show the list' : '⇤ Hide the list'}
          </button>
        </div>
      ) : null}
      <Outlet context={context} />
    </>
  );
  return <SplitView wide={wide} editing={editing} listHidden={viewing && listHidden} listLabel={listLabel} detailLabel={detailLabel} list={list(version)} detail={detail} />;
}

export function useRecordsOutlet(): RecordsOutlet {
  return useOutletContext<RecordsOutlet>();
}
