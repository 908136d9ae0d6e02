import { useState } from 'react';
import { RemoveActions } from './RemoveActions';
import { Link } from 'react-router-dom';
import type { Passage } from '../../../../shared/model/themes';
import { Dialog } from '../../components/Dialog';
import { formatDateTime } from '../../lib/format';
import { ThemeSwatch } from '../themes/ThemeSwatch';
import { Quote } from './Quote';

interface CodesPanelProps {
  passages: Passage[];
  canCode: boolean;
  onEdit: (p: Passage) => void;
  /** Removes a code; answers an error message or null. */
  onRemove: (p: Passage) => Promise<string | null>;
  onClose: () => void;
}

/** The link to a theme's page, where every passage coded with it is listed. */
export function themePath(id: string): string {
  return `/themes/${encodeURIComponent(id)}`;
}

function CodeItem({ p, canCode, onEdit, onRemove }: { p: Passage; canCode: boolean; onEdit: () => void; onRemove: () => Promise<string | null> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    const message = await onRemove();
    setBusy(false);
    setError(message);
  };
  return (
    <li className="codes-item">
      <Quote text={p.quote} />
      <ul className="theme-list" aria-label="Themes">
        {p.themes.map((t) => (
          <li key={t.id}>
            <ThemeSwatch colour={t.colour} />
            <Link to={themePath(t.id)}>{t.label}</Link>
          </li>
        ))}
      </ul>
      {p.note ? <p className="codes-note">{p.note}</p> : null}
      <p className="muted small">
        Coded by {p.createdBy || 'someone'} · {formatDateTime(p.createdAt)}
        {p.updatedAt !== p.createdAt ? ` · changed ${formatDateTime(p.updatedAt)}` : ''}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {canCode ? (
        <RemoveActions
          label="Confirm removal"
          question="Remove this code? The text stays; the removal is kept in the history."
          confirmText={busy ? 'Removing…' : 'Remove code'}
          busy={busy}
          onConfirm={() => void remove()}
        >
          <button type="button" className="button button--small" onClick={onEdit}>
            Edit
          </button>
        </RemoveActions>
      ) : null}
    </li>
  );
}

/** The codes at one spot of the transcript: their themes, note, who coded them and when; edit or remove. */
export function CodesPanel({ passages, canCode, onEdit, onRemove, onClose }: CodesPanelProps) {
  return (
    <Dialog open title={passages.length === 1 ? 'Coded passage' : `${passages.length} coded passages here`} onClose={onClose} className="codes-panel">
      <ul className="codes-list">
        {passages.map((p) => (
          <CodeItem key={p.id} p={p} canCode={canCode} onEdit={() => onEdit(p)} onRemove={() => onRemove(p)} />
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
