import { Link, useLocation } from 'react-router-dom';
import type { SearchHit } from '../../../../shared/api/search';
import { label } from '../../../../shared/model/enums';
import { AccessBadge, StatusBadge } from '../../components/Badges';
import { citeFromSearchHref } from '../findings/model/links';
import { useFindingRoles } from '../findings/roles';
import { formatCount, formatFlexDate } from '../../lib/format';
import { Snippet } from './Marked';
import { PAGE_SIZE, transcriptHref, writeSearchState, type SearchState } from './searchState';

function Hit({ hit, q, from, mayCite }: { hit: SearchHit; q: string; from: string; mayCite: boolean }) {
  const roles = hit.narratorRoles.map(label).join(', ');
  return (
    <li className={`hit${hit.withdrawn ? ' is-withdrawn' : ''}`}>
      <h3 className="hit-title">
        <Link to={transcriptHref(hit.id, q)} state={{ fromSearch: from }}>
          <span className="hit-ref mono">{hit.ref}</span> {hit.title}
        </Link>
      </h3>
      <div className="hit-badges">
        <AccessBadge level={hit.accessLevel} />
        {hit.withdrawn ? <StatusBadge status="withdrawn" /> : null}
      </div>
      {hit.snippet.text.trim() !== '' ? (
        <p className="hit-snippet">
          <Snippet text={hit.snippet.text} marks={hit.snippet.marks} />
        </p>
      ) : null}
      <p className="hit-meta">
        {[
          hit.dateRecorded ? formatFlexDate(hit.dateRecorded) : 'No date recorded',
          label(hit.type),
          [hit.narrators, roles ? `(${roles})` : ''].filter(Boolean).join(' '),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {mayCite && !hit.withdrawn && hit.snippet.marks.length > 0 ? (
        // The snippet's offsets are into the snippet, not the transcript: the passage is cited from the transcript, opened at the match.
        <p className="hit-actions">
          <Link className="button button--small" to={citeFromSearchHref(hit.id, q)} state={{ fromSearch: from }}>
            Cite…<span className="visually-hidden"> a passage of {hit.ref}</span>
          </Link>
        </p>
      ) : null}
    </li>
  );
}

/** One page of hits, in order, with links to the pages before and after. */
export function SearchResults({ state, items, total }: { state: SearchState; items: SearchHit[]; total: number }) {
  const location = useLocation();
  const { mayWrite } = useFindingRoles();
  const from = `${location.pathname}${location.search}`;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(state.page, pages);
  const offset = (page - 1) * PAGE_SIZE;
  const pageHref = (n: number) => `?${writeSearchState({ ...state, page: n }).toString()}`;
  return (
    <>
      <ol className="hits" start={offset + 1} aria-label="Results">
        {items.map((h) => (
          <Hit key={h.id} hit={h} q={state.q} from={from} mayCite={mayWrite} />
        ))}
      </ol>
      {pages > 1 ? (
        <nav className="pager" aria-label="Result pages">
          {page > 1 ? (
            <Link className="button button--small" to={pageHref(page - 1)} rel="prev">
              ← Previous {PAGE_SIZE}
            </Link>
          ) : (
            <span />
          )}
          <span className="pager-where">
            Page {formatCount(page)} of {formatCount(pages)} · results {formatCount(offset + 1)}–{formatCount(Math.min(offset + PAGE_SIZE, total))}
          </span>
          {page < pages ? (
            <Link className="button button--small" to={pageHref(page + 1)} rel="next">
              Next {formatCount(Math.min(PAGE_SIZE, total - offset - PAGE_SIZE))} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
