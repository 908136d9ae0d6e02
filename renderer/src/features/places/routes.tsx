import type { RouteObject } from 'react-router-dom';
import type { Place } from '../../../../shared/model/people';
import { label } from '../../../../shared/model/enums';
import { call } from '../../api/client';
import { NoSelection } from '../../components/NoSelection';
import type { Column } from '../../components/VirtualTable';
import { RecordListPane } from '../shared/RecordListPane';
import { RecordsLayout } from '../shared/RecordsLayout';
import { PlaceDetail } from './PlaceDetail';
import { PlaceFormPage } from './PlaceForm';

const COLUMNS: Column<Place>[] = [
  { id: 'name', header: 'Name', width: 'minmax(8rem, 1fr)', render: (p) => <span className="cell-title">{p.name}</span> },
  { id: 'type', header: 'Kind', width: '8rem', render: (p) => label(p.type) },
  { id: 'parent', header: 'Part of', width: '9rem', render: (p) => p.parentName ?? <span className="muted">—</span> },
  { id: 'count', header: 'Testimonies', width: '6.8rem', className: 'num', render: (p) => p.testimonyCount.toLocaleString() },
];

const fetchPage = (text: string, offset: number, limit: number) => call('places.list', { text, offset, limit });

function PlacesList({ version }: { version: number }) {
  return (
    <RecordListPane
      title="Places"
      basePath="/places"
      newLabel="New place"
      noun={['place', 'places']}
      columns={COLUMNS}
      fetchPage={fetchPage}
      version={version}
      filterLabel="Filter places by name"
      empty={{ title: 'No places yet', body: <p>Where testimonies were recorded and the places they speak about: towns, neighbourhoods, buildings, sites.</p> }}
    />
  );
}

export const placeRoutes: RouteObject = {
  path: 'places',
  element: <RecordsLayout wide listLabel="Place list" detailLabel="Selected place" list={(v) => <PlacesList version={v} />} />,
  children: [
    { index: true, element: <NoSelection what="place" /> },
    { path: 'new', element: <PlaceFormPage /> },
    { path: ':id', element: <PlaceDetail /> },
    { path: ':id/edit', element: <PlaceFormPage /> },
  ],
};
