import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isTyping } from '../../app/shortcuts';
import { SearchHelp } from './SearchHelp';

interface Props {
  /** The search as the URL holds it. */
  q: string;
  onSearch: (q: string) => void;
  /** What the parser ignored or corrected. */
  hints: string[];
}

/**
 * The Search page's box, with "How to search" beside it and the parser's hints under it. It takes
 * the place of the top bar's box on this page, so Ctrl/Cmd+K and / come here.
 */
export function SearchBox({ q, onSearch, hints }: Props) {
  const [draft, setDraft] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  const [help, setHelp] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // Back, forward and saved searches change the URL: the box follows.
  if (q !== shownQ) {
    setShownQ(q);
    setDraft(q);
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target) && !document.querySelector('dialog[open]');
      if (!k && !slash) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Arriving with nothing searched yet, the box is where to start.
  const arrivedEmpty = useRef(q === '');
  useEffect(() => {
    if (arrivedEmpty.current) input.current?.focus();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(draft.trim());
  };

  return (
    <div className="search-box">
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="search-q" className="search-label">
          Search the archive
        </label>
        <div className="search-row">
          <input
            ref={input}
            id="search-q"
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder="Words, “a phrase”, name*, place:Calder, date:1960s"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="search-hints"
            aria-keyshortcuts="Control+K /"
          />
          <button type="submit" className="button button--primary">
            Search
          </button>
          <button type="button" className="button button--quiet" aria-expanded={help} aria-controls="search-help" onClick={() => setHelp(!help)}>
            How to search
          </button>
        </div>
      </form>
      <div id="search-hints" role="status" className="search-hints">
        {hints.length > 0 ? (
          <ul>
            {hints.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div hidden={!help}>
        <SearchHelp id="search-help" />
      </div>
    </div>
  );
}
