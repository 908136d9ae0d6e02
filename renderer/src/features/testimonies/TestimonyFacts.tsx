import { Link } from 'react-router-dom';
import type { Testimony } from '../../../../shared/model/testimony';
import { CONSENT_SCOPES, label } from '../../../../shared/model/enums';
import { Facts, Prose } from '../../components/Facts';
import { formatDateTime, formatFlexDate } from '../../lib/format';

function personRole(p: Testimony['people'][number]): string {
  return p.role === 'narrator' && p.narratorRole ? `${label(p.role)} · ${label(p.narratorRole)}` : label(p.role);
}

/** The Details tab: everything catalogued about a testimony except its transcript. */
export function TestimonyFacts({ testimony: t }: { testimony: Testimony }) {
  const c = t.consent;
  return (
    <div className="record-sections">
      {t.summary ? (
        <section aria-labelledby="t-summary">
          <h2 id="t-summary">Summary</h2>
          <Prose text={t.summary} />
        </section>
      ) : null}
      <section aria-labelledby="t-people">
        <h2 id="t-people">People</h2>
        {t.people.length === 0 ? (
          <p className="muted">No people linked yet.</p>
        ) : (
          <ul className="plain-list">
            {t.people.map((p, i) => (
              <li key={`${p.personId}-${i}`}>
                <Link to={`/people/${p.personId}`}>{p.name}</Link> — {personRole(p)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="t-when">
        <h2 id="t-when">When, where and in what form</h2>
        <Facts
          items={[
            ['Date recorded', formatFlexDate(t.dateRecorded)],
            ['Place recorded', t.placeRecordedId ? <Link to={`/places/${t.placeRecordedId}`}>{t.placeRecordedName ?? 'Place'}</Link> : null],
            ['Places spoken about', t.placesSpokenAboutNames.join(', ')],
            ['Dates spoken about', t.datesSpokenAbout.map(formatFlexDate).join('; ')],
            ['Type', label(t.type)],
            ['Languages', t.languages.join(', ')],
            ['Duration', t.duration],
            ['Extent', t.extent],
            ['Words in transcript', t.wordCount.toLocaleString()],
          ]}
        />
      </section>
      <section aria-labelledby="t-context">
        <h2 id="t-context">Context</h2>
        <Facts
          items={[
            ['Hearing or forum', t.hearingId ? <Link to={`/hearings/${t.hearingId}`}>{t.hearingTitle ?? 'Hearing'}</Link> : null],
            ['Collection', t.collection],
            ['Series', t.series],
            ['Provenance', t.provenance ? <Prose text={t.provenance} /> : null],
            ['Cataloguer', t.cataloguer],
          ]}
        />
        {!t.hearingId && !t.collection && !t.series && !t.provenance && !t.cataloguer ? <p className="muted">Nothing recorded yet.</p> : null}
      </section>
      <section aria-labelledby="t-consent">
        <h2 id="t-consent">Consent</h2>
        <ul className="consent-list">
          {CONSENT_SCOPES.map((s) => (
            <li key={s} className={c[s] ? 'is-given' : 'is-not-given'}>
              <span aria-hidden="true">{c[s] ? '✓' : '✗'} </span>
              {label(s)}: <strong>{c[s] ? 'given' : 'not given'}</strong>
            </li>
          ))}
        </ul>
        <Facts
          items={[
            ['Taken by', c.takenBy],
            ['Taken on', formatFlexDate(c.takenOn)],
            ['Withdrawn on', formatFlexDate(c.withdrawnOn)],
            ['Notes', c.notes ? <Prose text={c.notes} /> : null],
          ]}
        />
      </section>
      <section aria-labelledby="t-record">
        <h2 id="t-record">This record</h2>
        <Facts
          items={[
            ['Created', formatDateTime(t.createdAt)],
            ['Last changed', formatDateTime(t.updatedAt)],
            ['Version', String(t.version)],
          ]}
        />
      </section>
    </div>
  );
}
