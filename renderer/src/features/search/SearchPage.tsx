import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Facet, FacetCount } from '../../../../shared/api/search';
import { label } from '../../../../shared/model/enums';
import { isEmptyQuery } from '../../../../shared/query/ast';
import { parseQuery } from '../../../../shared/query/parse';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { EmptyState } from '../../components/EmptyState';
import { ApiErrorNotice, Loading, Notice } from '../../components/Notice';
import { formatCount, plural } from '../../lib/format';
import { downloadText } from './download';
import { facetValueLabel, FacetsPanel } from './FacetsPanel';
import { FilterChips } from './FilterChips';
import { SavedSearches, SaveSearchDialog } from './SavedSearches';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { chosen, emptyFilters, filterCount, readSearchState, searchHref, searchInput, SORT_LABELS, writeSearchState, type SearchSort, type SearchState } from './searchState';

const EXAMPLES: [string, string][] = [
  ['bridge', 'one word'],
  ['"the county"', 'an exact phrase'],
  ['bell* -inquest', 'words starting with “bell”, without “inquest”'],
  ['place:Stoneford date:1950s', 'a place and a decade'],
];

type Labels = Map<string, string>;

/** Remembers the words for every facet value seen, so a chip keeps its name when its value is no longer counted. */
function withLabels(prev: Labels, facets: Partial<Record<Facet, FacetCount[]>> | undefined): Labels {
  if (!facets) return prev;
  const next = new Map(prev);
  for (const [facet, values] of Object.entries(facets) as [Facet, FacetCount[]][]) for (const v of values) next.set(`${facet}:${v.value}`, facetValueLabel(facet, v));
  return next;
}

