import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { SavedSearch } from '../../../../shared/api/search';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { ApiErrorNotice } from '../../components/Notice';
import { Field } from '../../components/Field';
import { filterCount, searchHref, type SearchState } from './searchState';

/** What a saved search looks for, in a few words. */
function describe(s: SavedSearch): string {
  const n = filterCount(s.filters);
  const parts = [s.q.trim() === '' ? 'no words' : s.q.length > 60 ? `${s.q.slice(0, 60)}…` : s.q];
  if (n > 0) parts.push(n === 1 ? '1 filter' : `${n} filters`);
  return parts.join(' · ');
}

/** The saved searches, each a link that runs it, with Delete (after a confirmation). */
export function SavedSearches({ version, onChanged }: { version: number; onChanged: (message: string) => void }) {
  const { info, dataVersion } = useArchive();
  const list = useCall('search.saved.list', info ? {} : null, `${dataVersion}|${version}`);
  const [deleting, setDeleting] = useState<SavedSearch | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    if (!deleting) return;
    setBusy(true);
    setError(null);
    const r = await call('search.saved.delete', { id: deleting.id });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    onChanged(`Deleted the saved search “${deleting.name}”.`);
    setDeleting(null);
  };

  const saved = list.data ?? [];
  return (
    <section className="saved-searches" aria-labelledby="saved-title">
      <h2 id="saved-title">Saved searches</h2>
      <ApiErrorNotice error={list.error} retry={list.reload} />
      {list.data && saved.length === 0 ? <p className="muted small">None yet. Search, then choose “Save search…” to keep it here.</p> : null}
      {saved.length > 0 ? (
        <ul className="saved-list">
          {saved.map((s) => (
            <li key={s.id}>
              <Link to={searchHref({ q: s.q, filters: s.filters, sort: s.sort })} className="saved-run">
                <span className="saved-name">{s.name}</span>
                <span className="saved-what">{describe(s)}</span>
              </Link>
              <button type="button" className="button button--quiet button--small" aria-label={`Delete the saved search “${s.name}”`} onClick={() => setDeleting(s)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this saved search?"
        confirmLabel="Delete saved search"
        danger
        busy={busy}
        error={error}
        onConfirm={() => void remove()}
        onCancel={() => {
          setDeleting(null);
          setError(null);
        }}
      >
        <p>
          “{deleting?.name}” will be removed from the saved searches of this archive for everyone who uses it. No testimony changes. The deletion is recorded in the history.
        </p>
      </ConfirmDialog>
    </section>
  );
}

/** Names the current search and saves it; a name already in use is replaced, as the hint says. */
export function SaveSearchDialog({ open, state, onClose, onSaved }: { open: boolean; state: SearchState; onClose: () => void; onSaved: (message: string) => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (name.trim() === '') {
      setError('A name is required');
      return;
    }
    setBusy(true);
    const r = await call('search.saved.save', { name: name.trim(), q: state.q, filters: state.filters, sort: state.sort });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.fields?.[0]?.message ?? r.error.message);
      return;
    }
    setName('');
    setError(undefined);
    onSaved(`Saved the search as “${r.value.name}”.`);
  };

  const close = () => {
    setError(undefined);
    onClose();
  };

  return (
    <Dialog open={open} title="Save this search" onClose={close}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="dialog-text">
          Searching for <strong>{state.q.trim() === '' ? 'everything' : state.q}</strong>
          {filterCount(state.filters) > 0 ? `, with ${filterCount(state.filters)} filter${filterCount(state.filters) === 1 ? '' : 's'}` : ''}.
        </p>
        <Field path="saved-search-name" label="Name" error={error} required hint="A name already in the list is replaced by this search.">
          {(p) => (
            <input
              {...p}
              type="text"
              data-autofocus
              autoComplete="off"
              maxLength={120}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setError(undefined);
              }}
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save search'}
          </button>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
