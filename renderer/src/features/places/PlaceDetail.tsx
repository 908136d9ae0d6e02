import { Link } from 'react-router-dom';
import { label } from '../../../../shared/model/enums';
import { Facts } from '../../components/Facts';
import { formatDateTime } from '../../lib/format';
import { HistoryPanel } from '../history/HistoryPanel';
import { RecordHeader } from '../shared/RecordHeader';
import { useRecordById } from '../shared/useRecordById';

export function PlaceDetail() {
  const { record: p, fallback } = useRecordById('places.get', 'Opening place…');
  if (!p) return fallback;
  const coords = p.latitude !== null && p.longitude !== null ? `${p.latitude.toFixed(5)}, ${p.longitude.toFixed(5)}` : '';
  return (
    <article className="record" aria-labelledby="record-title">
      <RecordHeader title={p.name} editTo={`/places/${p.id}/edit`}>
        <span className="badge badge--plain">{label(p.type)}</span>
      </RecordHeader>
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
