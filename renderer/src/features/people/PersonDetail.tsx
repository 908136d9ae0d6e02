import { Link } from 'react-router-dom';
import { label } from '../../../../shared/model/enums';
import { Facts, Prose } from '../../components/Facts';
import { formatDateTime } from '../../lib/format';
import { RecordTabs } from '../shared/RecordTabs';
import { RecordHeader } from '../shared/RecordHeader';
import { useRecordById } from '../shared/useRecordById';

export function PersonDetail() {
  const { record: p, fallback } = useRecordById('people.get', 'Opening person…');
  if (!p) return fallback;

  return (
    <article className="record" aria-labelledby="record-title">
      <RecordHeader title={p.name} editTo={`/people/${p.id}/edit`}>
        <span className="badge badge--plain">{p.consentToBeNamed ? 'May be named in public outputs' : 'Not to be named publicly'}</span>
        {p.pseudonym ? <span className="badge badge--plain">Pseudonym: {p.pseudonym}</span> : null}
      </RecordHeader>
      <RecordTabs
        label="Person sections"
        history={{ entityType: 'person', entityId: p.id, refresh: p.version }}
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
        ]}
      />
    </article>
  );
}
