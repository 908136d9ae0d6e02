import type { Input, MethodName, Output, Result } from '../../../../../shared/api';
import { ARCHIVISTS, CATALOGUERS } from '../../../../../shared/api/define';
import { REDACTION_READERS, type Redaction } from '../../../../../shared/api/redactions';
import { useCall, useCallThenReload } from '../../../api/useCall';
import { useArchive } from '../../../app/ArchiveContext';

export interface Redactions {
  transcript: Redaction[];
  summary: Redaction[];
  /** Redactions an edit moved or emptied: the testimony is held back from public outputs until they are reviewed. */
  review: Redaction[];
  /** Whether the signed-in person sees redactions at all (researchers do not). */
  visible: boolean;
  canAdd: boolean;
  canRemove: boolean;
  error: ReturnType<typeof useCall>['error'];
  reload: () => void;
  /** Calls a redaction method and re-reads the list when it succeeds. */
  run: <M extends MethodName>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;
}

/** A testimony's redactions (redactions.list) and what the signed-in person may do with them. */
export function useRedactions(testimonyId: string, refresh: unknown): Redactions {
  const { dataVersion, info } = useArchive();
  const role = info?.user.role;
  const visible = role !== undefined && REDACTION_READERS.includes(role);
  const r = useCall('redactions.list', visible ? { testimonyId } : null, `${dataVersion}|${String(refresh)}`);
  const { reload } = r;
  const all = r.data ?? [];
  const run = useCallThenReload(reload);
  return {
    transcript: all.filter((x) => x.field === 'transcript'),
    summary: all.filter((x) => x.field === 'summary'),
    review: all.filter((x) => x.review !== ''),
    visible,
    canAdd: role !== undefined && CATALOGUERS.includes(role),
    canRemove: role !== undefined && ARCHIVISTS.includes(role),
    error: r.error,
    reload,
    run,
  };
}
