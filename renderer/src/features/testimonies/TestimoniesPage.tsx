import { useCallback, useMemo, useState } from 'react';
import { Outlet, useOutletContext } from 'react-router-dom';
import { SplitView } from '../../components/SplitView';
import { TestimonyList } from './TestimonyList';

export interface TestimoniesOutlet {
  /** Tell the list its rows may have changed (after a save, withdraw or restore). */
  refreshList: () => void;
}

/** Testimonies: the list on the left, the chosen testimony (or its form) on the right. */
export function TestimoniesPage() {
  const [version, setVersion] = useState(0);
  const refreshList = useCallback(() => setVersion((v) => v + 1), []);
  const context = useMemo<TestimoniesOutlet>(() => ({ refreshList }), [refreshList]);
  return <SplitView wide listLabel="Testimony list" detailLabel="Selected testimony" list={<TestimonyList version={version} />} detail={<Outlet context={context} />} />;
}

export function useTestimoniesOutlet(): TestimoniesOutlet {
  return useOutletContext<TestimoniesOutlet>();
}
