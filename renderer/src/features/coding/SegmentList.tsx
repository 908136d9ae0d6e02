import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Passage } from '../../../../shared/model/themes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ThemeChips } from './PassageList';
import { segmentTimes } from './time';
import { passageHref } from './usePassageLinks';

interface SegmentListProps {
  segments: Passage[];
  canCode: boolean;
  onEdit: (s: Passage) => void;
  onRemove: (s: Passage) => Promise<string | null>;
}

/** The segments of a testimony in order: title, times, synopsis, keywords, themes; edit or remove. */
export function SegmentList({ segments, canCode, onEdit, onRemove }: SegmentListProps) {
  const [removing, setRemoving] = useState<Passage | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (segments.length === 0) return <p className="muted">No segments yet. Select text on the Transcript tab and press S, or import captions below.</p>;

  const confirm = async () => {
    if (!removing) return;
    setBusy(true);
    const message = await onRemove(removing);
    setBusy(false);
    setError(message);
    if (message === null) setRemoving(null);
  };

  return (
    <>
      <ol className="segment-list">
        {segments.map((s) => (
          <li key={s.id}>
            <h3>
              <Link to={passageHref(s.id)}>{s.title || 'Untitled segment'}</Link>
            </h3>
            {segmentTimes(s) ? <p className="segment-times">{segmentTimes(s)}</p> : null}
            {s.synopsis ? <p className="small">{s.synopsis}</p> : null}
            {s.keywords.length > 0 ? <p className="small muted">Keywords: {s.keywords.join(', ')}</p> : null}
            <ThemeChips themes={s.themes} />
            {canCode ? (
              <div className="actions">
                <button type="button" className="button button--small" aria-label={`Edit segment ${s.title}`} onClick={() => onEdit(s)}>
                  Edit
                </button>
                <button type="button" className="button button--small" aria-label={`Remove segment ${s.title}`} onClick={() => setRemoving(s)}>
                  Remove…
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this segment?"
        confirmLabel="Remove segment"
        danger
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setRemoving(null);
          setError(null);
        }}
      >
        <p>
          The segment “{removing?.title}” and its title, synopsis, keywords and themes are taken off the transcript. The text stays as it is, and the removal is kept in the
          history.
        </p>
      </ConfirmDialog>
    </>
  );
}