/** Full-text search of the archive: the box, facets, results a page at a time, saved searches and CSV. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearchState(params), [params]);
  const { info, loaded, dataVersion } = useArchive();
  const parsed = useMemo(() => parseQuery(state.q), [state.q]);
  const filtered = filterCount(state.filters) > 0;
  const searching = !isEmptyQuery(parsed) || filtered;

  const go = useCallback((next: SearchState) => setParams(writeSearchState(next)), [setParams]);
  // With nothing searched yet the engine is still asked, for the facets to browse by.
  const result = useCall('search.query', info ? searchInput(searching ? state : { ...state, q: '', page: 1 }) : null, dataVersion);
  // While a new answer is on its way the last one stays, dimmed (aria-busy), rather than blinking.
  const data = result.data;

  const [labels, setLabels] = useState<Labels>(() => new Map());
  const [labelled, setLabelled] = useState(result.data);
  if (result.data !== labelled) {
    setLabelled(result.data);
    setLabels(withLabels(labels, result.data?.facets));
  }
  // A chosen value the answers so far have not named (a place in an address, say): ask the whole archive once.
  const unnamed = filterCount(state.filters) > 0 && (Object.entries(state.filters) as [Facet, string[]][]).some(([f, vs]) => (f === 'place' || f === 'hearing') && vs.some((v) => !labels.has(`${f}:${v}`)));
  const names = useCall('search.query', info && unnamed ? { q: '', filters: emptyFilters(), limit: 1 } : null, dataVersion);
  const allLabels = useMemo(() => withLabels(labels, names.data?.facets), [labels, names.data]);
  const labelOf = useCallback(
    (facet: Facet, value: string) => allLabels.get(`${facet}:${value}`) ?? (facet === 'language' ? facetValueLabel(facet, { value, label: value, count: 0 }) : label(value)),
    [allLabels],
  );

  const [savedVersion, setSavedVersion] = useState(0);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  // A message (saved, deleted, exported) belongs to the search it was about.
  const [messageFor, setMessageFor] = useState(params.toString());
  if (messageFor !== params.toString()) {
    setMessageFor(params.toString());
    setMessage('');
  }
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    document.getElementById('main')?.scrollTo({ top: 0 });
  }, [state.page]);

  const toggle = (facet: Facet, value: string, on: boolean) => {
    const values = chosen(state.filters, facet);
    const next = on ? [...values, value] : values.filter((v) => v !== value);
    go({ ...state, filters: { ...state.filters, [facet]: next }, page: 1 });
  };

  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    setMessage('');
    const r = await call('search.exportCsv', { q: state.q, filters: state.filters, sort: state.sort, includeWithdrawn: state.includeWithdrawn });
    setExporting(false);
    if (!r.ok) {
      setExportError(r.error.message);
      return;
    }
    downloadText(r.value.filename, r.value.csv);
    setMessage(`Exported ${plural(r.value.rows, 'result', 'results')} to ${r.value.filename}.`);
  };

  const hints = [...new Set([...parsed.hints, ...(data?.hints ?? [])])];
  const total = data?.total ?? 0;

  let body;
  if (!info) {
    body = loaded ? (
      <EmptyState
        title="No archive is open"
        actions={
          <Link className="button button--primary" to="/archives">
            Open or create an archive
          </Link>
        }
      >
        <p>Search looks through the testimonies of the archive that is open.</p>
      </EmptyState>
    ) : (
      <Loading what="Opening archive…" />
    );
  } else if (!searching) {
    body = (
      <EmptyState title={state.q.trim() === '' ? 'Search the whole archive' : 'Nothing to search for yet'}>
        <p>
          Search finds words in transcripts, summaries and titles, and in the names of the people and places linked to each testimony. The best matches come first,
          each with the passage where your words appear.
        </p>
        <p>Try, for example:</p>
        <ul className="search-examples">
          {EXAMPLES.map(([q, what]) => (
            <li key={q}>
              <Link to={searchHref({ q })}>
                <code>{q}</code>
              </Link>{' '}
              <span className="muted">— {what}</span>
            </li>
          ))}
        </ul>
        <p className="muted small">“How to search”, next to the box, lists everything the box understands. Or narrow the whole archive with the filters.</p>
      </EmptyState>
    );
  } else if (!data) {
    body = result.error ? <ApiErrorNotice error={result.error} retry={result.reload} /> : <Loading what="Searching…" />;
  } else if (total === 0) {
    body = (
      <EmptyState title="Nothing matches this search">
        <ul className="search-suggestions">
          {filtered ? (
            <li>
              Remove a filter, or{' '}
              <button type="button" className="link-button" onClick={() => go({ ...state, filters: emptyFilters(), page: 1 })}>
                clear all filters
              </button>
              .
            </li>
          ) : null}
          {parsed.all.length > 1 ? <li>Use fewer words: every word must be found. Put OR between words that may stand for each other.</li> : null}
          {parsed.none.length > 0 ? <li>Take out the words after a minus sign (-); they leave testimonies out.</li> : null}
          {parsed.date ? <li>Widen or remove “date:{parsed.date.text}”.</li> : null}
          <li>Check the spelling, or search for the start of a word with an asterisk, such as bridg*.</li>
          {!state.includeWithdrawn ? <li>Withdrawn testimonies are not searched unless “Withdrawn testimonies” is ticked under the filters.</li> : null}
        </ul>
      </EmptyState>
    );
  } else if (data.items.length === 0) {
    body = (
      <Notice>
        <p>
          There are {plural(total, 'result', 'results')}, but not as many as this page number needs. <Link to={searchHref({ ...state, page: 1 })}>Go to the first page</Link>.
        </p>
      </Notice>
    );
  } else {
    body = <SearchResults state={state} items={data.items} total={total} />;
  }

  return (
    <div className="page search-page">
      <h1>Search</h1>
      <SearchBox q={state.q} hints={hints} onSearch={(q) => go({ ...state, q, page: 1 })} />
      <div className="search-layout">
        <aside className="search-side" aria-label="Filters and saved searches">
          <SavedSearches
            version={savedVersion}
            onChanged={(m) => {
              setMessage(m);
              setSavedVersion((v) => v + 1);
            }}
          />
          <FacetsPanel
            facets={result.data?.facets ?? null}
            filters={state.filters}
            onToggle={toggle}
            includeWithdrawn={state.includeWithdrawn}
            onIncludeWithdrawn={(on) => go({ ...state, includeWithdrawn: on, page: 1 })}
            labelOf={labelOf}
          />
        </aside>
        <section className="search-main" aria-labelledby="results-title" aria-busy={result.loading}>
          <h2 id="results-title" className="visually-hidden">
            Results
          </h2>
          <div className={`search-toolbar${searching ? '' : ' is-idle'}`}>
            <p className="search-count" aria-live="polite">
              {!searching ? '' : result.loading ? 'Searching…' : data ? `${plural(total, 'testimony', 'testimonies')} found · ${formatCount(data.tookMs)} ms` : ''}
            </p>
            {searching ? (
              <>
                <label className="search-sort">
                  <span>Sort by</span>
                  <select value={state.sort} onChange={(e) => go({ ...state, sort: e.target.value as SearchSort, page: 1 })}>
                    {(Object.keys(SORT_LABELS) as SearchSort[]).map((s) => (
                      <option key={s} value={s}>
                        {SORT_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" className="button button--small" onClick={() => setSaving(true)}>
                  Save search…
                </button>
                <button type="button" className="button button--small" onClick={() => void exportCsv()} disabled={total === 0 || exporting}>
                  {exporting ? 'Exporting…' : 'Export CSV'}
                </button>
              </>
            ) : null}
          </div>
          <div role="status" className="search-message">
            {message ? <p>{message}</p> : null}
          </div>
          {exportError ? <Notice kind="error">{exportError} Try the export again; your search is unchanged.</Notice> : null}
          {searching && result.error && data ? <ApiErrorNotice error={result.error} retry={result.reload} /> : null}
          <FilterChips filters={state.filters} labelOf={labelOf} onRemove={(f, v) => toggle(f, v, false)} onClear={() => go({ ...state, filters: emptyFilters(), page: 1 })} />
          {body}
        </section>
      </div>
      <SaveSearchDialog
        open={saving}
        state={state}
        onClose={() => setSaving(false)}
        onSaved={(m) => {
          setSaving(false);
          setMessage(m);
          setSavedVersion((v) => v + 1);
        }}
      />
    </div>
  );
}
