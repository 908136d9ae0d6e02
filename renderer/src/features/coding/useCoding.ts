import { useMemo } from 'react';
import type { Input, MethodName, Output, Result } from '../../../../shared/api';
import { CATALOGUERS } from '../../../../shared/api/define';
import type { Passage, TestimonyTheme } from '../../../../shared/model/themes';
import { useCall, useCallThenReload } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';

export interface Coding {
  themes: TestimonyTheme[];
  /** Coded passages (kind 'code'), in transcript order. */
  codes: Passage[];
  /** Segments, in transcript order. */
  segments: Passage[];
  /** Passages and segments whose text changed or went when the transcript was edited. */
  review: Passage[];
  byId: Map<string, Passage>;
  loading: boolean;
  error: ReturnType<typeof useCall>['error'];
  /** Whether the signed-in person may code (cataloguers and above). */
  canCode: boolean;
  reload: () => void;
  /** Calls a coding method and re-reads the testimony's coding when it succeeds. */
  run: <M extends MethodName>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;
}

const byPlace = (a: Passage, b: Passage) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id);

/** A testimony's coding (coding.get): whole-testimony themes, passages, segments and what needs review. */
export function useCoding(testimonyId: string, refresh: unknown): Coding {
  const { dataVersion, info } = useArchive();
  const r = useCall('coding.get', { testimonyId }, `${dataVersion}|${String(refresh)}`);
  const { reload } = r;
  const data = r.data;
  const derived = useMemo(() => {
    const passages = [...(data?.passages ?? [])].sort(byPlace);
    return {
      themes: data?.themes ?? [],
      codes: passages.filter((p) => p.kind === 'code'),
      segments: passages.filter((p) => p.kind === 'segment'),
      review: passages.filter((p) => p.review !== ''),
      byId: new Map(passages.map((p) => [p.id, p])),
    };
  }, [data]);
  const run = useCallThenReload(reload);
  const canCode = info ? CATALOGUERS.includes(info.user.role) : false;
  return { ...derived, loading: r.loading && !data, error: r.error, canCode, reload, run };
}
