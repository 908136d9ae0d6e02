import { Link, useLocation } from 'react-router-dom';
import type { Testimony } from '../../../../shared/model/testimony';
import { label } from '../../../../shared/model/enums';
import { AccessBadge, StatusBadge } from '../../components/Badges';
import { formatDateTime, formatFlexDate } from '../../lib/format';
import { CATALOGUERS } from '../../../../shared/api/define';
import { useRoleIn } from '../../app/useRoleIn';

interface Props {
  testimony: Testimony;
  onWithdraw: () => void;
  onRestore: () => void;
  restoring: boolean;
}

export function TestimonyHeader({ testimony: t, onWithdraw, onRestore, restoring }: Props) {
  const location = useLocation();
  // Commissioners and researchers read records; only the roles the engine lets write see the buttons.
  // (testimonies.update, withdraw and restore are all CATALOGUERS in shared/api/testimonies.ts.)
  const mayEdit = useRoleIn(CATALOGUERS);
  const embargoed = t.embargoUntil !== null && t.embargoUntil >= new Date().toISOString().slice(0, 10);
  return (
    <header className="record-head">
      {t.withdrawn ? (
        <div className="banner banner--withdrawn" role="note" aria-label="Withdrawn">
          <p>
            <strong>Withdrawn</strong>
            {t.withdrawnAt ? ` on ${formatDateTime(t.withdrawnAt)}` : ''}. It is kept with its history but hidden from lists and public outputs.
          </p>
          {t.withdrawnReason ? <p>Reason: {t.withdrawnReason}</p> : null}
          {mayEdit ? (
            <button type="button" className="button button--small" onClick={onRestore} disabled={restoring}>
              {restoring ? 'Restoring…' : 'Restore'}
            </button>
          ) : null}
        </div>
      ) : null}
      <p className="record-ref mono">{t.ref}</p>
      <h1 className="record-title" id="record-title">{t.title}</h1>
      <div className="record-badges">
        <StatusBadge status={t.withdrawn ? 'withdrawn' : t.status} />
        <AccessBadge level={t.accessLevel} />
        {t.embargoUntil ? (
          <span className={`badge ${embargoed ? 'badge--embargo' : 'badge--plain'}`}>
            {embargoed ? 'Embargoed until' : 'Embargo ended'} {formatFlexDate(t.embargoUntil)}
          </span>
        ) : null}
        <span className="badge badge--plain">{label(t.type)}</span>
      </div>
      {t.contentWarnings.length > 0 ? (
        <p className="content-warnings">
          <span aria-hidden="true">⚠ </span>
          Content warnings: {t.contentWarnings.map(label).join(', ')}
        </p>
      ) : null}
      <div className="actions record-actions">
        {mayEdit ? (
          <Link className="button button--primary" to={{ pathname: `/testimonies/${t.id}/edit`, search: location.search }}>
            Edit
          </Link>
        ) : null}
        {!t.withdrawn && mayEdit ? (
          <button type="button" className="button" onClick={onWithdraw}>
            Withdraw…
          </button>
        ) : null}
      </div>
    </header>
  );
}
