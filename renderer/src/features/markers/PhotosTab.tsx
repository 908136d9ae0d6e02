import { useRef, useState, type FormEvent } from 'react';
import { PHOTO_MAX_BYTES, type Marker, type MarkerPhoto } from '../../../../shared/model/markers';
import { call } from '../../api/client';
import { stageFile, storedFileUrl } from '../../api/files';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { movedPosition, orderedPhotos } from './model/photos';

const MB = 1024 * 1024;

/** Photos of the marker in the order the record sheet prints them, each with caption and credit. */
export function PhotosTab({ marker: m, onChanged }: { marker: Marker; onChanged: () => void }) {
  const photos = orderedPhotos(m.photos);
  const [removing, setRemoving] = useState<MarkerPhoto | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A refused removal is said inside the (modal) confirmation, where the person is looking.
  const [removeError, setRemoveError] = useState<string | null>(null);

  const move = async (p: MarkerPhoto, step: -1 | 1) => {
    const position = movedPosition(m.photos, p.id, step);
    if (position === null) return;
    setError(null);
    const r = await call('markers.updatePhoto', { id: m.id, photoId: p.id, caption: p.caption, credit: p.credit, position });
    if (r.ok) onChanged();
    else setError(r.error.message);
  };

  const remove = async () => {
    if (!removing) return;
    setBusy(true);
    setRemoveError(null);
    const r = await call('markers.removePhoto', { id: m.id, photoId: removing.id });
    setBusy(false);
    if (!r.ok) return setRemoveError(r.error.message);
    setRemoving(null);
    onChanged();
  };

  return (
    <div className="record-sections">
      <section aria-labelledby="m-photos">
        <h2 id="m-photos">Photos</h2>
        {error ? <Notice kind="error">{error}</Notice> : null}
        {photos.length === 0 ? (
          <p className="muted">No photos yet. Photos of the site, the proof and the dedication are printed on the record sheet with their credits.</p>
        ) : (
          <ul className="photo-grid" aria-label="Photos of the marker">
            {photos.map((p, i) => (
              <PhotoCard key={p.id} marker={m} photo={p} first={i === 0} last={i === photos.length - 1} onMove={(step) => void move(p, step)} onRemove={() => setRemoving(p)} onChanged={onChanged} />
            ))}
          </ul>
        )}
      </section>
      <AddPhoto marker={m} onChanged={onChanged} />
      <ConfirmDialog
        open={removing !== null}
        title="Remove this photo?"
        confirmLabel="Remove photo"
        danger
        busy={busy}
        error={removeError}
        onConfirm={() => void remove()}
        onCancel={() => {
          setRemoving(null);
          setRemoveError(null);
        }}
      >
        <p>
          “{removing?.caption || removing?.fileName}” will no longer be shown with {m.ref} or printed on its record sheet. The stored file is kept, and the removal is recorded in the
          marker’s history.
        </p>
      </ConfirmDialog>
    </div>
  );
}

interface CardProps {
  marker: Marker;
  photo: MarkerPhoto;
  first: boolean;
  last: boolean;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  onChanged: () => void;
}

