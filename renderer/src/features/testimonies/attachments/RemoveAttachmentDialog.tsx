import { useState } from 'react';
import type { Attachment } from '../../../../../shared/model/attachments';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { Attachments } from './useAttachments';

const REASON_ID = 'take-off-reason';

/** "Take off…": asks why, says what changes (the link goes, the stored file stays), then takes it off. */
export function RemoveAttachmentDialog({ file, attachments, onClose }: { file: Attachment | null; attachments: Attachments; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const [wasFor, setWasFor] = useState(file?.id ?? null);
  if (wasFor !== (file?.id ?? null)) {
    // Each file's dialog starts empty.
    setWasFor(file?.id ?? null);
    setReason('');
    setError(null);
  }

  const confirm = async () => {
    if (!file) return;
    if (reason.trim() === '') {
      setError('Say why the file is taken off; the reason is kept in the testimony’s history.');
      document.getElementById(REASON_ID)?.focus();
      return;
    }
    setBusy(true);
    const r = await attachments.run('attachments.remove', { id: file.id, reason: reason.trim() });
    setBusy(false);
    if (r.ok) onClose();
    else setError(r.error.message);
  };

  return (
    <ConfirmDialog open={file !== null} title="Take this file off?" confirmLabel="Take file off" danger busy={busy} onConfirm={() => void confirm()} onCancel={onClose}>
      <p>
        “{file?.name}” will no longer be listed with this testimony or played here. The stored file is kept in the archive, and the reason you give is recorded in the
        testimony’s history.
      </p>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label htmlFor={REASON_ID}>
          Reason for taking it off <span className="required">(required)</span>
        </label>
        {error ? (
          <p className="field-error" id={`${REASON_ID}-error`}>
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
        <textarea
          id={REASON_ID}
          data-autofocus
          rows={3}
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${REASON_ID}-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
    </ConfirmDialog>
  );
}
