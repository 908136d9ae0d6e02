import { Link, useLocation, useParams } from 'react-router-dom';
import { label } from '../../../../shared/model/enums';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { Facts } from '../../components/Facts';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { formatDateTime } from '../../lib/format';
import { HistoryPanel } from '../history/HistoryPanel';

export function PlaceDetail() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { dataVersion } = useArchive();
  const r = useCall('places.get', { id }, dataVersion);
  if (r.error && r.data?.id !== id) return <ApiErrorNotice error={r.error} retry={r.reload} />;
  const p = r.data?.id === id ? r.data : null;
  if (!p) return <Loading what="Opening place…" />;
  const coords = p.latitude !== null && p.longitude !== null ? `${p.latitude.toFixed(5)}, ${p.longitude.toFixed(5)}` : '';
  return (
    <article className="record" aria-labelledby="record-title">
      <header className="record-head">
        <h1 className="record-title" id="record-title">
          {p.name}
        </h1>
        <div className="record-badges">
          <span className="badge badge--plain">{label(p.type)}</span>
        </div>
        <div className="actions record-actions">
          <Link className="button button--primary" to={{ pathname: `/places/${p.id}/edit`, search: location.search }}>
            Edit
          </Link>
        </div>
      </header>
      <div className="record-sections">
        <Facts
          items={[
            ['Kind', label(p.type)],
            ['Part of', p.parentId ? <Link to={`/places/${p.parentId}`}>{p.parentName ?? 'Parent place'}</Link> : null],
            ['Latitude, longitude', coords],
            ['Testimonies', p.testimonyCount.toLocaleString()],
            ['Last changed', formatDateTime(p.updatedAt)],
          ]}
        />
        <section aria-labelledby="place-history">
          <h2 id="place-history">History</h2>
          <HistoryPanel entityType="place" entityId={p.id} refresh={p.version} />
        </section>
      </div>
    </article>
  );
}
