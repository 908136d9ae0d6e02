import { useEffect, useState } from 'react';
import type { ApiError, Output } from '../../../../shared/api';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { formatDateTime } from '../../lib/format';

type Status = Output<'workspace.backupStatus'>;

/**
 * Shown under an archive that would not open. If its database is damaged and it has a verified
 * backup, offers to restore the latest one, after a confirmation that says what will happen: the
 * damaged file is kept aside under a name saying so, never overwritten or deleted.
 */
export function DamagedArchiveOffer({ path, error, onRestored }: { path: string; error: ApiError | null; onRestored: () => void }) {
  // The answer for one failed attempt (path and error), so an answer for an earlier one is never shown.
  const [answer, setAnswer] = useState<{ key: string; status: Status } | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const candidate = error?.code === 'archive_unavailable' && path.trim() ? path.trim() : null;
  const key = candidate ? `${candidate}\n${error?.message ?? ''}` : null;

  useEffect(() => {
    if (!candidate || !key) return;
    let live = true;
    void call('workspace.backupStatus', { path: candidate }).then((r) => {
      if (live && r.ok) setAnswer({ key, status: r.value });
    });
    return () => {
      live = false;
    };
  }, [candidate, key]);
  const status = answer && answer.key === key ? answer.status : null;

  if (!candidate || !status?.damaged) return null;
  const latest = status.latest;
  if (!latest) return <Notice kind="warning">This archive has no verified backup in its backups folder. Restore the whole archive folder from a copy kept elsewhere.</Notice>;

  const restore = async () => {
    setBusy(true);
    const r = await call('workspace.restoreBackup', { path: candidate, backup: latest.name });
    setBusy(false);
    if (!r.ok) {
      setFailed(r.error.message);
      return;
    }
    setAsking(false);
    onRestored();
  };

  return (
    <section className="card" aria-labelledby="damaged-offer-title">
      <h3 id="damaged-offer-title">Restore the latest verified backup</h3>
      <p>
        The latest verified backup of this archive was made {formatDateTime(latest.createdAt)} (<span className="mono">{latest.name}</span>).
      </p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => { setFailed(null); setAsking(true); }}>
          Restore the latest verified backup…
        </button>
      </div>
      <ConfirmDialog open={asking} title="Restore the latest verified backup?" confirmLabel="Restore backup" danger busy={busy} error={failed} onConfirm={() => void restore()} onCancel={() => setAsking(false)}>
        <p>
          The archive will be as it was on {formatDateTime(latest.createdAt)}. Changes made after that are not in the backup.
        </p>
        <p>The damaged database is kept in the archive folder under a name ending in “damaged” and the date; nothing is overwritten or deleted.</p>
      </ConfirmDialog>
    </section>
  );
}
