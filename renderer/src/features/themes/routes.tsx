import type { RouteObject } from 'react-router-dom';
import { Link } from 'react-router-dom';
import { RecordsLayout } from '../shared/RecordsLayout';
import { ThemesOverviewPage } from './overview/ThemesOverviewPage';
import { ThemeFormPage } from './ThemeForm';
import { ThemePage } from './ThemePage';
import { ThesaurusPane } from './ThesaurusPane';

function NoTheme() {
  return (
    <div className="no-selection">
      <p>Choose a theme to see what it covers and every passage coded with it.</p>
      <p className="muted small">
        Tip: focus the tree, move with <kbd>↑</kbd> <kbd>↓</kbd>, open or close with <kbd>→</kbd> <kbd>←</kbd>, and press <kbd>Enter</kbd> to open.
      </p>
      <p>
        <Link to="/themes/overview">See the overview of all themes</Link>
      </p>
    </div>
  );
}

/** Themes: the thesaurus beside the chosen theme; the overview at full width. */
export const themeRoutes: RouteObject[] = [
  { path: 'themes/overview', element: <ThemesOverviewPage /> },
  {
    path: 'themes',
    element: <RecordsLayout listLabel="Thesaurus" detailLabel="Selected theme" list={(v) => <ThesaurusPane version={v} />} />,
    children: [
      { index: true, element: <NoTheme /> },
      { path: 'new', element: <ThemeFormPage /> },
      { path: ':id', element: <ThemePage /> },
      { path: ':id/edit', element: <ThemeFormPage /> },
    ],
  },
];
