import type { RouteObject } from 'react-router-dom';
import { NoSelection } from '../../components/NoSelection';
import type { PersonRow } from '../../../../shared/model/people';
import { call } from '../../api/client';
import type { Column } from '../../components/VirtualTable';
import { RecordListPane } from '../shared/RecordListPane';
import { RecordsLayout } from '../shared/RecordsLayout';
import { PersonDetail } from './PersonDetail';
import { PersonFormPage } from './PersonForm';

const COLUMNS: Column<PersonRow>[] = [
  { id: 'name', header: 'Name', width: 'minmax(8rem, 1fr)', render: (p) => <span className="cell-title">{p.name}</span> },
  { id: 'pseudonym', header: 'Pseudonym', width: '8rem', render: (p) => p.pseudonym || <span className="muted">—</span> },
  { id: 'community', header: 'Community', width: '8rem', render: (p) => p.community || <span className="muted">—</span> },
  { id: 'named', header: 'May be named', width: '7.2rem', render: (p) => (p.consentToBeNamed ? 'Yes' : 'No') },
  { id: 'count', header: 'Testimonies', width: '6.8rem', className: 'num', render: (p) => p.testimonyCount.toLocaleString() },
];

const fetchPage = (text: string, offset: number, limit: number) => call('people.list', { text, offset, limit });

function PeopleList({ version }: { version: number }) {
  return (
    <RecordListPane
      title="People"
      basePath="/people"
      newLabel="New person"
      noun={['person', 'people']}
      columns={COLUMNS}
      fetchPage={fetchPage}
      version={version}
      filterLabel="Filter people by name"
      empty={{ title: 'No people yet', body: <p>Narrators, statement takers, interpreters and others named in testimony. Their contact details stay confidential.</p> }}
    />
  );
}

export const peopleRoutes: RouteObject = {
  path: 'people',
  element: <RecordsLayout wide listLabel="People list" detailLabel="Selected person" list={(v) => <PeopleList version={v} />} />,
  children: [
    { index: true, element: <NoSelection what="person" /> },
    { path: 'new', element: <PersonFormPage /> },
    { path: ':id', element: <PersonDetail /> },
    { path: ':id/edit', element: <PersonFormPage /> },
  ],
};
