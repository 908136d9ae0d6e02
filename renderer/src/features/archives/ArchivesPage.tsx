import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ApiError, ArchiveInfo, Result } from '../../../../shared/api';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../lib/format';
import { DamagedArchiveOffer } from '../backups/DamagedArchiveOffer';

/** Errors for one small form: the message next to its field, or at the form's top. */
function useSmallForm() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (f: string) => (error && error.field === f ? error.message : (error?.fields?.find((x) => x.field === f)?.message ?? undefined));
  const general = error && !error.field && !error.fields?.length ? error.message : null;
  return { error, setError, busy, setBusy, fieldError, general };
}

type SmallForm = ReturnType<typeof useSmallForm>;

/** One small form as a card: its heading, fields, general error and submit button ([idle, busy] labels). */
function SmallFormCard({ id, title, form, onSubmit, submit, children }: { id: string; title: string; form: SmallForm; onSubmit: (e: FormEvent) => void; submit: [string, string]; children: ReactNode }) {
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      {form.general ? <Notice kind="error">{form.general}</Notice> : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? submit[1] : submit[0]}
        </button>
      </div>
    </form>
  );
}

export function ArchivesPage() {
  const { info, reload } = useArchive();
  const navigate = useNavigate();
  const recent = useCall('workspace.recent', {}, info?.path);
  const [createPath, setCreatePath] = useState('');
  const [createName, setCreateName] = useState('');
  const [openPath, setOpenPath] = useState('');
  const create = useSmallForm();
  const open = useSmallForm();
  const other = useSmallForm();
  // The recent archive last tried, for the offer to restore it if it is damaged.
  const [tried, setTried] = useState('');

  const finish = async (form: SmallForm, run: () => Promise<Result<ArchiveInfo>>) => {
    form.setBusy(true);
    form.setError(null);
    const r = await run();
    form.setBusy(false);
    if (!r.ok) {
      form.setError(r.error);
      return;
    }
    reload();
    void navigate('/');
  };

  const onCreate = (e: FormEvent) => {
    e.preventDefault();
    void finish(create, () => call('workspace.create', { path: createPath, name: createName }));
  };
  const onOpen = (e: FormEvent) => {
    e.preventDefault();
    void finish(open, () => call('workspace.open', { path: openPath }));
  };

  return (
    <div className="page page--narrow">
      <header className="page-head">
        <h1>Open or create an archive</h1>
        <p className="muted">
          An archive is a folder you can see, copy and back up. {info ? <>Now open: <strong>{info.name}</strong> <span className="mono path">{info.path}</span></> : 'No archive is open.'}
        </p>
      </header>

      <section className="card" aria-labelledby="recent-title">
        <h2 id="recent-title">Recent archives</h2>
        {recent.error ? <Notice kind="error">{recent.error.message}</Notice> : null}
        {recent.data && recent.data.length === 0 ? <p className="muted">None yet.</p> : null}
        <ul className="recent-list">
          {(recent.data ?? []).map((a) => (
            <li key={a.path}>
              <div>
                <strong>{a.name}</strong>
                <br />
                <span className="mono path small">{a.path}</span>
                <br />
                <span className="muted small">Last opened {formatDateTime(a.openedAt)}</span>
              </div>
              <button type="button" className="button" disabled={other.busy} aria-label={`Open ${a.name}`} onClick={() => { setTried(a.path); void finish(other, () => call('workspace.open', { path: a.path })); }}>
                {a.path === info?.path ? 'Reopen' : 'Open'}
              </button>
            </li>
          ))}
        </ul>
        <div className="actions">
          <button type="button" className="button" disabled={other.busy} onClick={() => { setTried(''); void finish(other, () => call('workspace.openDefault', {})); }}>
            Open the default archive
          </button>
        </div>
        {other.error ? <Notice kind="error">{other.error.message}</Notice> : null}
        <DamagedArchiveOffer path={tried} error={other.error} onRestored={() => { other.setError(null); reload(); void navigate('/'); }} />
      </section>

      <SmallFormCard id="open" title="Open an existing archive" form={open} onSubmit={onOpen} submit={['Open archive', 'Opening…']}>
        <TextField path="open.path" label="Archive folder" value={openPath} onChange={setOpenPath} error={open.fieldError('path')} hint="The full path of a folder that holds archive.sqlite, e.g. /home/ana/Commission.tessera" required />
      </SmallFormCard>
      <DamagedArchiveOffer path={openPath} error={open.error} onRestored={() => { open.setError(null); reload(); void navigate('/'); }} />

      <SmallFormCard id="create" title="Create a new archive" form={create} onSubmit={onCreate} submit={['Create archive', 'Creating…']}>
        <TextField path="create.name" label="Name" value={createName} onChange={setCreateName} error={create.fieldError('name')} hint="The commission or collection, e.g. Riverton Truth Commission." required />
        <TextField path="create.path" label="New folder" value={createPath} onChange={setCreatePath} error={create.fieldError('path')} hint="The full path of a folder to create; it must not exist yet or be empty." required />
      </SmallFormCard>
    </div>
  );
}
