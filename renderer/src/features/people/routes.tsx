import type { PersonRow } from '../../../../shared/model/people';
import { call } from '../../api/client';
import type { Column } from '../../components/VirtualTable';
import { recordRoutes } from '../shared/recordRoutes';
import { PersonDetail } from './PersonDetail';
import { PersonFormPage } from './PersonForm';

const COLUMNS: Column<PersonRow>[] = [
  { id: 'name', header: 'Name', width: 'minmax(8rem, 1fr)', render: (p) => <span className="cell-title">{p.name}</span> },
  { id: 'pseudonym', header: 'Pseudonym', width: '8rem', render: (p) => p.pseudonym || <span className="muted">—</span> },
  { id: 'community', header: 'Community', width: '8rem', render: (p) => p.community || <span className="muted">—</span> },
  { id: 'named', header: 'May be named', width: '7.2rem', render: (p) => (p.consentToBeNamed ? 'Yes' : 'No') },
  { id: 'count', header: 'Testimonies', width: '6.8rem', className: 'num', render: (p) => p.testimonyCount.toLocaleString() },
];

export const peopleRoutes = recordRoutes({
  path: 'people',
  listLabel: 'People list',
  detailLabel: 'Selected person',
  pane: {
    title: 'People',
    newLabel: 'New person',
    noun: ['person', 'people'],
    columns: COLUMNS,
    fetchPage: (text, offset, limit) => call('people.list', { text, offset, limit }),
    filterLabel: 'Filter people by name',
    empty: { title: 'No people yet', body: <p>Narrators, statement takers, interpreters and others named in testimony. Their contact details stay confidential.</p> },
  },
  Detail: PersonDetail,
  Form: PersonFormPage,
});
