import type { RouteObject } from 'react-router-dom';
import { ReportEditorPage } from './ReportEditorPage';
import { ReportsPage } from './ReportsPage';

/** Reports: the list, and one report's editor (its section in the address). */
export const reportRoutes: RouteObject[] = [
  { path: 'reports', element: <ReportsPage /> },
  { path: 'reports/:id', element: <ReportEditorPage /> },
];
