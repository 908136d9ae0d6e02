import type { FormEvent, ReactNode } from 'react';
import { Dialog } from './Dialog';
import { DialogActions } from './DialogActions';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in words. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a consequential act; says what will change; Escape or Cancel leaves things as they were. */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel = 'Cancel', danger, busy, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onConfirm();
  };
  return (
    <Dialog open={open} title={title} onClose={onCancel}>
      <form onSubmit={submit} noValidate>
        <div className="dialog-text">{children}</div>
        <DialogActions label={confirmLabel} busyLabel="Working…" busy={busy} danger={danger} error={error} onCancel={onCancel} cancelLabel={cancelLabel} autoFocus="cancel" />
      </form>
    </Dialog>
  );
}
