import { useState, type FormEvent } from 'react';
import { ATTACHMENT_KIND_LABELS, ATTACHMENT_KINDS, type AttachmentKind } from '../../../../../shared/model/attachments';
import { stageFile } from '../../../api/files';
import { Field } from '../../../components/Field';
import { FileDrop } from '../../../components/FileDrop';
import { Notice } from '../../../components/Notice';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { errorsFromApi } from '../../../lib/formErrors';
import { formatBytes, kindForFile } from '../model/attachments';
import type { Attachments } from './useAttachments';

const KIND_OPTIONS = ATTACHMENT_KINDS.map((k) => ({ value: k, label: ATTACHMENT_KIND_LABELS[k] }));

type Step = null | 'sending' | 'storing';
interface Errors {
  path?: string;
  name?: string;
  kind?: string;
  general?: string;
}

/**
 * "Attach a file…": choose or drop one file, say what it is (guessed from its type), name it if its
 * own name will not do. The file is staged for the engine (uploaded in browser mode), then stored
 * once by its SHA-256 fingerprint; the steps are said in words while they run.
 */
export function AttachFile({ testimonyId, attachments }: { testimonyId: string; attachments: Attachments }) {
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<AttachmentKind>('other');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [step, setStep] = useState<Step>(null);
  // What the last attach did, said beside the button: a new file, or one the testimony had already.
  const [added, setAdded] = useState<{ name: string; again: boolean } | null>(null);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setErrors({});
    setAdded(null);
    if (chosen) setKind(kindForFile(chosen.name, chosen.type));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (step) return;
    setAdded(null);
    if (!file) return setErrors({ path: 'Choose a file to attach, or drop one here.' });
    setErrors({});
    setStep('sending');
    const staged = await stageFile(file);
    if (!staged.ok) {
      setStep(null);
      return setErrors({ path: staged.error.message });
    }
    setStep('storing');
    const had = new Set(attachments.files.map((f) => f.id));
    const r = await attachments.run('attachments.add', { testimonyId, path: staged.value.path, name: name.trim(), kind });
    setStep(null);
    if (!r.ok) {
      const { fields, general } = errorsFromApi(r.error);
      return setErrors({ path: fields.path, name: fields.name, kind: fields.kind, general: general ?? undefined });
    }
    setAdded({ name: r.value.name, again: had.has(r.value.id) });
    setFile(null);
    setName('');
  };

  const busy = step !== null;
  return (
    <section aria-labelledby="attach-h" className="attach-file">
      <h2 id="attach-h">Attach a file…</h2>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <FileDrop
          path="attach-file"
          label="File"
          error={errors.path}
          hint="A recording, a scan, a consent form, a photo. A long recording takes a while to send and fingerprint; the same file is stored once."
          disabled={busy}
          onFiles={(f) => choose(f[0] ?? null)}
          onTooMany={(n) => setErrors({ path: `${n} files were dropped; attach one file at a time, so each gets its kind and name.` })}
        />
        {file ? (
          <p className="small muted">
            Chosen: <strong>{file.name}</strong> ({formatBytes(file.size)})
          </p>
        ) : null}
        <div className="form-grid">
          <Field path="attach-kind" label="Kind" error={errors.kind} hint="Guessed from the file’s type; change it if it is wrong.">
            {(p) => <Select {...p} value={kind} options={KIND_OPTIONS} disabled={busy} onChange={(v) => setKind(v as AttachmentKind)} />}
          </Field>
          <TextField path="attach-name" label="Name (optional)" value={name} onChange={setName} error={errors.name} hint="The file’s own name when left empty." readOnly={busy} />
        </div>
        {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Attaching…' : 'Attach file'}
          </button>
          {busy ? (
            <span className="attach-progress" role="status">
              <progress aria-label="Attaching the file" />
              {step === 'sending' ? `Sending “${file?.name ?? ''}” to Tessera…` : 'Storing the file and taking its fingerprint…'}
            </span>
          ) : added ? (
            <span className="muted small" role="status">
              {added.again ? `“${added.name}” was attached already (the same content); nothing changed.` : `Attached “${added.name}”.`}
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}
