import { useMemo } from 'react';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import type { Option } from '../../components/Select';

/** Testimonies to link to a marker, by reference code (the first 500, like the other pickers). */
export function useTestimonyOptions(): { options: Option[]; loading: boolean } {
  const { dataVersion } = useArchive();
  const r = useCall('testimonies.list', { text: '', status: [], type: [], accessLevel: [], includeWithdrawn: false, sort: 'ref', direction: 'asc', offset: 0, limit: 500 }, dataVersion);
  const options = useMemo(() => (r.data?.items ?? []).map((t) => ({ value: t.id, label: `${t.ref} ${t.title}` })), [r.data]);
  return { options, loading: r.loading };
}
