import { Link } from 'react-router-dom';
import { formatCoordinates } from '../../../../shared/model/locator';
import { label } from '../../../../shared/model/enums';
import type { Marker } from '../../../../shared/model/markers';
import { Facts, Prose } from '../../components/Facts';
import { formatDateTime, formatFlexDate } from '../../lib/format';
import { Locator } from './Locator';
import { MARKER_NAME_WITHHELD, publicName } from '../../../../shared/model/publicName';
import { TYPE_LABELS } from './model/labels';

/** The marker's record: where it stands, who put it there, whom it honours and the testimony behind it. */
export function DetailsTab({ marker: m }: { marker: Marker }) {
  const hasCoordinates = m.latitude !== null && m.longitude !== null;
  const leftOut = m.testimonies.filter((t) => !t.publishable).length;
  return (
    <div className="record-sections">
      <section aria-labelledby="m-location">
        <h2 id="m-location">Location</h2>
        <div className="marker-location">
          <Facts
            items={[
              ['Type', TYPE_LABELS[m.type]],
              ['Address', m.address],
              ['Place', m.placeId ? <Link to={`/places/${m.placeId}`}>{m.placeName ?? 'Place'}</Link> : null],
              ['Coordinates', hasCoordinates ? <span className="mono">{formatCoordinates(m.latitude!, m.longitude!)}</span> : <span className="muted">Not recorded</span>],
            ]}
          />
          {hasCoordinates ? <Locator label={m.ref} latitude={m.latitude!} longitude={m.longitude!} /> : null}
        </div>
        {m.directions ? (
          <>
            <h3 className="subhead">Directions</h3>
            <Prose text={m.directions} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="m-dedication">
        <h2 id="m-dedication">Erected and dedicated</h2>
        <Facts
          items={[
            ['Erected by', m.erectedBy],
            ['Sponsors', m.sponsors.length ? <ul className="plain-list plain-list--compact">{m.sponsors.map((s, i) => <li key={i}>{s}</li>)}</ul> : null],
            ['Dedication date', formatFlexDate(m.dedicationDate)],
          ]}
        />
        {!m.erectedBy && m.sponsors.length === 0 && !m.dedicationDate ? <p className="muted">Not recorded yet.</p> : null}
        {m.ceremonyNotes ? (
          <>
            <h3 className="subhead">Ceremony notes</h3>
            <Prose text={m.ceremonyNotes} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="m-honourees">
        <h2 id="m-honourees">Honourees</h2>
        {m.honourees.length === 0 ? (
          <p className="muted">No one is linked as honoured by this marker.</p>
        ) : (
          <table className="marker-table">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Consents to be named</th>
                <th scope="col">A public sheet prints</th>
              </tr>
            </thead>
            <tbody>
              {m.honourees.map((h) => (
                <tr key={h.id}>
                  <td>
                    <Link to={`/people/${h.id}`}>{h.name}</Link>
                  </td>
                  <td>{h.consentToBeNamed ? 'Yes' : 'No'}</td>
                  <td className={h.consentToBeNamed ? undefined : 'withheld'}>{publicName(h, MARKER_NAME_WITHHELD)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="m-testimonies">
        <h2 id="m-testimonies">Related testimonies</h2>
        {m.testimonies.length === 0 ? (
          <p className="muted">No testimony is linked yet.</p>
        ) : (
          <>
            {leftOut > 0 ? (
              <p className="muted small">
                {leftOut === 1 ? 'One testimony is' : `${leftOut} testimonies are`} not cleared for public release and will be left out of the public sheet.
              </p>
            ) : null}
            <ul className="plain-list">
              {m.testimonies.map((t) => (
                <li key={t.id} className="marker-link-row">
                  <Link to={`/testimonies/${t.id}`}>
                    <span className="mono">{t.ref}</span> {t.title}
                  </Link>
                  <span className="muted small"> · {label(t.accessLevel)}</span>
                  {t.publishable ? null : <span className="badge badge--plain badge--compact marker-left-out">Left out of the public sheet</span>}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3 className="subhead">Hearings and forums</h3>
        {m.hearings.length === 0 ? (
          <p className="muted">No hearing is linked.</p>
        ) : (
          <ul className="plain-list">
            {m.hearings.map((h) => (
              <li key={h.id}>
                <Link to={`/hearings/${h.id}`}>{h.title}</Link>
                <span className="muted small">
                  {' '}
                  · {label(h.type)}
                  {h.date ? `, ${formatFlexDate(h.date)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="m-notes">
        <h2 id="m-notes">Notes</h2>
        <p className="muted small">Internal notes: never printed on a public sheet.</p>
        {m.notes ? <Prose text={m.notes} /> : <p className="muted">No notes.</p>}
      </section>
      <p className="muted small">Last changed {formatDateTime(m.updatedAt)}.</p>
    </div>
  );
}
