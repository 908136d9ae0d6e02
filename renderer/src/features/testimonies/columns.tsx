import type { TestimonyRow } from '../../../../shared/model/testimony';
import { label } from '../../../../shared/model/enums';
import { AccessBadge } from '../../components/Badges';
import type { Column } from '../../components/VirtualTable';
import { formatFlexDate } from '../../lib/format';

/** The first word of a type's label ("Audio" for "Audio recording"), with the full label for assistive tech and on hover. */
function ShortLabel({ value }: { value: string }) {
  const full = label(value);
  return (
    <span title={full}>
      <span aria-hidden="true">{full.split(' ')[0]}</span>
      <span className="visually-hidden">{full}</span>
    </span>
  );
}

export const TESTIMONY_COLUMNS: Column<TestimonyRow>[] = [
  { id: 'ref', header: 'Ref', width: '7.8rem', sortKey: 'ref', render: (r) => <span className="ref-cell" title={r.ref}>{r.ref}</span> },
  {
    id: 'title',
    header: 'Title',
    width: 'minmax(7rem, 1fr)',
    sortKey: 'title',
    render: (r) => (
      <span className="cell-title" title={r.title}>
        {r.title}
      </span>
    ),
  },
  { id: 'date', header: 'Date', width: '6.4rem', sortKey: 'date', render: (r) => <span title={r.dateRecorded}>{formatFlexDate(r.dateRecorded) || <span className="muted">—</span>}</span> },
  { id: 'type', header: 'Type', width: '4.7rem', sortKey: 'type', render: (r) => <ShortLabel value={r.type} /> },
  { id: 'status', header: 'Status', width: '5.5rem', sortKey: 'status', render: (r) => (r.withdrawn ? <span className="status-withdrawn">Withdrawn</span> : label(r.status)) },
  { id: 'access', header: 'Access', width: '6.9rem', sortKey: 'accessLevel', render: (r) => <AccessBadge level={r.accessLevel} compact /> },
];
