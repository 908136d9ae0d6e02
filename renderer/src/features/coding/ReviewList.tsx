import { useState } from 'react';
import { RemoveActions } from './RemoveActions';
import { Link } from 'react-router-dom';
import type { Passage } from '../../../../shared/model/themes';
import { ThemeChips } from './PassageList';
import { Quote } from './Quote';
import { placeHref } from './usePassageLinks';

interface ReviewListProps {
  passages: Passage[];
  canCode: boolean;
  /** Accept as it stands (coding.confirm); answers an error message or null. */
  onAccept: (p: Passage) => Promise<string | null>;
  onRemove: (p: Passage) => Promise<string | null>;
}

const REASON = {
  changed: 'The text under it was changed when the transcript was edited.',
  deleted: 'The text under it was deleted when the transcript was edited.',
  '': '',
} as const;

function ReviewItem({ p, canCode, onAccept, onRemove }: { p: Passage; canCode: boolean; onAccept: () => Promise<string | null>; onRemove: () => Promise<string | null> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (fn: () => Promise<string | null>) => {
    setBusy(true);
    const message = await fn();
    setBusy(false);
    setError(message);
  };
  const name = p.kind === 'segment' ? `segment “${p.title}”` : 'code';
  return (
    <li className="review-item">
      <p>
        <strong>{p.kind === 'segment' ? `Segment “${p.title}”` : 'Coded passage'}</strong> — {REASON[p.review]}
      </p>
      <p className="small muted">It was on this text:</p>
      <Quote text={p.quote} />
      <ThemeChips themes={p.themes} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {canCode ? (
        <RemoveActions
          label={`Confirm removing this ${name}`}
          question={`Remove this ${name}? The removal is kept in the history.`}
          confirmText="Remove"
          busy={busy}
          onConfirm={() => void act(onRemove)}
        >
          {p.review === 'changed' ? (
            <button type="button" className="button button--small" disabled={busy} onClick={() => void act(onAccept)}>
              Accept as is
            </button>
          ) : null}
          <Link className="button button--small" to={placeHref(p.id)}>
            Place again on new text
          </Link>
        </RemoveActions>
      ) : null}
    </li>
  );
}

/** Codes and segments whose text changed or went in a transcript edit: never dropped silently, decided here. */
export function ReviewList({ passages, canCode, onAccept, onRemove }: ReviewListProps) {
  return (
    <ul className="review-list">
      {passages.map((p) => (
        <ReviewItem key={p.id} p={p} canCode={canCode} onAccept={() => onAccept(p)} onRemove={() => onRemove(p)} />
      ))}
    </ul>
  );
}
