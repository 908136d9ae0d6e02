import { useState, type FormEvent } from 'react';
import { ATTACHMENT_KIND_LABELS, ATTACHMENT_KINDS, type Attachment, type AttachmentKind } from '../../../../../shared/model/attachments';
import { Dialog } from '../../../components/Dialog';
import { DialogActions } from '../../../components/DialogActions';
import { Field } from '../../../components/Field';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { errorsFromApi } from '../../../lib/formErrors';
import type { Attachments } from './useAttachments';

const KIND_OPTIONS = ATTACHMENT_KINDS.map((k) => ({ value: k, label: ATTACHMENT_KIND_LABELS[k] }));

/** Rename an attached file or change its kind; the stored file itself does not change. */
export function EditAttachmentDialog({ file, attachments, onClose }: { file: Attachment | null; attachments: Attachments; onClose: () => void }) {
  return (
    <Dialog open={file !== null} title="Rename or change kind" onClose={onClose}>
      {file ? <EditForm key={file.id} file={file} attachments={attachments} onClose={onClose} /> : null}
    </Dialog>
  );
}

function EditForm({ file, attachments, onClose }: { file: Attachment; attachments: Attachments; onClose: () => void }) {
  const [name, setName] = useState(file.name);
  const [kind, setKind] = useState<AttachmentKind>(file.kind);
  const [errors, setErrors] = useState<{ name?: string; kind?: string; general?: string | null }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (name.trim() === '') return setErrors({ name: 'Give the file a name.' });
    setBusy(true);
    const r = await attachments.run('attachments.update', { id: file.id, name: name.trim(), kind });
    setBusy(false);
    if (r.ok) return onClose();
    const { fields, general } = errorsFromApi(r.error);
    setErrors({ name: fields.name, kind: fields.kind, general });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <TextField path="edit-attachment-name" label="Name" value={name} onChange={setName} error={errors.name} required autoFocus />
      <Field path="edit-attachment-kind" label="Kind" error={errors.kind}>
        {(p) => <Select {...p} value={kind} options={KIND_OPTIONS} onChange={(v) => setKind(v as AttachmentKind)} />}
      </Field>
      <p className="small muted">The stored file and its fingerprint stay as they are; the change is recorded in the testimony’s history.</p>
      <DialogActions label="Save" busyLabel="Saving…" busy={busy} error={errors.general} onCancel={onClose} />
    </form>
  );
}
