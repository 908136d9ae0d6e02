import { useEffect, useRef, useState } from 'react';
import { focusMoveButton, MoveButtons } from '../../components/MoveButtons';
import { Link } from 'react-router-dom';
import type { Citation, Finding } from '../../../../shared/model/findings';
import { ACCESS_LEVELS, type AccessLevel } from '../../../../shared/model/enums';
import { call } from '../../api/client';
import { AccessBadge } from '../../components/Badges';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { CitationStateBadge, citationStateNote, PublicBadge } from './CitationBadges';
import { citationHref } from './model/links';

const isAccessLevel = (v: string): v is AccessLevel => (ACCESS_LEVELS as readonly string[]).includes(v);

interface Props {
  finding: Finding;
  mayWrite: boolean;
  onChanged: () => void;
}

/**
 * A finding's evidence in its order: each citation as a quote with the testimony it comes from,
 * its state against today's transcript and whether it may be printed in the public edition. Those
 * who write may move a citation up or down (buttons, so the keyboard can) or remove it.
 */
export function FindingEvidence({ finding: f, mayWrite, onChanged }: Props) {
  const [removing, setRemoving] = useState<Citation | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  // After a move the list is redrawn in its new order: focus goes back to the moved citation's button.
  const moved = useRef<{ id: string; dir: 'up' | 'down' } | null>(null);
  const order = f.citations.map((c) => c.id).join(',');
  useEffect(() => {
    const m = moved.current;
    if (!m || !list.current) return;
    focusMoveButton(list.current.querySelector(`[data-citation="${CSS.escape(m.id)}"]`), m.dir);
    moved.current = null;
  }, [order]);

  const move = async (c: Citation, index: number, dir: 'up' | 'down') => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const r = await call('findings.moveCitation', { id: f.id, citationId: c.id, to: dir === 'up' ? index - 1 : index + 1 });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    moved.current = { id: c.id, dir };
    onChanged();
  };

  const remove = async () => {
    if (!removing || busy) return;
    setBusy(true);
    setError(null);
    const r = await call('findings.uncite', { id: f.id, citationId: removing.id });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setRemoving(null);
    onChanged();
  };

  if (f.citations.length === 0) {
    return (
      <p className="muted">
        No evidence is cited yet.{' '}
        {mayWrite ? (
          <>
            Select words in a testimony’s transcript, or open a search result with <strong>Cite…</strong>, and choose <strong>Cite in a finding…</strong>.
          </>
        ) : null}
      </p>
    );
  }

  const last = f.citations.length - 1;
  return (
    <>
      {error && !removing ? <Notice kind="error">{error}</Notice> : null}
      <ol className="evidence-list" ref={list}>
        {f.citations.map((c, i) => {
          const note = citationStateNote(c.state);
          return (
            <li key={c.id} className={`evidence evidence--${c.state}`} data-citation={c.id}>
              <blockquote className="evidence-quote">{c.quote}</blockquote>
              <p className="evidence-source">
                <span className="muted">— </span>
                <Link to={citationHref(c.testimonyId, c)}>
                  <span className="mono">{c.testimonyRef}</span> {c.testimonyTitle}
                </Link>
              </p>
              <div className="evidence-badges">
                <CitationStateBadge state={c.state} />
                {isAccessLevel(c.accessLevel) ? <AccessBadge level={c.accessLevel} compact /> : null}
                <PublicBadge citation={c} />
              </div>
              {note ? <p className="field-hint">{note}</p> : null}
              {c.note ? (
                <p className="evidence-note pre-wrap">
                  <span className="muted">Note: </span>
                  {c.note}
                </p>
              ) : null}
              {mayWrite ? (
                <div className="actions actions--tight evidence-actions" role="group" aria-label={`Citation ${i + 1} of ${f.citations.length}`}>
                  <MoveButtons canUp={i > 0} canDown={i < last} busy={busy} onMove={(dir) => void move(c, i, dir)} />
                  <button type="button" className="button button--small button--quiet" onClick={() => (setError(null), setRemoving(c))}>
                    Remove…
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this citation?"
        confirmLabel="Remove citation"
        danger
        busy={busy}
        error={removing ? error : null}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        <p>
          The passage from <strong>{removing?.testimonyRef}</strong> will no longer be cited as evidence for {f.ref}. The testimony and its transcript are not changed, and the
          finding’s history keeps the change.
        </p>
      </ConfirmDialog>
    </>
  );
}
