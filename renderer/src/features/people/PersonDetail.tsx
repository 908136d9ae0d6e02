import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { label } from '../../../../shared/model/enums';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { Facts, Prose } from '../../components/Facts';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { Tabs } from '../../components/Tabs';
import { formatDateTime } from '../../lib/format';
import { HistoryPanel } from '../history/HistoryPanel';

export function PersonDetail() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { dataVersion } = useArchive();
  const r = useCall('people.get', { id }, dataVersion);
  const [tab, setTab] = useState('details');
  if (r.error && r.data?.id !== id) return <ApiErrorNotice error={r.error} retry={r.reload} />;
  const p = r.data?.id === id ? r.data : null;
  if (!p) return <Loading what="Opening person…" />;

  return (
    <article className="record" aria-labelledby="record-title">
      <header className="record-head">
        <h1 className="record-title" id="record-title">
          {p.name}
        </h1>
        <div className="record-badges">
          <span className="badge badge--plain">{p.consentToBeNamed ? 'May be named in public outputs' : 'Not to be named publicly'}</span>
          {p.pseudonym ? <span className="badge badge--plain">Pseudonym: {p.pseudonym}</span> : null}
        </div>
        <div className="actions record-actions">
          <Link className="button button--primary" to={{ pathname: `/people/${p.id}/edit`, search: location.search }}>
            Edit
          </Link>
        </div>
      </header>
      <Tabs
        label="Person sections"
        current={tab}
        onChange={setTab}
        tabs={[
          {
            id: 'details',
            label: 'Details',
            render: () => (
              <div className="record-sections">
                <Facts
                  items={[
                    ['Other names', p.otherNames.join(', ')],
                    ['Pseudonym in public outputs', p.pseudonym],
                    ['Community', p.community],
                    ['Born', p.birthYear === null ? '' : String(p.birthYear)],
                    ['Consent to be named', p.consentToBeNamed ? 'Given' : 'Not given'],
                    ['Notes', p.notes ? <Prose text={p.notes} /> : null],
                    ['Last changed', formatDateTime(p.updatedAt)],
                  ]}
                />
                <section aria-labelledby="p-contact" className="confidential">
                  <h2 id="p-contact">
                    Contact <span className="badge badge--confidential">Confidential</span>
                  </h2>
                  {p.contact ? <Prose text={p.contact} /> : <p className="muted">No contact details recorded.</p>}
                </section>
              </div>
            ),
          },
          {
            id: 'testimonies',
            label: `Testimonies (${p.testimonies.length})`,
            render: () =>
              p.testimonies.length === 0 ? (
                <p className="muted">Not linked to any testimony yet.</p>
              ) : (
                <ul className="plain-list">
                  {p.testimonies.map((t) => (
                    <li key={`${t.testimonyId}-${t.role}`}>
                      <Link to={`/testimonies/${t.testimonyId}`}>
                        <span className="mono">{t.ref}</span> {t.title}
                      </Link>{' '}
                      — {label(t.role)}
                      {t.narratorRole ? ` · ${label(t.narratorRole)}` : ''}
                      {t.withdrawn ? <span className="badge badge--withdrawn">Withdrawn</span> : null}
                    </li>
                  ))}
                </ul>
              ),
          },
          { id: 'history', label: 'History', render: () => <HistoryPanel entityType="person" entityId={p.id} refresh={p.version} /> },
        ]}
      />
    </article>
  );
}