function PhotoCard({ marker, photo: p, first, last, onMove, onRemove, onChanged }: CardProps) {
  const [editing, setEditing] = useState(false);
  const [caption, setCaption] = useState(p.caption);
  const [credit, setCredit] = useState(p.credit);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const name = p.caption || p.fileName;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const r = await call('markers.updatePhoto', { id: marker.id, photoId: p.id, caption: caption.trim(), credit: credit.trim(), position: p.position });
    setSaving(false);
    if (!r.ok) return setError(r.error.message);
    setEditing(false);
    onChanged();
  };

  return (
    <li className="photo-card">
      <figure>
        <img src={storedFileUrl(p.sha256)} alt={p.caption || `Photo ${p.fileName}`} width={p.width} height={p.height} loading="lazy" />
        {editing ? null : (
          <figcaption>
            {p.caption ? <span className="photo-caption">{p.caption}</span> : <span className="muted">No caption</span>}
            <span className="photo-credit">
              {p.credit ? (
                <>
                  <span className="visually-hidden">Credit: </span>
                  {p.credit}
                </>
              ) : (
                'No credit given'
              )}
            </span>
          </figcaption>
        )}
      </figure>
      {editing ? (
        <form onSubmit={(e) => void save(e)} noValidate className="photo-edit">
          <TextField path={`caption-${p.id}`} label="Caption" value={caption} onChange={setCaption} error={error ?? undefined} />
          <TextField path={`credit-${p.id}`} label="Credit" value={credit} onChange={setCredit} />
          <div className="actions">
            <button type="submit" className="button button--primary button--small" disabled={saving}>
              {saving ? 'Saving…' : 'Save'}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setEditing(false);
                setCaption(p.caption);
                setCredit(p.credit);
                setError(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="actions photo-actions">
          <button type="button" className="button button--small" onClick={() => setEditing(true)} aria-label={`Edit caption and credit of ${name}`}>
            Edit
          </button>
          <button type="button" className="button button--small" onClick={() => onMove(-1)} disabled={first} aria-label={`Move ${name} earlier`}>
            ← Earlier
          </button>
          <button type="button" className="button button--small" onClick={() => onMove(1)} disabled={last} aria-label={`Move ${name} later`}>
            Later →
          </button>
          <button type="button" className="button button--small button--quiet" onClick={onRemove} aria-label={`Remove ${name}…`}>
            Remove…
          </button>
        </div>
      )}
    </li>
  );
}

/** Add a photo: a JPEG or PNG file, with its caption and credit. */
function AddPhoto({ marker, onChanged }: { marker: Marker; onChanged: () => void }) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [credit, setCredit] = useState('');
  const [errors, setErrors] = useState<{ file?: string; general?: string }>({});
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setAdded(null);
    if (!file) return setErrors({ file: 'Choose a JPEG or PNG photo first.' });
    if (file.size > PHOTO_MAX_BYTES) return setErrors({ file: `“${file.name}” is ${(file.size / MB).toFixed(1)} MB; a photo may be at most ${PHOTO_MAX_BYTES / MB} MB. Save a smaller copy and choose that.` });
    setBusy(true);
    setErrors({});
    const staged = await stageFile(file);
    if (!staged.ok) {
      setBusy(false);
      return setErrors({ file: staged.error.message });
    }
    const r = await call('markers.addPhoto', { id: marker.id, path: staged.value.path, fileName: staged.value.fileName, caption: caption.trim(), credit: credit.trim() });
    setBusy(false);
    if (!r.ok) return setErrors(r.error.field === 'path' || r.error.field === 'fileName' ? { file: r.error.message } : { general: r.error.message });
    setAdded(file.name);
    setFile(null);
    setCaption('');
    setCredit('');
    if (fileRef.current) fileRef.current.value = '';
    onChanged();
  };

  return (
    <section aria-labelledby="m-add-photo" className="add-photo">
      <h2 id="m-add-photo">Add a photo</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field path="photo" label="Photo file" error={errors.file} hint={`JPEG or PNG, up to ${PHOTO_MAX_BYTES / MB} MB. It is stored in the archive once, by its fingerprint.`}>
          {(p) => (
            <input
              {...p}
              ref={fileRef}
              type="file"
              accept="image/jpeg,image/png"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setErrors({});
                setAdded(null);
              }}
            />
          )}
        </Field>
        <div className="form-grid">
          <TextField path="photoCaption" label="Caption" value={caption} onChange={setCaption} />
          <TextField path="photoCredit" label="Credit" value={credit} onChange={setCredit} hint="Who took it, as it should be printed." />
        </div>
        {errors.general ? <Notice kind="error">{errors.general}</Notice> : null}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add photo'}
          </button>
          {added ? (
            <span className="muted small" role="status">
              Added “{added}”.
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}
