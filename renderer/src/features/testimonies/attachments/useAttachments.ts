import type { Attachment } from '../../../../../shared/model/attachments';
import { contract } from '../../../../../shared/api';
import { useCall, useCallThenReload } from '../../../api/useCall';
import { useArchive } from '../../../app/ArchiveContext';
import { useRoleIn } from '../../../app/useRoleIn';

export interface Attachments {
  files: Attachment[];
  loading: boolean;
  error: ReturnType<typeof useCall>['error'];
  reload: () => void;
  /** Whether the signed-in person may attach, rename and take off files (the contract's roles). */
  canWrite: boolean;
  /** Calls an attachments method and re-reads the list when it succeeds. */
  run: ReturnType<typeof useCallThenReload>;
}

/** A testimony's attached files (attachments.list), re-read after each change made here. */
export function useAttachments(testimonyId: string): Attachments {
  const { dataVersion } = useArchive();
  const r = useCall('attachments.list', { testimonyId }, dataVersion);
  const run = useCallThenReload(r.reload);
  // add, update and remove share one role list; a person offered one may do all three.
  const canWrite = useRoleIn(contract['attachments.add'].roles);
  return { files: r.data ?? [], loading: r.loading && !r.data, error: r.error, reload: r.reload, canWrite, run };
}
