import { forwardRef, useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/** The search box in the top bar. For now it finds testimonies by title or reference code. */
export const GlobalSearch = forwardRef<HTMLInputElement>(function GlobalSearch(_props, ref) {
  const navigate = useNavigate();
  const location = useLocation();
  const [text, setText] = useState('');

  // Show what the testimony list is filtered by, so the box never disagrees with the page.
  useEffect(() => {
    if (location.pathname.startsWith('/testimonies')) setText(new URLSearchParams(location.search).get('text') ?? '');
  }, [location.pathname, location.search]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const params = new URLSearchParams();
    if (text.trim()) params.set('text', text.trim());
    void navigate(`/testimonies${params.size ? `?${params.toString()}` : ''}`);
  };

  return (
    <form role="search" className="global-search" onSubmit={submit}>
      <label htmlFor="global-search" className="visually-hidden">
        Search testimonies
      </label>
      <input
        ref={ref}
        id="global-search"
        type="search"
        placeholder="Title or reference code…  ( / )"
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
