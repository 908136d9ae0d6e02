import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/api/backups';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ApiErrorNotice, Loading, Notice } from '../../components/Notice';
import { formatDateTime } from '../../lib/format';
import { useStartJob } from '../exports/useStartJob';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/**
 * Settings → Backups (administrators and archivists): the verified backups in the archive's
 * backups folder, "Back up now" (a job in the jobs tray), and restoring one after a confirmation
 * that says what will change. A backup is made once a day while the archive is open.
 */
export function BackupsSection() {
  const { info, reload } = useArchive();
  const [refresh, setRefresh] = useState(0);
  // "Back up now" is a job the jobs tray follows (and polls); the list is read again when it ends.
  const backup = useStartJob();
  const job = backup.job;
  const running = backup.starting || job?.state === 'running';
  const ended = job && job.state !== 'running' ? `${job.id}:${job.state}` : null;
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [restored, setRestored] = useState<string | null>(null);

  // The list shows the backup once its job has verified it and put it in place: read it again then.
  const list = useCall('backups.list', {}, `${refresh}|${ended ?? ''}`);
  const startError = backup.error?.message ?? (job && job.state !== 'running' && job.state !== 'done' ? (job.error ?? 'The backup did not finish.') : null);

  const restore = async () => {
    if (!restoring || !info) return;
    setBusy(true);
    const r = await call('workspace.restoreBackup', { path: info.path, backup: restoring.name });
    setBusy(false);
    if (!r.ok) return setRestoreError(r.error.message);
    const kept = r.value.keptAs ? ` The database it replaced is kept in the archive folder as ${r.value.keptAs}.` : '';
    setRestored(`Restored the backup of ${formatDateTime(r.value.restored.createdAt)}.${kept}`);
    setRestoring(null);
    setRefresh((n) => n + 1);
    reload();
  };

  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <p className="muted">
        Verified copies of the database and stored files, in the archive’s <span className="mono">backups</span> folder. One is made each day while the archive is open; the ten newest daily ones are kept.
      </p>
      {restored ? <Notice kind="success">{restored}</Notice> : null}
      {job?.state === 'running' ? <Notice kind="info">{job.title} started; it appears here once verified.</Notice> : null}
      {startError ? <Notice kind="error">{startError}</Notice> : null}
      <ApiErrorNotice error={list.error} />
      {!list.data && !list.error ? <Loading what="Reading the backups…" /> : null}
      {list.data && list.data.length === 0 ? <p className="muted">No backups yet.</p> : null}
      <ul className="recent-list">
        {(list.data ?? []).map((b) => (
          <li key={b.name}>
            <div>
              <strong>{formatDateTime(b.createdAt)}</strong> <span className="muted small">{b.kind === 'scheduled' ? 'daily' : 'made by hand'}</span>
              <br />
              <span className="mono path small">{b.name}</span>
              <br />
              <span className="muted small">
                {b.files} stored file{b.files === 1 ? '' : 's'}, {size(b.bytes)}; verified {formatDateTime(b.verifiedAt)}
              </span>
            </div>
            <button type="button" className="button" aria-label={`Restore the backup of ${formatDateTime(b.createdAt)}`} onClick={() => { setRestoreError(null); setRestoring(b); }}>
              Restore…
            </button>
          </li>
        ))}
      </ul>
      <form className="actions" onSubmit={(e) => void backup.start(e, () => call('backups.create', {}))}>
        <button type="submit" className="button" disabled={running}>
          {running ? 'Backing up…' : 'Back up now'}
        </button>
      </form>
      <ConfirmDialog open={restoring !== null} title="Restore this backup?" confirmLabel="Restore backup" danger busy={busy} error={restoreError} onConfirm={() => void restore()} onCancel={() => setRestoring(null)}>
        <p>The archive will be as it was on {restoring ? formatDateTime(restoring.createdAt) : ''}: every change made since then will no longer be in it.</p>
        <p>The current database is kept in the archive folder under a name ending in “before-restore” and the date; nothing is deleted. The restore is recorded in the history.</p>
      </ConfirmDialog>
    </section>
  );
}
