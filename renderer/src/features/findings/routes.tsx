import type { RouteObject } from 'react-router-dom';
import { NoSelection } from '../../components/NoSelection';
import { RecordsLayout } from '../shared/RecordsLayout';
import { FindingDetail } from './FindingDetail';
import { FindingFormPage } from './FindingForm';
import { FindingList } from './FindingList';

/** Findings: the list beside the chosen finding (or its form). */
export const findingRoutes: RouteObject[] = [
  {
    path: 'findings',
    element: <RecordsLayout listLabel="Findings list" detailLabel="Selected finding" list={(v) => <FindingList version={v} />} />,
    children: [
      { index: true, element: <NoSelection what="finding" /> },
      { path: 'new', element: <FindingFormPage /> },
      { path: ':id', element: <FindingDetail /> },
      { path: ':id/edit', element: <FindingFormPage /> },
    ],
  },
];
