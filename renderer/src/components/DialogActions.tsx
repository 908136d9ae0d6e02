interface DialogActionsProps {
  /** The submit button's words, and its words while the work runs ("Saving…"). */
  label: string;
  busyLabel: string;
  busy?: boolean;
  onCancel: () => void;
  cancelLabel?: string;
  /** The act destroys or hides something: the button says so in its colour too. */
  danger?: boolean;
  /** Which button takes focus when the dialog opens; otherwise the dialog's first field marked for it. */
  autoFocus?: 'submit' | 'cancel';
  /** The keys that also submit, for assistive technology ("Control+Enter"). */
  keyShortcuts?: string;
  /** What went wrong with the whole act, announced, just above the buttons. */
  error?: string | null;
}

/**
 * The foot of a dialog's form: its error, then the submit button (disabled and relabelled while the
 * work runs, so a second press cannot send it twice) and Cancel.
 */
export function DialogActions({ label, busyLabel, busy = false, onCancel, cancelLabel = 'Cancel', danger, autoFocus, keyShortcuts, error }: DialogActionsProps) {
  return (
    <>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button
          type="submit"
          className={`button ${danger ? 'button--danger' : 'button--primary'}`}
          disabled={busy}
          data-autofocus={autoFocus === 'submit' ? '' : undefined}
          aria-keyshortcuts={keyShortcuts}
        >
          {busy ? busyLabel : label}
        </button>
        <button type="button" className="button" data-autofocus={autoFocus === 'cancel' ? '' : undefined} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </>
  );
}
