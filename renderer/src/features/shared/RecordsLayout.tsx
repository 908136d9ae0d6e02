import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Outlet, useLocation, useOutletContext } from 'react-router-dom';
import { SplitView } from '../../components/SplitView';

export interface RecordsOutlet {
  /** Tell the list its rows may have changed (after a save, withdraw or restore). */
  refreshList: () => void;
}

/** A split view whose right side is the child route (detail or form); both sides share a refresh. */
export function RecordsLayout({ list, listLabel, detailLabel, wide }: { list: (version: number) => ReactNode; listLabel: string; detailLabel: string; wide?: boolean }) {
  const [version, setVersion] = useState(0);
  const refreshList = useCallback(() => setVersion((v) => v + 1), []);
  const context = useMemo<RecordsOutlet>(() => ({ refreshList }), [refreshList]);
  const editing = /\/(new|edit)$/.test(useLocation().pathname);
  return <SplitView wide={wide} editing={editing} listLabel={listLabel} detailLabel={detailLabel} list={list(version)} detail={<Outlet context={context} />} />;
}

export function useRecordsOutlet(): RecordsOutlet {
  return useOutletContext<RecordsOutlet>();
}
