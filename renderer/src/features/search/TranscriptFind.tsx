import { useCallback, useDeferredValue, useEffect, useMemo, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { findMatches } from '../../../../shared/query/highlight';
import { parseQuery } from '../../../../shared/query/parse';
import { formatCount } from '../../lib/format';

type Range = [number, number];

export interface TranscriptFind {
  /** The find text as the URL holds it (?q=…), shared with the Search page. */
  query: string;
  setQuery: (q: string) => void;
  matches: Range[];
  /** The match stepped to, counted from 0; -1 when there is none. */
  current: number;
  step: (by: 1 | -1) => void;
  /** What the reader should know about the query: parser hints, and fields that are not looked for here. */
  notes: string[];
  /** Where "Back to the results" goes, when the reader came from the Search page. */
  fromSearch: string | null;
}

/**
 * Find in a transcript with the search box's syntax (parseQuery + findMatches): the text lives in
 * the URL (?q=), so a result opened from the Search page arrives highlighted and a reload keeps it.
 */
export function useTranscriptFind(text: string): TranscriptFind {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const state = location.state as { fromSearch?: unknown } | null;
  const fromSearch = typeof state?.fromSearch === 'string' && state.fromSearch.startsWith('/search') ? state.fromSearch : null;
  const query = params.get('q') ?? '';
  const deferred = useDeferredValue(query);
  const parsed = useMemo(() => parseQuery(deferred), [deferred]);
  const matches = useMemo(() => findMatches(text, parsed), [text, parsed]);
  const [position, setPosition] = useState<{ matches: Range[]; index: number }>({ matches, index: 0 });
  const index = position.matches === matches ? position.index : 0;
  const current = matches.length === 0 ? -1 : Math.min(index, matches.length - 1);

  const setQuery = useCallback(
    (q: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (q === '') next.delete('q');
          else next.set('q', q);
          return next;
        },
        { replace: true, state: location.state as unknown },
      ),
    [setParams, location.state],
  );

  const step = useCallback(
    (by: 1 | -1) => {
      if (matches.length === 0) return;
      setPosition({ matches, index: (current + by + matches.length) % matches.length });
    },
    [matches, current],
  );

  const notes = useMemo(() => {
    const out = [...parsed.hints];
    const fielded = parsed.all.flat().some((t) => t.field !== null) || parsed.none.length > 0 || parsed.date !== null;
    if (fielded) out.push('Only plain words and phrases are highlighted here; title:, person:, place:, theme:, date: and -exclusions narrow a search of the archive.');
    return out;
  }, [parsed]);

  return { query, setQuery, matches, current, step, notes, fromSearch };
}

/** The find box above a transcript: the query, "3 of 17", Previous and Next. */
export function FindBar({ find, inputRef }: { find: TranscriptFind; inputRef: RefObject<HTMLInputElement | null> }) {
  const { query, setQuery, matches, current, step, notes, fromSearch } = find;
  const [draft, setDraft] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  if (query !== shownQuery) {
    setShownQuery(query);
    setDraft(query);
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    step(1);
  };
  const onKey = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && e.shiftKey) {
      e.preventDefault();
      step(-1);
    }
  };

  const none = matches.length === 0;
  return (
    <div className="find">
      <form role="search" aria-label="Find in this transcript" className="find-bar" onSubmit={submit}>
        <label htmlFor="find-in-transcript" className="find-label">
          Find in transcript
        </label>
        <input
          ref={inputRef}
          id="find-in-transcript"
          type="search"
          value={draft}
          autoComplete="off"
          spellCheck={false}
          placeholder="Words or “a phrase”"
          aria-describedby="find-status"
          aria-keyshortcuts="Control+F F3 Shift+F3"
          onKeyDown={onKey}
          onChange={(e) => {
            setDraft(e.target.value);
            setShownQuery(e.target.value);
            setQuery(e.target.value);
          }}
        />
        <span id="find-status" role="status" className="find-count">
          {query.trim() === '' ? '' : none ? 'No matches' : `${formatCount(current + 1)} of ${formatCount(matches.length)}`}
        </span>
        <button type="button" className="button button--small" onClick={() => step(-1)} disabled={none} aria-keyshortcuts="Shift+Enter Shift+F3">
          <span aria-hidden="true">↑</span> Previous
        </button>
        <button type="submit" className="button button--small" disabled={none} aria-keyshortcuts="Enter F3">
          <span aria-hidden="true">↓</span> Next
        </button>
        {fromSearch ? (
          <Link to={fromSearch} className="find-back small">
            Back to the search results
          </Link>
        ) : null}
      </form>
      {notes.length > 0 || (none && query.trim() !== '') ? (
        <ul className="find-notes small muted">
          {none && query.trim() !== '' && notes.length === 0 ? <li>Not found in the transcript. A search of the archive also looks at the title, summary and the names of people and places.</li> : null}
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** F3 / Shift+F3 step through matches, Ctrl/Cmd+F goes to the find box, while the transcript is open. */
export function useFindKeys(find: TranscriptFind, inputRef: RefObject<HTMLInputElement | null>, active: boolean) {
  const { step } = find;
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      if (e.key === 'F3') {
        e.preventDefault();
        step(e.shiftKey ? -1 : 1);
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, step, inputRef]);
}
