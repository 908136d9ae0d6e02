import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import type { Input, Output } from '../../../../shared/api';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { ApiErrorNotice, Loading } from '../../components/Notice';

type RecordGet = 'people.get' | 'places.get' | 'hearings.get';

/**
 * Reads the record named by the route's `:id` and re-reads it when the archive's data changes.
 * While it is not yet the current record, `fallback` is what to show instead: its error, or `loading`.
 */
export function useRecordById<M extends RecordGet>(method: M, loading: string): { record: Output<M> | null; fallback: ReactNode } {
  const { id = '' } = useParams();
  const { dataVersion } = useArchive();
  const r = useCall(method, { id } as Input<M>, dataVersion);
  const current = r.data?.id === id;
  if (r.error && !current) return { record: null, fallback: <ApiErrorNotice error={r.error} retry={r.reload} /> };
  return current ? { record: r.data, fallback: null } : { record: null, fallback: <Loading what={loading} /> };
}
