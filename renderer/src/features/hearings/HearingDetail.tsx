import { Link } from 'react-router-dom';
import { label } from '../../../../shared/model/enums';
import { Facts, Prose } from '../../components/Facts';
import { formatDateTime, formatFlexDate } from '../../lib/format';
import { RecordTabs } from '../shared/RecordTabs';
import { RecordHeader } from '../shared/RecordHeader';
import { useRecordById } from '../shared/useRecordById';

export function HearingDetail() {
  const { record: h, fallback } = useRecordById('hearings.get', 'Opening hearing…');
  if (!h) return fallback;

  return (
    <article className="record" aria-labelledby="record-title">
      <RecordHeader title={h.title} editTo={`/hearings/${h.id}/edit`}>
        <span className="badge badge--plain">{label(h.type)}</span>
        {h.date ? <span className="badge badge--plain">{formatFlexDate(h.date)}</span> : null}
      </RecordHeader>
      <RecordTabs
        label="Hearing sections"
        history={{ entityType: 'hearing', entityId: h.id, refresh: h.version }}
        tabs={[
          {
            id: 'details',
            label: 'Details',
            render: () => (
              <div className="record-sections">
                <Facts
                  items={[
                    ['Kind', label(h.type)],
                    ['Date', formatFlexDate(h.date)],
                    ['Place', h.placeId ? <Link to={`/places/${h.placeId}`}>{h.placeName ?? 'Place'}</Link> : null],
                    ['Last changed', formatDateTime(h.updatedAt)],
                  ]}
                />
                <section aria-labelledby="h-participants">
                  <h2 id="h-participants">Participants</h2>
                  {h.participants.length === 0 ? (
                    <p className="muted">No participants recorded.</p>
                  ) : (
                    <ul className="plain-list plain-list--inline">
                      {h.participants.map((p) => (
                        <li key={p.id}>
                          <Link to={`/people/${p.id}`}>{p.name}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
                <section aria-labelledby="h-summary">
                  <h2 id="h-summary">Summary</h2>
                  {h.summary ? <Prose text={h.summary} /> : <p className="muted">No summary yet.</p>}
                </section>
                <section aria-labelledby="h-outcomes">
                  <h2 id="h-outcomes">Outcomes</h2>
                  <p className="muted small">What was discussed and agreed, so it can be shared with every party.</p>
                  {h.outcomes ? <Prose text={h.outcomes} /> : <p className="muted">No outcomes recorded yet.</p>}
                </section>
              </div>
            ),
          },
          {
            id: 'testimonies',
            label: `Testimonies (${h.testimonies.length})`,
            render: () =>
              h.testimonies.length === 0 ? (
                <p className="muted">No testimony is linked to this hearing yet. Choose it under Context when editing a testimony.</p>
              ) : (
                <ul className="plain-list">
                  {h.testimonies.map((t) => (
                    <li key={t.id}>
                      <Link to={`/testimonies/${t.id}`}>
                        <span className="mono">{t.ref}</span> {t.title}
                      </Link>
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
