import type { MarkerRow } from '../../../../shared/model/markers';
import type { Column } from '../../components/VirtualTable';
import { formatFlexDate } from '../../lib/format';
import { MarkerStatusBadge } from './MarkerBadges';
import { TYPE_LABELS } from './model/labels';

const none = <span className="muted">—</span>;

export const MARKER_COLUMNS: Column<MarkerRow>[] = [
  { id: 'ref', header: 'Ref', width: '4.3rem', render: (r) => <span className="ref-cell" title={r.ref}>{r.ref}</span> },
  { id: 'title', header: 'Title', width: 'minmax(7rem, 1fr)', render: (r) => <span className="cell-title" title={r.title}>{r.title}</span> },
  { id: 'type', header: 'Type', width: '7.6rem', render: (r) => TYPE_LABELS[r.type] },
  { id: 'status', header: 'Status', width: '7.6rem', render: (r) => <MarkerStatusBadge status={r.status} compact /> },
  { id: 'place', header: 'Place', width: 'minmax(5rem, 0.75fr)', render: (r) => (r.placeName ? <span className="cell-title" title={r.placeName}>{r.placeName}</span> : none) },
  { id: 'dedication', header: 'Dedication', width: '6.5rem', render: (r) => <span title={r.dedicationDate}>{formatFlexDate(r.dedicationDate) || none}</span> },
];
