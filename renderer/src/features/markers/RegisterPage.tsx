import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatCoordinates } from '../../../../shared/model/locator';
import type { MarkerFilter } from '../../../../shared/model/markers';
import { call } from '../../api/client';
import { useArchive } from '../../app/ArchiveContext';
import { RadioGroup } from '../../components/CheckboxGroup';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { formatFlexDate, plural } from '../../lib/format';
import { usePlaceOptions } from '../shared/usePickerOptions';
import { MarkerStatusBadge } from './MarkerBadges';
import { MarkersEmpty } from './MarkerList';
import { STATUS_LABELS, TYPE_LABELS } from './model/labels';
import { filterSearch, isFiltered, readMarkerQuery, toFilterInput } from './model/listQuery';
import { groupRegister, readGrouping, type RegisterGrouping } from './model/register';
import { PrintDialog } from './PrintDialog';
import { useAllMarkers } from './useAllMarkers';

const GROUPINGS = [
  { value: 'place', label: 'By place' },
  { value: 'status', label: 'By status' },
];

/** "Proposed or approved · Plaque · in Riverside", or null when nothing is filtered. */
function describeFilter(q: MarkerFilter, placeName: string | null): string | null {
  if (!isFiltered(q)) return null;
  const parts: string[] = [];
  if (q.statuses.length) parts.push(q.statuses.map((s) => STATUS_LABELS[s]).join(' or '));
  if (q.types.length) parts.push(q.types.map((t) => TYPE_LABELS[t]).join(' or '));
  if (q.placeId) parts.push(`in ${placeName ?? 'the chosen place'} (and the places within it)`);
  if (q.text.trim()) parts.push(`matching “${q.text.trim()}”`);
  return parts.join(' · ');
}

/** The register: a catalogue of all (or the filtered) markers, grouped by place or status, and its PDF. */
export function RegisterPage() {
  const [params, setParams] = useSearchParams();
  const { dataVersion } = useArchive();
  const query = useMemo(() => readMarkerQuery(params), [params]);
  const grouping = readGrouping(params.get('by'));
  const { rows, error } = useAllMarkers(toFilterInput(query), dataVersion);
  const places = usePlaceOptions();
  const [printing, setPrinting] = useState(false);
  const placeName = places.options.find((o) => o.value === query.placeId)?.label ?? null;
  const filterText = describeFilter(query, placeName);
  const groups = rows ? groupRegister(rows, grouping) : [];
  const setGrouping = (by: RegisterGrouping) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (by === 'place') p.delete('by');
        else p.set('by', by);
        return p;
      },
      { replace: true },
    );

  return (
    <div className="page register-page">
      <header className="page-head register-head">
        <p className="muted small">
          <Link to={{ pathname: '/markers', search: filterSearch(params) }}>← Memorials &amp; markers</Link>
        </p>
        <h1>Register of memorials and markers</h1>
        <p className="muted">{filterText ? `Filtered: ${filterText}.` : 'Every memorial and marker in the archive.'} {rows ? plural(rows.length, 'entry', 'entries') + '.' : ''}</p>
        <div className="register-tools">
          <RadioGroup path="grouping" legend="Group the register" options={GROUPINGS} value={grouping} onChange={(v) => setGrouping(v as RegisterGrouping)} className="choice-group--inline" />
          <button type="button" className="button button--primary" onClick={() => setPrinting(true)} disabled={!rows || rows.length === 0}>
            Print register (PDF)…
          </button>
        </div>
      </header>
      <ApiErrorNotice error={error} />
      {!rows && !error ? <Loading what="Reading the register…" /> : null}
      {rows && rows.length === 0 ? (
        isFiltered(query) ? (
          <p className="muted">
            No memorials or markers match these filters. <Link to="/markers/register">Show the whole register</Link>
          </p>
        ) : (
          <MarkersEmpty />
        )
      ) : null}
      {groups.map((g) => (
        <section key={g.key || 'none'} className="register-group" aria-labelledby={`reg-${g.key || 'none'}`}>
          <h2 id={`reg-${g.key || 'none'}`}>
            {g.heading} <span className="muted small">({g.rows.length})</span>
          </h2>
          <table className="marker-table register-table">
            <thead>
              <tr>
                <th scope="col">Ref</th>
                <th scope="col">Title</th>
                <th scope="col">Type</th>
                {grouping === 'status' ? <th scope="col">Place</th> : <th scope="col">Status</th>}
                <th scope="col">Coordinates</th>
                <th scope="col">Dedication</th>
                <th scope="col">Inscription</th>
                <th scope="col">Photos</th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map((r) => (
                <tr key={r.id}>
                  <td className="mono nowrap">{r.ref}</td>
                  <td>
                    <Link to={`/markers/${r.id}`}>{r.title}</Link>
                  </td>
                  <td>{TYPE_LABELS[r.type]}</td>
                  {grouping === 'status' ? (
                    <td>{r.placeName ?? <span className="muted">—</span>}</td>
                  ) : (
                    <td>
                      <MarkerStatusBadge status={r.status} compact />
                      {r.statusDate ? <span className="muted small nowrap"> {formatFlexDate(r.statusDate)}</span> : null}
                    </td>
                  )}
                  <td className="small nowrap">{r.latitude !== null && r.longitude !== null ? formatCoordinates(r.latitude, r.longitude) : <span className="muted">—</span>}</td>
                  <td className="nowrap">{formatFlexDate(r.dedicationDate) || <span className="muted">—</span>}</td>
                  <td>{r.hasApprovedInscription ? 'Approved' : <span className="muted">Not yet</span>}</td>
                  <td className="num">{r.photoCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <PrintDialog open={printing} onClose={() => setPrinting(false)} title="Print the register" start={(edition) => call('markers.printRegister', { filter: toFilterInput(query), edition, out: '' })}>
        <p>
          A PDF catalogue of {filterText ? 'the markers this filter keeps' : 'every memorial and marker'}
          {rows ? ` (${plural(rows.length, 'entry', 'entries')})` : ''}: a cover, a table of contents, one entry per marker and an index by place.
        </p>
      </PrintDialog>
    </div>
  );
}
