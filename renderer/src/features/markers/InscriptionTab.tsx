import { useState } from 'react';
import { INSCRIPTION_MAX, inscriptionText, type InscriptionVersion, type Marker } from '../../../../shared/model/markers';
import { call } from '../../api/client';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { formatDateTime, formatFlexDate } from '../../lib/format';
import { ApproveDialog } from './ApproveDialog';
import { editorStart, latestDraft, lengthNote } from './model/inscription';

const STATE_LABELS: Record<InscriptionVersion['state'], string> = { draft: 'Draft', approved: 'Approved', superseded: 'Superseded' };

interface Props {
  marker: Marker;
  /** The editor's text as typed (kept by the record view, so switching tabs loses nothing), or null for the saved text. */
  typed: string | null;
  onType: (text: string | null) => void;
  onChanged: () => void;
}

/** The approved inscription (locked), the draft being worked on, and every version. */
export function InscriptionTab({ marker: m, typed, onType, onChanged }: Props) {
  const start = editorStart(m.inscriptions, m.approvedInscription);
  const text = typed ?? start;
  const draft = latestDraft(m.inscriptions);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [approving, setApproving] = useState<InscriptionVersion | null>(null);
  // Nothing new to save: the text is the newest draft's, or the approved text when there is no draft.
  const unchanged = text === (draft?.text ?? m.approvedInscription?.text ?? '');

  const save = async () => {
    const check = inscriptionText.safeParse(text);
    if (!check.success) return setError(check.error.issues[0]?.message ?? 'This text cannot be saved.');
    setSaving(true);
    setError(null);
    const r = await call('markers.saveInscription', { id: m.id, text });
    setSaving(false);
    if (!r.ok) return setError(r.error.message);
    onType(null);
    setSaved(true);
    onChanged();
  };

  return (
    <div className="record-sections">
      <section aria-labelledby="m-approved">
        <h2 id="m-approved">Approved inscription</h2>
        {m.approvedInscription ? (
          <>
            <blockquote className="inscription inscription--approved">{m.approvedInscription.text}</blockquote>
            <p className="muted small">
              <span aria-hidden="true">🔒 </span>
              Version {m.approvedInscription.version}, approved by <strong>{m.approvedInscription.approvedBy}</strong> on {formatFlexDate(m.approvedInscription.approvedOn)}
              {m.approvedInscription.recordedBy ? ` (recorded by ${m.approvedInscription.recordedBy})` : ''}. Locked: it cannot be edited; changes start a new draft.
            </p>
          </>
        ) : (
          <Notice kind="info">No inscription is approved yet. The marker cannot be fabricated until one is: the fabricator works from the approved, locked text.</Notice>
        )}
      </section>

      <section aria-labelledby="m-draft">
        <h2 id="m-draft">{draft ? `Draft (version ${draft.version})` : 'New draft'}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!saving) void save();
          }}
          noValidate
        >
          <TextField
            path="inscription"
            label="Inscription text"
            rows={8}
            value={text}
            onChange={(v) => {
              setSaved(false);
              setError(null);
              onType(v);
            }}
            error={error ?? undefined}
            hint={
              <>
                Line breaks are kept as typed. {lengthNote(text, INSCRIPTION_MAX)}.
                {!draft && m.approvedInscription ? ' Starting from the approved text: saving makes a new draft; the approved version stays as it is.' : ''}
              </>
            }
            inputClassName="inscription-input"
            spellCheck
            // What is typed during the save would be dropped when the saved draft replaces it.
            readOnly={saving}
          />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={saving || unchanged}>
              {saving ? 'Saving…' : 'Save draft'}
            </button>
            {typed !== null && typed !== start ? (
              <button type="button" className="button" onClick={() => onType(null)}>
                Discard changes
              </button>
            ) : null}
            {saved ? (
              <span className="muted small" role="status">
                Draft saved.
              </span>
            ) : null}
          </div>
        </form>
      </section>

      <section aria-labelledby="m-versions">
        <h2 id="m-versions">Versions</h2>
        {m.inscriptions.length === 0 ? (
          <p className="muted">No inscription has been saved yet.</p>
        ) : (
          <ol className="versions">
            {m.inscriptions.map((v) => (
              <li key={v.id} className="version">
                <p className="version-head">
                  <strong>Version {v.version}</strong> <span className={`badge badge--compact badge--inscription-${v.state}`}>{STATE_LABELS[v.state]}</span>
                  <span className="muted small">
                    {' '}
                    saved by {v.createdBy}, {formatDateTime(v.createdAt)}
                    {v.approvedBy ? ` · approved by ${v.approvedBy} on ${formatFlexDate(v.approvedOn)}` : ''}
                  </span>
                </p>
                <p className="version-text">{v.text}</p>
                {v.id === draft?.id ? (
                  <button type="button" className="button button--small" onClick={() => setApproving(v)}>
                    Approve version {v.version}…
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <ApproveDialog
        marker={m}
        version={approving}
        onClose={() => setApproving(null)}
        onDone={() => {
          setApproving(null);
          onChanged();
        }}
      />
    </div>
  );
}
