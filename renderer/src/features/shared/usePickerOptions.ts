import { useMemo } from 'react';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import type { Option } from '../../components/Select';
import { formatFlexDate } from '../../lib/format';

/** Pickers load up to this many records at once; enough for any commission's people and places. */
const PICKER_LIMIT = 500;

export function usePeopleOptions(): { options: Option[]; loading: boolean } {
  const { dataVersion } = useArchive();
  const r = useCall('people.list', { text: '', limit: PICKER_LIMIT, offset: 0 }, dataVersion);
  const options = useMemo(() => (r.data?.items ?? []).map((p) => ({ value: p.id, label: p.pseudonym ? `${p.name} (${p.pseudonym})` : p.name })), [r.data]);
  return { options, loading: r.loading };
}

export function usePlaceOptions(): { options: Option[]; loading: boolean } {
  const { dataVersion } = useArchive();
  const r = useCall('places.list', { text: '', limit: PICKER_LIMIT, offset: 0 }, dataVersion);
  const options = useMemo(() => (r.data?.items ?? []).map((p) => ({ value: p.id, label: p.parentName ? `${p.name}, ${p.parentName}` : p.name })), [r.data]);
  return { options, loading: r.loading };
}

export function useHearingOptions(): { options: Option[]; loading: boolean } {
  const { dataVersion } = useArchive();
  const r = useCall('hearings.list', { text: '', limit: PICKER_LIMIT, offset: 0 }, dataVersion);
  const options = useMemo(() => (r.data?.items ?? []).map((h) => ({ value: h.id, label: h.date ? `${h.title} (${formatFlexDate(h.date)})` : h.title })), [r.data]);
  return { options, loading: r.loading };
}

/** Testimonies by reference code, for linking a marker or quoting an excerpt. */
export function useTestimonyOptions(): { options: Option[]; loading: boolean } {
  const { dataVersion } = useArchive();
  const r = useCall('testimonies.list', { text: '', status: [], type: [], accessLevel: [], includeWithdrawn: false, sort: 'ref', direction: 'asc', offset: 0, limit: PICKER_LIMIT }, dataVersion);
  const options = useMemo(() => (r.data?.items ?? []).map((t) => ({ value: t.id, label: `${t.ref} ${t.title}` })), [r.data]);
  return { options, loading: r.loading };
}

/** Options with the current value kept even when it is not among the loaded ones. */
export function withCurrent(options: Option[], value: string | null, fallbackLabel: string | null): Option[] {
  if (!value || options.some((o) => o.value === value)) return options;
  return [{ value, label: fallbackLabel ?? 'The record chosen before' }, ...options];
}
