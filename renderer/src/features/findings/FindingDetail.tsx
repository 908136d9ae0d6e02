import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { Finding } from '../../../../shared/model/findings';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { useTabParam } from '../../components/useTabParam';
import { formatDateTime, plural } from '../../lib/format';
import { RecordTabs } from '../shared/RecordTabs';
import { useRecordsOutlet } from '../shared/RecordsLayout';
import { FindingEvidence } from './FindingEvidence';
import { useFindingRoles } from './roles';
import { StatementText } from './StatementText';
import { ThemeChips } from './ThemeChips';

/** The selected finding: its text, themes, evidence and the recommendations resting on it; then History. */
export function FindingDetail() {
  const { id = '' } = useParams();
  const [tab, chooseTab] = useTabParam('finding');
  const { refreshList } = useRecordsOutlet();
  const { dataVersion } = useArchive();
  const [version, setVersion] = useState(0);
  const result = useCall('findings.get', { id }, `${dataVersion}|${version}`);
  const { mayWrite } = useFindingRoles();

  const changed = () => {
    setVersion((v) => v + 1);
    refreshList();
  };

  if (result.error && result.data?.id !== id) return <ApiErrorNotice error={result.error} retry={result.reload} />;
  const f = result.data && result.data.id === id ? result.data : null;
  if (!f) return <Loading what="Opening the finding…" />;

  return (
    <article className="record finding-record" aria-labelledby="record-title">
      <FindingHeader finding={f} mayWrite={mayWrite} onDeleted={refreshList} />
      <RecordTabs
        label="Finding sections"
        current={tab}
        onChange={chooseTab}
        history={{ entityType: 'finding', entityId: f.id, refresh: f.version }}
        tabs={[{ id: 'finding', label: 'Finding and evidence', render: () => <FindingBody finding={f} mayWrite={mayWrite} onChanged={changed} /> }]}
      />
    </article>
  );
}

function FindingBody({ finding: f, mayWrite, onChanged }: { finding: Finding; mayWrite: boolean; onChanged: () => void }) {
  return (
    <div className="record-sections">
      <section aria-labelledby="f-text">
        <h2 id="f-text">Finding</h2>
        <StatementText text={f.text} idPrefix={`f-${f.id}`} empty="The finding has no text yet." />
      </section>
      <section aria-labelledby="f-themes">
        <h2 id="f-themes">Themes</h2>
        {f.themes.length ? <ThemeChips themes={f.themes} label="Themes of the finding" /> : <p className="muted">No themes chosen.</p>}
      </section>
      <section aria-labelledby="f-evidence">
        <h2 id="f-evidence">
          Evidence <span className="muted small">({plural(f.citations.length, 'citation', 'citations')})</span>
        </h2>
        <FindingEvidence finding={f} mayWrite={mayWrite} onChanged={onChanged} />
      </section>
      <section aria-labelledby="f-recommendations">
        <h2 id="f-recommendations">Recommendations resting on it</h2>
        {f.recommendations.length === 0 ? (
          <p className="muted">No recommendation rests on this finding yet.</p>
        ) : (
          <ul className="plain-list">
            {f.recommendations.map((r) => (
              <li key={r.id}>
                <Link to={`/recommendations/${r.id}`}>
                  <span className="mono">{r.number}.</span> {r.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="muted small">Last changed {formatDateTime(f.updatedAt)}.</p>
    </div>
  );
}

/** Reference and title, what it rests on in a line, and Edit and Delete for those who write. */
function FindingHeader({ finding: f, mayWrite, onDeleted }: { finding: Finding; mayWrite: boolean; onDeleted: () => void }) {
  const location = useLocation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const missing = f.citations.filter((c) => c.state === 'missing' || c.state === 'withdrawn').length;

  const remove = async () => {
    setBusy(true);
    setError(null);
    const r = await call('findings.remove', { id: f.id });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setConfirming(false);
    onDeleted();
    void navigate({ pathname: '/findings', search: location.search });
  };

  return (
    <header className="record-head">
      <p className="record-ref mono">{f.ref}</p>
      <h1 className="record-title" id="record-title">
        {f.title}
      </h1>
      <div className="record-badges">
        <span className="badge badge--plain">{plural(f.citations.length, 'citation', 'citations')}</span>
        {missing > 0 ? <span className="badge badge--citation-missing">{plural(missing, 'citation needs', 'citations need')} attention</span> : null}
        <span className="badge badge--plain">{plural(f.recommendations.length, 'recommendation', 'recommendations')}</span>
      </div>
      {mayWrite ? (
        <div className="actions record-actions">
          <Link className="button button--primary" to={{ pathname: `/findings/${f.id}/edit`, search: location.search }}>
            Edit
          </Link>
          <button type="button" className="button" onClick={() => (setError(null), setConfirming(true))}>
            Delete…
          </button>
        </div>
      ) : null}
      <ConfirmDialog open={confirming} title={`Delete ${f.ref}?`} confirmLabel="Delete finding" danger busy={busy} error={error} onConfirm={() => void remove()} onCancel={() => setConfirming(false)}>
        <p>
          <strong>
            {f.ref} {f.title}
          </strong>{' '}
          will be deleted with its {plural(f.citations.length, 'citation', 'citations')}
          {f.recommendations.length > 0 ? `, and ${plural(f.recommendations.length, 'recommendation', 'recommendations')} will no longer rest on it` : ''}. The testimonies are
          not changed. The history keeps what the finding said.
        </p>
      </ConfirmDialog>
    </header>
  );
}
