import { useMemo } from 'react';
import { Outlet, type RouteObject } from 'react-router-dom';
import type { RecordsOutlet } from '../shared/RecordsLayout';
import { RecommendationDetail } from './RecommendationDetail';
import { RecommendationFormPage } from './RecommendationForm';
import { TrackerPage } from './TrackerPage';

/**
 * The tracker and each recommendation take the whole width (the tracker is a wide table with its
 * counts); the record links back to the tracker with its filter. There is no list beside the form
 * to refresh: the tracker reads afresh when it is opened again.
 */
function RecommendationsLayout() {
  const context = useMemo<RecordsOutlet>(() => ({ refreshList: () => undefined }), []);
  return <Outlet context={context} />;
}

export const recommendationRoutes: RouteObject[] = [
  {
    path: 'recommendations',
    element: <RecommendationsLayout />,
    children: [
      { index: true, element: <TrackerPage /> },
      { path: 'new', element: <RecommendationFormPage /> },
      { path: ':id', element: <RecommendationDetail /> },
      { path: ':id/edit', element: <RecommendationFormPage /> },
    ],
  },
];
