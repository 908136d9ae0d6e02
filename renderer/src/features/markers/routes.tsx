import type { RouteObject } from 'react-router-dom';
import { NoSelection } from '../../components/NoSelection';
import { RecordsLayout } from '../shared/RecordsLayout';
import { MarkerDetail } from './MarkerDetail';
import { MarkerFormPage } from './MarkerForm';
import { MarkerList } from './MarkerList';
import { RegisterPage } from './RegisterPage';

/** Memorials & markers: the list beside the chosen marker (or its form); the register at full width. */
export const markerRoutes: RouteObject[] = [
  { path: 'markers/register', element: <RegisterPage /> },
  {
    path: 'markers',
    element: <RecordsLayout wide listLabel="Markers list" detailLabel="Selected memorial or marker" list={(v) => <MarkerList version={v} />} />,
    children: [
      { index: true, element: <NoSelection what="memorial or marker" /> },
      { path: 'new', element: <MarkerFormPage /> },
      { path: ':id', element: <MarkerDetail /> },
      { path: ':id/edit', element: <MarkerFormPage /> },
    ],
  },
];
