import type { TestimonyRow } from '../../../../shared/model/testimony';
import { label } from '../../../../shared/model/enums';
import { AccessBadge, StatusBadge } from '../../components/Badges';
import type { Column } from '../../components/VirtualTable';
import { formatFlexDate } from '../../lib/format';

export const TESTIMONY_COLUMNS: Column<TestimonyRow>[] = [
  { id: 'ref', header: 'Ref', width: '8.5rem', sortKey: 'ref', render: (r) => <span className="mono">{r.ref}</span> },
  {
    id: 'title',
    header: 'Title',
    width: 'minmax(8rem, 1fr)',
    sortKey: 'title',
    render: (r) => (
      <span className="cell-title" title={r.title}>
        {r.title}
      </span>
    ),
  },
  { id: 'date', header: 'Date', width: '6.5rem', sortKey: 'date', render: (r) => formatFlexDate(r.dateRecorded) || <span className="muted">—</span> },
  { id: 'type', header: 'Type', width: '7.5rem', sortKey: 'type', render: (r) => <span title={label(r.type)}>{label(r.type)}</span> },
  { id: 'status', header: 'Status', width: '6.5rem', sortKey: 'status', render: (r) => <StatusBadge status={r.withdrawn ? 'withdrawn' : r.status} /> },
  { id: 'access', header: 'Access', width: '8rem', sortKey: 'accessLevel', render: (r) => <AccessBadge level={r.accessLevel} /> },
];
