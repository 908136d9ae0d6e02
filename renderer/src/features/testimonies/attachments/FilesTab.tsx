import { useState } from 'react';
import type { Attachment } from '../../../../../shared/model/attachments';
import type { Testimony } from '../../../../../shared/model/testimony';
import { EmptyState } from '../../../components/EmptyState';
import { ApiErrorNotice, Loading } from '../../../components/Notice';
import { useCoding } from '../../coding/useCoding';
import { AttachFile } from './AttachFile';
import { EditAttachmentDialog } from './EditAttachmentDialog';
import { FileList } from './FileList';
import { playableRecordings } from '../model/attachments';
import { RecordingPlayer } from './RecordingPlayer';
import { RemoveAttachmentDialog } from './RemoveAttachmentDialog';
import { useAttachments } from './useAttachments';

import './attachments.css';

/**
 * The testimony's Files tab: its recording (played here, each time-coded segment one press from its
 * start), the files attached to it, and "Attach a file…" for those who may.
 */
export function FilesTab({ testimony: t }: { testimony: Testimony }) {
  const attachments = useAttachments(t.id);
  const coding = useCoding(t.id, t.version);
  const [editing, setEditing] = useState<Attachment | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);

  if (attachments.loading) return <Loading what="Reading the testimony’s files…" />;
  // Without the list there is nothing true to say about the files: only what went wrong.
  if (attachments.error && attachments.files.length === 0) return <ApiErrorNotice error={attachments.error} retry={attachments.reload} />;
  const { files, canWrite } = attachments;
  const recordings = playableRecordings(files);

  return (
    <div className="files-tab record-sections">
      {attachments.error ? <ApiErrorNotice error={attachments.error} retry={attachments.reload} /> : null}
      {recordings.length > 0 ? <RecordingPlayer recordings={recordings} segments={coding.segments} /> : null}
      {files.length === 0 ? (
        <EmptyState title="No files attached yet.">
          <p>
            Recordings, scans of written statements, consent forms and photos belong here, stored once each by their fingerprint. {canWrite ? 'Attach the first one below; a recording can then be played here, segment by segment.' : 'A cataloguer or archivist can attach them.'}
          </p>
        </EmptyState>
      ) : (
        <section aria-labelledby="files-h">
          <h2 id="files-h">Files ({files.length})</h2>
          <FileList files={files} canWrite={canWrite} onEdit={setEditing} onRemove={setRemoving} />
        </section>
      )}
      {canWrite ? <AttachFile testimonyId={t.id} attachments={attachments} /> : null}
      <EditAttachmentDialog file={editing} attachments={attachments} onClose={() => setEditing(null)} />
      <RemoveAttachmentDialog file={removing} attachments={attachments} onClose={() => setRemoving(null)} />
    </div>
  );
}
