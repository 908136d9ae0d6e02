import { useState, type ReactNode } from 'react';

/**
 * A passage's actions with an inline "are you sure?" for removing it: `children` (the other
 * actions) and "Remove…"; once that is pressed, the question, a danger button and Keep it.
 */
export function RemoveActions({ label, question, confirmText, busy, onConfirm, children }: { label: string; question: string; confirmText: string; busy: boolean; onConfirm: () => void; children: ReactNode }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <div className="actions">
        {children}
        <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
          Remove…
        </button>
      </div>
    );
  }
  return (
    <div className="actions" role="group" aria-label={label}>
      <span>{question}</span>
      <button type="button" className="button button--danger button--small" disabled={busy} onClick={onConfirm}>
        {confirmText}
      </button>
      <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
        Keep it
      </button>
    </div>
  );
}
