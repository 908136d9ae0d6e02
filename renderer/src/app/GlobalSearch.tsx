import { forwardRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/**
 * The search box in the top bar: it opens the Search page with what was typed (/search?q=…).
 * On the Search page that page's own box takes its place, so there is one box, and the
 * shortcuts (Ctrl/Cmd+K, /) go there.
 */
export const GlobalSearch = forwardRef<HTMLInputElement>(function GlobalSearch(_props, ref) {
  const navigate = useNavigate();
  const location = useLocation();
  const [text, setText] = useState('');

  if (location.pathname === '/search') return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const params = new URLSearchParams();
    if (text.trim()) params.set('q', text.trim());
    setText('');
    void navigate(`/search${params.size ? `?${params.toString()}` : ''}`);
  };

  return (
    <form role="search" className="global-search" onSubmit={submit}>
      <label htmlFor="global-search" className="visually-hidden">
        Search the archive
      </label>
      <input
        ref={ref}
        id="global-search"
        type="search"
        placeholder="Search the archive…  ( / )"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
});
