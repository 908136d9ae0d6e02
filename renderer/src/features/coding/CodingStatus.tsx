import type { Status } from './useCodingActions';

/**
 * What the last coding act did, or why it failed, kept in view at the bottom of the transcript
 * (where the reader's eyes are) with Undo after a code is added.
 */
export function CodingStatus({ status, onUndo, onDismiss }: { status: Status; onUndo: (id: string) => void; onDismiss: () => void }) {
  return (
    <div className={`coding-status${status ? ` coding-status--${status.kind}` : ''}`}>
      <div role="status" className="coding-status-text">
        {status?.kind === 'ok' ? (
          <>
            <span>{status.text}</span>
            {status.undo ? (
              <button type="button" className="button button--small" onClick={() => onUndo(status.undo ?? '')}>
                Undo
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {status?.kind === 'error' ? (
        <p role="alert" className="coding-status-error">
          <span aria-hidden="true">⚠ </span>
          {status.text}
        </p>
      ) : null}
      {status ? (
        <button type="button" className="button button--quiet button--small coding-status-close" aria-label="Dismiss message" onClick={onDismiss}>
          ×
        </button>
      ) : null}
    </div>
  );
}
