import { useState } from 'react';
import { inscriptionApproval, type InscriptionVersion, type Marker } from '../../../../shared/model/markers';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { errorsFromIssues } from '../../lib/formErrors';
import { todayUtc } from '../shared/model/today';
import { useCallSubmit } from '../../lib/useCallSubmit';

interface Props {
  marker: Marker;
  /** The draft to approve; the dialog is open while it is set. */
  version: InscriptionVersion | null;
  onClose: () => void;
  onDone: () => void;
}

/** Approving a draft: who approved it (a named person) and on what day; the version is then locked. */
export function ApproveDialog({ marker, version, onClose, onDone }: Props) {
  return (
    <Dialog open={version !== null} title={version ? `Approve version ${version.version} of the inscription` : 'Approve the inscription'} onClose={onClose}>
      {version ? <ApproveForm marker={marker} version={version} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function ApproveForm({ marker, version, onClose, onDone }: Props & { version: InscriptionVersion }) {
  const [approvedBy, setApprovedBy] = useState('');
  const [approvedOn, setApprovedOn] = useState(todayUtc());
  const { errors, general, busy, submit } = useCallSubmit(onDone);
  const check = () => {
    const r = inscriptionApproval.safeParse({ approvedBy, approvedOn });
    return r.success ? null : errorsFromIssues(r.error.issues);
  };
  const approve = () => call('markers.approveInscription', { id: marker.id, versionId: version.id, approvedBy: approvedBy.trim(), approvedOn });

  return (
    <form onSubmit={(e) => void submit(e, check, approve)} noValidate>
      <p className="dialog-text">Once approved, this text is locked: it is what the fabricator works from and what the record sheet prints. Later changes start a new draft.</p>
      {/* Focusable so a long text can be scrolled with the keyboard. */}
      <blockquote className="inscription inscription--preview" tabIndex={0} role="region" aria-label={`Text of version ${version.version}`}>
        {version.text}
      </blockquote>
      <Field path="approvedBy" label="Approved by" required error={errors.approvedBy} hint="The person (or body) who approved it, e.g. the chair of the commission’s memorials committee.">
        {(p) => <input {...p} type="text" value={approvedBy} autoComplete="off" data-autofocus onChange={(e) => setApprovedBy(e.target.value)} />}
      </Field>
      <TextField path="approvedOn" label="Approved on" type="date" required value={approvedOn} onChange={setApprovedOn} error={errors.approvedOn} />
      {general ? <Notice kind="error">{general}</Notice> : null}
      <DialogActions label="Approve and lock" busyLabel="Approving…" busy={busy} onCancel={onClose} />
    </form>
  );
}
