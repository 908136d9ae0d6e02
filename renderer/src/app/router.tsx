import { createHashRouter, Link, useRouteError } from 'react-router-dom';
import { EmptyState } from '../components/EmptyState';
import { UsersPage } from '../features/accounts/UsersPage';
import { ArchivesPage } from '../features/archives/ArchivesPage';
import { EmbargoReviewPage } from '../features/embargo/EmbargoReviewPage';
import { ExportsPage } from '../features/exports/ExportsPage';
import { findingRoutes } from '../features/findings/routes';
import { hearingRoutes } from '../features/hearings/routes';
import { ImportPage } from '../features/imports/ImportPage';
import { markerRoutes } from '../features/markers/routes';
import { OverviewPage } from '../features/overview/OverviewPage';
import { PreservationPage } from '../features/preservation/PreservationPage';
import { peopleRoutes } from '../features/people/routes';
import { placeRoutes } from '../features/places/routes';
import { recommendationRoutes } from '../features/recommendations/routes';
import { reportRoutes } from '../features/reports/routes';
import { SearchPage } from '../features/search/SearchPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TestimoniesPage } from '../features/testimonies/TestimoniesPage';
import { TestimonyDetail } from '../features/testimonies/TestimonyDetail';
import { TestimonyFormPage } from '../features/testimonies/TestimonyFormPage';
import { themeRoutes } from '../features/themes/routes';
import { NoSelection } from '../components/NoSelection';
import { Shell } from './Shell';

function NotFound() {
  return (
    <EmptyState title="There is no page here" actions={<Link className="button" to="/">Go to the archive overview</Link>}>
      <p>The address may be mistyped, or the record it pointed to may have moved.</p>
    </EmptyState>
  );
}

function RouteError() {
  const error = useRouteError();
  return (
    <main className="main" id="main">
      <EmptyState title="Something went wrong on this page" actions={<a className="button" href="#/">Go to the archive overview</a>}>
        <p>Nothing you saved is affected. {error instanceof Error ? error.message : ''}</p>
      </EmptyState>
    </main>
  );
}

export const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'archives', element: <ArchivesPage /> },
      {
        path: 'testimonies',
        element: <TestimoniesPage />,
        children: [
          { index: true, element: <NoSelection what="testimony" /> },
          { path: 'new', element: <TestimonyFormPage /> },
          { path: ':id', element: <TestimonyDetail /> },
          { path: ':id/edit', element: <TestimonyFormPage /> },
        ],
      },
      peopleRoutes,
      placeRoutes,
      hearingRoutes,
      ...themeRoutes,
      { path: 'search', element: <SearchPage /> },
      ...findingRoutes,
      ...recommendationRoutes,
      ...markerRoutes,
      ...reportRoutes,
      { path: 'import', element: <ImportPage /> },
      { path: 'exports', element: <ExportsPage /> },
      { path: 'embargoes', element: <EmbargoReviewPage /> },
      { path: 'preservation', element: <PreservationPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
