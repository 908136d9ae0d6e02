import { useState } from 'react';
import type { Testimony } from '../../../../shared/model/testimony';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface Props {
  testimony: Testimony;
  open: boolean;
  onClose: () => void;
  onDone: (t: Testimony) => void;
}

/** Asks for the reason, says what withdrawing does, then withdraws. */
export function WithdrawDialog({ testimony, open, onClose, onDone }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    // Each time it opens it starts empty.
    setWasOpen(open);
    if (open) {
      setReason('');
      setError(null);
    }
  }

  const confirm = async () => {
    if (reason.trim() === '') {
      setError('Say why the testimony is withdrawn; the reason is kept in its history.');
      document.getElementById('withdraw-reason')?.focus();
      return;
    }
    setBusy(true);
    const r = await call('testimonies.withdraw', { id: testimony.id, reason });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else setError(r.error.message);
  };

  return (
    <ConfirmDialog open={open} title={`Withdraw ${testimony.ref}?`} confirmLabel="Withdraw testimony" danger busy={busy} onConfirm={() => void confirm()} onCancel={onClose}>
      <p>
        Withdrawing “{testimony.title}” hides it from lists, searches and every public output. Nothing is deleted: the record, its files and its history
        are kept, and it can be restored at any time. The reason you give is recorded in its history.
      </p>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label htmlFor="withdraw-reason">
          Reason for withdrawing <span className="required">(required)</span>
        </label>
        {error ? (
          <p className="field-error" id="withdraw-reason-error">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
        <textarea
          id="withdraw-reason"
          data-autofocus
          rows={3}
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'withdraw-reason-error' : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
    </ConfirmDialog>
  );
}
