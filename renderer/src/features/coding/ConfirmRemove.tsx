/** An inline "are you sure?" for removing a code or segment: the question, a danger button and Keep it. */
export function ConfirmRemove({ label, question, confirmText, busy, onConfirm, onCancel }: { label: string; question: string; confirmText: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="actions" role="group" aria-label={label}>
      <span>{question}</span>
      <button type="button" className="button button--danger button--small" disabled={busy} onClick={onConfirm}>
        {confirmText}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        Keep it
      </button>
    </div>
  );
}
