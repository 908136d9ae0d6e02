import type { Passage } from '../../../../shared/model/themes';
import { Quote } from './Quote';

/** Shown while a passage flagged for review waits to be placed on the edited transcript. */
export function PlacingNotice({ passage, onCancel }: { passage: Passage | null; onCancel: () => void }) {
  return (
    <div className="notice notice--warning placing-notice">
      {passage ? (
        <>
          <p>
            <strong>{passage.kind === 'code' ? 'Place a code again' : `Place the segment “${passage.title}” again`}.</strong> It was on this text before the transcript was edited:
          </p>
          <Quote text={passage.quote} />
          <p>
            Select the new text in the transcript, then press <kbd>P</kbd> or choose <strong>Place here</strong>.
          </p>
        </>
      ) : (
        <p>The passage to place is not in this testimony any more.</p>
      )}
      <button type="button" className="button button--small" onClick={onCancel}>
        {passage ? 'Stop placing' : 'Close'}
      </button>
    </div>
  );
}
