import { Link, useLocation } from 'react-router-dom';
import type { Marker } from '../../../../shared/model/markers';
import { MarkerStatusBadge, MarkerTypeBadge } from './MarkerBadges';

/** Reference, title and subtitle, status and type, and the record's actions (Edit, Print). */
export function MarkerHeader({ marker: m, onPrint }: { marker: Marker; onPrint: () => void }) {
  const location = useLocation();
  return (
    <header className="record-head">
      <p className="record-ref mono">{m.ref}</p>
      <h1 className="record-title" id="record-title">
        {m.title}
      </h1>
      {m.subtitle ? <p className="record-subtitle">{m.subtitle}</p> : null}
      <div className="record-badges">
        <MarkerStatusBadge status={m.status} />
        <MarkerTypeBadge type={m.type} />
        {m.approvedInscription ? <span className="badge badge--plain">Inscription approved</span> : <span className="badge badge--plain">No approved inscription</span>}
      </div>
      <div className="actions record-actions">
        <Link className="button button--primary" to={{ pathname: `/markers/${m.id}/edit`, search: location.search }}>
          Edit
        </Link>
        <button type="button" className="button" onClick={onPrint}>
          Print record sheet…
        </button>
      </div>
    </header>
  );
}
