import { useCallback } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import type { FindingRow } from '../../../../shared/model/findings';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { EmptyState } from '../../components/EmptyState';
import { FilterTextInput } from '../../components/FilterTextInput';
import { ApiErrorNotice } from '../../components/Notice';
import { useListSelection } from '../../components/useListSelection';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { plural } from '../../lib/format';
import { useFindingRoles } from './roles';

const COLUMNS: Column<FindingRow>[] = [
  { id: 'ref', header: 'Ref', width: '4.3rem', render: (r) => <span className="ref-cell" title={r.ref}>{r.ref}</span> },
  { id: 'title', header: 'Title', width: 'minmax(8rem, 1fr)', render: (r) => <span className="cell-title" title={r.title}>{r.title}</span> },
  {
    id: 'themes',
    header: 'Themes',
    width: 'minmax(5rem, 0.6fr)',
    render: (r) => {
      const labels = r.themes.map((t) => t.label).join(', ');
      return labels ? <span className="cell-title" title={labels}>{labels}</span> : <span className="muted">—</span>;
    },
  },
  { id: 'evidence', header: 'Evidence', width: '5rem', className: 'num', render: (r) => <span title={plural(r.citationCount, 'citation', 'citations')}>{r.citationCount}</span> },
];

const noop = () => undefined;

/** What findings are for, with the first thing to do. */
function FindingsEmpty({ mayWrite }: { mayWrite: boolean }) {
  return (
    <EmptyState
      title="No findings yet"
      actions={
        mayWrite ? (
          <Link className="button button--primary" to="/findings/new">
            New finding
          </Link>
        ) : null
      }
    >
      <p>A finding states what the commission found, and rests on evidence: passages of testimony cited from the transcripts.</p>
      <p>
        Write a finding here, then select words in a testimony’s transcript (or open a search result) and choose <strong>Cite in a finding…</strong>. Recommendations and the final
        report draw on the findings.
      </p>
    </EmptyState>
  );
}

/** The left side of Findings: a text filter kept in the URL (?text=) over the findings by reference code. */
export function FindingList({ version }: { version: number }) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const { dataVersion } = useArchive();
  const { mayWrite, mayReadFindings } = useFindingRoles();
  const text = params.get('text') ?? '';
  const { selectedId, open } = useListSelection<FindingRow>('/findings');
  const commitText = useCallback((typed: string) => setParams(typed.trim() ? { text: typed } : {}, { replace: true }), [setParams]);
  const r = useCall('findings.list', mayReadFindings ? { text: text.trim() } : null, `${version}|${dataVersion}`);
  const items = r.data?.items ?? null;
  const rowAt = useCallback((i: number) => items?.[i], [items]);

  if (!mayReadFindings) {
    return (
      <div className="list-pane">
        <div className="list-head">
          <h1>Findings</h1>
        </div>
        <EmptyState title="Findings are for the commission’s staff">
          <p>Your role can follow the recommendations, which are public work: see Recommendations.</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="list-pane">
      <div className="list-head">
        <h1>Findings</h1>
        {mayWrite ? (
          <Link className="button button--primary" to={{ pathname: '/findings/new', search: location.search }}>
            New finding
          </Link>
        ) : null}
      </div>
      {items && items.length === 0 && text.trim() === '' ? (
        <FindingsEmpty mayWrite={mayWrite} />
      ) : (
        <>
          <div className="filters">
            <FilterTextInput id="findings-filter" label="Filter findings by reference, title or text" placeholder="Filter by ref, title or text…" value={text} onCommit={commitText} />
          </div>
          <p className="list-count" aria-live="polite">
            {items === null ? 'Loading…' : plural(items.length, 'finding', 'findings')}
          </p>
          <ApiErrorNotice error={r.error} retry={r.reload} />
          <VirtualTable
            label="Findings"
            columns={COLUMNS}
            total={items?.length ?? null}
            rowAt={rowAt}
            ensure={noop}
            rowKey={(f) => f.id}
            selectedKey={selectedId}
            onOpen={open}
            empty={
              <span>
                No findings match “{text}”.{' '}
                <button type="button" className="link-button" onClick={() => setParams({}, { replace: true })}>
                  Clear the filter
                </button>
              </span>
            }
          />
        </>
      )}
    </div>
  );
}
