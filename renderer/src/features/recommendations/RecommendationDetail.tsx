import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { PRIORITY_LABELS, type Recommendation } from '../../../../shared/model/findings';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Facts } from '../../components/Facts';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { useTabParam } from '../../components/useTabParam';
import { formatDateTime } from '../../lib/format';
import { useFindingRoles } from '../findings/roles';
import { StatementText } from '../findings/StatementText';
import { ThemeChips } from '../findings/ThemeChips';
import { RecordTabs } from '../shared/RecordTabs';
import { AddStatusDialog } from './AddStatusDialog';
import { addresseeKind } from './model/addressee';
import { filterSearch } from './model/trackerQuery';
import { MoveDialog } from './MoveDialog';
import { RecommendationHistory } from './RecommendationHistory';
import { RecommendationStatusBadge } from './StatusBadge';

type Open = 'status' | 'move' | 'delete' | null;

/** One recommendation at full width: text, addressee, priority, findings, themes and its implementation history; then History. */
export function RecommendationDetail() {
  const { id = '' } = useParams();
  const [tab, chooseTab] = useTabParam('recommendation');
  const { dataVersion } = useArchive();
  const [version, setVersion] = useState(0);
  const result = useCall('recommendations.get', { id }, `${dataVersion}|${version}`);
  const { mayWrite, mayReadFindings } = useFindingRoles();
  const [open, setOpen] = useState<Open>(null);
  const location = useLocation();
  const back = { pathname: '/recommendations', search: filterSearch(new URLSearchParams(location.search)) };

  const changed = () => {
    setOpen(null);
    setVersion((v) => v + 1);
  };

  let body;
  if (result.error && result.data?.id !== id) body = <ApiErrorNotice error={result.error} retry={result.reload} />;
  else if (!result.data || result.data.id !== id) body = <Loading what="Opening the recommendation…" />;
  else {
    const r = result.data;
    body = (
      <article className="record recommendation-record" aria-labelledby="record-title">
        <RecommendationHeader recommendation={r} mayWrite={mayWrite} onOpen={setOpen} />
        <RecordTabs
          label="Recommendation sections"
          current={tab}
          onChange={chooseTab}
          history={{ entityType: 'recommendation', entityId: r.id, refresh: r.version }}
          tabs={[{ id: 'recommendation', label: 'Recommendation and status', render: () => <RecommendationBody recommendation={r} mayWrite={mayWrite} linkFindings={mayReadFindings} onAddStatus={() => setOpen('status')} /> }]}
        />
        <AddStatusDialog recommendation={r} open={open === 'status'} onClose={() => setOpen(null)} onDone={changed} />
        <MoveDialog recommendation={r} open={open === 'move'} onClose={() => setOpen(null)} onDone={changed} />
        <DeleteDialog recommendation={r} open={open === 'delete'} onClose={() => setOpen(null)} back={back} />
      </article>
    );
  }

  return (
    <div className="page recommendation-page">
      <p className="muted small back-link">
        <Link to={back}>← Recommendations</Link>
      </p>
      {body}
    </div>
  );
}

function RecommendationHeader({ recommendation: r, mayWrite, onOpen }: { recommendation: Recommendation; mayWrite: boolean; onOpen: (o: Open) => void }) {
  const location = useLocation();
  return (
    <header className="record-head">
      <p className="record-ref">Recommendation {r.number}</p>
      <h1 className="record-title" id="record-title">
        {r.title}
      </h1>
      <div className="record-badges">
        <RecommendationStatusBadge status={r.status} date={r.statusDate} />
        <span className={`badge badge--plain priority priority--${r.priority}`}>{PRIORITY_LABELS[r.priority]} priority</span>
      </div>
      {mayWrite ? (
        <div className="actions record-actions">
          <Link className="button button--primary" to={{ pathname: `/recommendations/${r.id}/edit`, search: location.search }}>
            Edit
          </Link>
          <button type="button" className="button" onClick={() => onOpen('move')}>
            Change number…
          </button>
          <button type="button" className="button" onClick={() => onOpen('delete')}>
            Delete…
          </button>
        </div>
      ) : null}
    </header>
  );
}

function RecommendationBody({ recommendation: r, mayWrite, linkFindings, onAddStatus }: { recommendation: Recommendation; mayWrite: boolean; linkFindings: boolean; onAddStatus: () => void }) {
  const kind = addresseeKind(r.addressee, r.addresseeType);
  return (
    <div className="record-sections">
      <section aria-labelledby="r-text">
        <h2 id="r-text">Recommendation</h2>
        <StatementText text={r.text} idPrefix={`r-${r.id}`} empty="The recommendation has no text yet." />
        <Facts
          items={[
            ['Addressed to', kind ? `${r.addressee} (${kind})` : r.addressee],
            ['Priority', PRIORITY_LABELS[r.priority]],
            ['Themes', r.themes.length ? <ThemeChips themes={r.themes} label="Themes of the recommendation" /> : <span className="muted">None chosen</span>],
          ]}
        />
      </section>
      <section aria-labelledby="r-findings">
        <h2 id="r-findings">Resting on the findings</h2>
        {r.findings.length === 0 ? (
          <p className="muted">No finding is linked yet.</p>
        ) : (
          <ul className="plain-list">
            {r.findings.map((f) => (
              <li key={f.id}>
                {linkFindings ? (
                  <Link to={`/findings/${f.id}`}>
                    <span className="mono">{f.ref}</span> {f.title}
                  </Link>
                ) : (
                  <>
                    <span className="mono">{f.ref}</span> {f.title}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="r-history">
        <div className="section-head">
          <h2 id="r-history">Implementation history</h2>
          {mayWrite ? (
            <button type="button" className="button button--small" onClick={onAddStatus}>
              Add status…
            </button>
          ) : null}
        </div>
        <p className="muted small">Newest assessment first. The current status is the latest by date.</p>
        <RecommendationHistory recommendation={r} />
      </section>
      <p className="muted small">Last changed {formatDateTime(r.updatedAt)}.</p>
    </div>
  );
}

function DeleteDialog({ recommendation: r, open, onClose, back }: { recommendation: Recommendation; open: boolean; onClose: () => void; back: { pathname: string; search: string } }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    const res = await call('recommendations.remove', { id: r.id });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    void navigate(back);
  };
  return (
    <ConfirmDialog open={open} title={`Delete recommendation ${r.number}?`} confirmLabel="Delete recommendation" danger busy={busy} error={error} onConfirm={() => void remove()} onCancel={onClose}>
      <p>
        <strong>
          {r.number}. {r.title}
        </strong>{' '}
        will be deleted with its implementation history; the recommendations after it move up one number. The findings it rests on are not changed. The audit log keeps what it said.
      </p>
    </ConfirmDialog>
  );
}
