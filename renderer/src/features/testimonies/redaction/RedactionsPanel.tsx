import { useState } from 'react';
import type { Redaction } from '../../../../../shared/api/redactions';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ApiErrorNotice, Notice } from '../../../components/Notice';
import type { Redactions } from './useRedactions';

import '../../../styles/redaction.css';

interface Props {
  redactions: Redactions;
  /** Opens the dialog to redact words of the summary (null when the summary is empty or the reader may not redact). */
  onRedactSummary: (() => void) | null;
}

const REVIEW: Record<Exclude<Redaction['review'], ''>, string> = {
  changed: 'Its words were edited: check it still covers what it should, then accept it.',
  deleted: 'Its words were deleted or moved: if they stand elsewhere now, redact them there, then remove this one.',
};

function Item({ r, redactions, onRemove }: { r: Redaction; redactions: Redactions; onRemove: (r: Redaction) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [accepting, setAccepting] = useState(false);
  const accept = async () => {
    setAccepting(true);
    const res = await redactions.run('redactions.confirm', { id: r.id, expectedVersion: r.version });
    setAccepting(false);
    setError(res.ok ? null : res.error.message);
  };
  return (
    <li className={`redaction-item${r.review ? ' needs-review' : ''}`}>
      <p className="redaction-words" tabIndex={0} title={`Reason: ${r.reason}`} aria-label={`Redacted ${r.field === 'summary' ? 'in the summary' : 'in the transcript'}: ${r.quote}. Reason: ${r.reason}`}>
        <s>{r.quote.length > 200 ? `${r.quote.slice(0, 200)}…` : r.quote}</s>
      </p>
      <p className="small">
        <span className="muted">{r.field === 'summary' ? 'Summary' : 'Transcript'} · Reason:</span> {r.reason} <span className="muted">— {r.createdBy}</span>
      </p>
      {r.review ? <Notice kind="warning">{REVIEW[r.review]}</Notice> : null}
      {error ? <Notice kind="error">{error}</Notice> : null}
      {redactions.canRemove ? (
        <p className="redaction-actions">
          {r.review === 'changed' ? (
            <button type="button" className="button button--small" disabled={accepting} onClick={() => void accept()}>
              Accept as it stands
            </button>
          ) : null}
          <button type="button" className="button button--small" onClick={() => onRemove(r)}>
            Remove redaction…
          </button>
        </p>
      ) : null}
    </li>
  );
}

/** The testimony's redactions with their reasons; archivists remove them (after confirming) or accept moved ones. */
export function RedactionsPanel({ redactions, onRedactSummary }: Props) {
  const [removing, setRemoving] = useState<Redaction | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!redactions.visible) return null;
  const all = [...redactions.transcript, ...redactions.summary];

  const remove = async () => {
    if (!removing) return;
    setBusy(true);
    const r = await redactions.run('redactions.remove', { id: removing.id });
    setBusy(false);
    if (r.ok) setRemoving(null);
    else setError(r.error.message);
  };

  return (
    <section className="redactions" aria-labelledby="redactions-heading">
      <h2 id="redactions-heading">Redactions</h2>
      {redactions.review.length > 0 ? (
        <Notice kind="warning">This testimony is held back from every public output until its redactions marked below are reviewed.</Notice>
      ) : null}
      {/* A list that could not be read is not "nothing is redacted". */}
      <ApiErrorNotice error={redactions.error} retry={redactions.reload} />
      {redactions.error ? null : all.length === 0 ? (
        <p className="muted small">Nothing is redacted. {redactions.canAdd ? 'Select words of the transcript and choose “Redact…” to keep them out of every public output.' : ''}</p>
      ) : (
        <ul className="redaction-list">
          {all.map((r) => (
            <Item key={r.id} r={r} redactions={redactions} onRemove={(x) => (setError(null), setRemoving(x))} />
          ))}
        </ul>
      )}
      {onRedactSummary ? (
        <button type="button" className="button button--small" onClick={onRedactSummary}>
          Redact words of the summary…
        </button>
      ) : null}
      <ConfirmDialog open={removing !== null} title="Remove this redaction?" confirmLabel="Remove redaction" danger busy={busy} error={error} onConfirm={() => void remove()} onCancel={() => setRemoving(null)}>
        <p>
          These words will appear again in every public output: <s>{removing?.quote.slice(0, 200)}</s>
        </p>
        <p>The history keeps what was redacted and why.</p>
      </ConfirmDialog>
    </section>
  );
}
