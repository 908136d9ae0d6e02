import { useState } from 'react';
import { Link, useLocation, useMatch, useNavigate } from 'react-router-dom';
import type { ApiError } from '../../../../shared/api';
import { ARCHIVISTS } from '../../../../shared/api/define';
import { call } from '../../api/client';
import { useArchive } from '../../app/ArchiveContext';
import { useRoleIn } from '../../app/useRoleIn';
import { EmptyState } from '../../components/EmptyState';
import { ApiErrorNotice, Loading, Notice } from '../../components/Notice';
import { useDownload } from './ExportButtons';
import { ImportDialog } from './ImportDialog';
import { ThemeTree } from './ThemeTree';
import { useThemeTree } from './useThemeTree';

/** The left side of Themes: the thesaurus as a tree, its filter, and import/export. */
export function ThesaurusPane({ version }: { version: number }) {
  const [filter, setFilter] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  const [importing, setImporting] = useState(false);
  const [moveError, setMoveError] = useState<ApiError | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const { reload } = useArchive();
  // Only archivists shape the thesaurus (themes.create, themes.import).
  const mayEdit = useRoleIn(ARCHIVISTS);
  const tree = useThemeTree({ includeRetired: showRetired, refresh: version });
  const navigate = useNavigate();
  const location = useLocation();
  const match = useMatch('/themes/:id/*');
  const selectedId = match?.params.id && match.params.id !== 'new' ? match.params.id : null;
  const download = useDownload();

  const move = async (id: string, parentId: string | null) => {
    setMoveError(null);
    setMoved(null);
    const r = await call('themes.move', { id, parentId });
    if (!r.ok) {
      setMoveError(r.error);
      return;
    }
    const parent = parentId ? tree.index.byId.get(parentId)?.label : null;
    setMoved(`Moved “${r.value.label}” ${parent ? `under “${parent}”` : 'to the top level'}.`);
    reload();
  };

  return (
    <div className="list-pane thesaurus-pane">
      <div className="list-head">
        <h1>Themes</h1>
        <div className="actions">
          <Link className="button" to="/themes/overview">
            Overview
          </Link>
          {mayEdit ? (
            <Link className="button button--primary" to={{ pathname: '/themes/new', search: location.search }}>
              New theme
            </Link>
          ) : null}
        </div>
      </div>
      <div className="thesaurus-tools">
        <label htmlFor="theme-filter" className="visually-hidden">
          Find a theme by label or other label
        </label>
        <input id="theme-filter" type="search" placeholder="Find a theme by label or other label…" value={filter} autoComplete="off" onChange={(e) => setFilter(e.target.value)} />
        <div className="thesaurus-tool-row">
          <label className="choice choice--inline">
            <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} />
            <span>Show retired</span>
          </label>
          <span className="thesaurus-io">
            {mayEdit ? (
              <button type="button" className="button button--small" onClick={() => setImporting(true)}>
                Import…
              </button>
            ) : null}
            <button type="button" className="button button--small" disabled={download.busy} onClick={() => download.run(() => call('themes.export', { format: 'csv' }))}>
              Export CSV
            </button>
            <button type="button" className="button button--small" disabled={download.busy} onClick={() => download.run(() => call('themes.export', { format: 'skos' }))}>
              Export SKOS
            </button>
          </span>
        </div>
      </div>
      <ApiErrorNotice error={download.error} />
      <ApiErrorNotice error={moveError} />
      {moved ? (
        <Notice kind="success">
          <p>{moved}</p>
        </Notice>
      ) : null}
      <p className="list-count" id="theme-tree-legend">
        Numbers after each theme: testimonies · passages, narrower themes included. Drag a theme onto another to move it.
      </p>
      <div className="theme-tree-scroll">
        {tree.error && tree.themes.length === 0 ? (
          <ApiErrorNotice error={tree.error} retry={tree.reload} />
        ) : tree.loading && tree.themes.length === 0 ? (
          <Loading what="Reading the thesaurus…" />
        ) : tree.themes.length === 0 ? (
          <EmptyState title="No themes yet" actions={mayEdit ? <Link className="button button--primary" to="/themes/new">New theme</Link> : null}>
            <p>Themes are the thesaurus used to code testimony: create one, or import a thesaurus as CSV or SKOS.</p>
          </EmptyState>
        ) : (
          <ThemeTree index={tree.index} filter={filter} selectedId={selectedId} onOpen={(id) => void navigate({ pathname: `/themes/${id}`, search: location.search })} onMove={(id, p) => void move(id, p)} />
        )}
      </div>
      <ImportDialog open={importing} onClose={() => setImporting(false)} onImported={reload} />
    </div>
  );
}
