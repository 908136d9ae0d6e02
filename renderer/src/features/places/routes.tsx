import type { Place } from '../../../../shared/model/people';
import { label } from '../../../../shared/model/enums';
import { call } from '../../api/client';
import type { Column } from '../../components/VirtualTable';
import { recordRoutes } from '../shared/recordRoutes';
import { PlaceDetail } from './PlaceDetail';
import { PlaceFormPage } from './PlaceForm';

const COLUMNS: Column<Place>[] = [
  { id: 'name', header: 'Name', width: 'minmax(8rem, 1fr)', render: (p) => <span className="cell-title">{p.name}</span> },
  { id: 'type', header: 'Kind', width: '8rem', render: (p) => label(p.type) },
  { id: 'parent', header: 'Part of', width: '9rem', render: (p) => p.parentName ?? <span className="muted">—</span> },
  { id: 'count', header: 'Testimonies', width: '6.8rem', className: 'num', render: (p) => p.testimonyCount.toLocaleString() },
];

export const placeRoutes = recordRoutes({
  path: 'places',
  listLabel: 'Place list',
  detailLabel: 'Selected place',
  pane: {
    title: 'Places',
    newLabel: 'New place',
    noun: ['place', 'places'],
    columns: COLUMNS,
    fetchPage: (text, offset, limit) => call('places.list', { text, offset, limit }),
    filterLabel: 'Filter places by name',
    empty: { title: 'No places yet', body: <p>Where testimonies were recorded and the places they speak about: towns, neighbourhoods, buildings, sites.</p> },
  },
  Detail: PlaceDetail,
  Form: PlaceFormPage,
});
