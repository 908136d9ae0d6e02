import { useEffect, useRef, useState } from 'react';
import { Link, Outlet } from 'react-router-dom';
import { ROLE_LABELS, scopeFor } from '../features/accounts/model/session';
import { UserMenu } from '../features/accounts/UserMenu';
import { useArchive } from './ArchiveContext';
import { GlobalSearch } from './GlobalSearch';
import { HelpPanel } from './HelpPanel';
import { JobsTray } from './JobsTray';
import { useSession } from './SessionContext';
import { isTyping } from './shortcuts';
import { Sidebar } from './Sidebar';

export function Shell() {
  const { info, loaded, error } = useArchive();
  const user = useSession().status?.user ?? null;
  const searchRef = useRef<HTMLInputElement>(null);
  const [help, setHelp] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || document.querySelector('dialog[open]')) return;
      if (e.key === '/') {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (e.key === '?') {
        e.preventDefault();
        setHelp(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A file dropped beside a drop zone would be opened by the browser in place of the app, losing
  // what was on the page: outside the zones (which take their own drops first), a drop does nothing.
  useEffect(() => {
    const refuse = (e: DragEvent) => {
      if (e.defaultPrevented || !e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);

  return (
    <div className="app" data-app-state={loaded ? 'loaded' : 'loading'}>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to main content
      </a>
      <Sidebar />
      <div className="app-body">
        <header className="topbar">
          <div className="topbar-archive">
            {info ? (
              <>
                <span className="topbar-name">{info.name}</span>
                <span className="topbar-scope">
                  {ROLE_LABELS[info.user.role]} · {scopeFor(info.user.role)}
                </span>
              </>
            ) : loaded ? (
              <span className="topbar-name">
                {error?.code === 'no_archive' ? 'No archive open' : 'Archive unavailable'} · <Link to="/archives">Open or create one</Link>
              </span>
            ) : (
              <span className="topbar-name">Opening archive…</span>
            )}
          </div>
          <GlobalSearch ref={searchRef} />
          <button type="button" className="button button--quiet" onClick={() => setHelp(true)} aria-keyshortcuts="?">
            Shortcuts <kbd>?</kbd>
          </button>
          {user ? <UserMenu user={user} /> : null}
        </header>
        <main id="main" tabIndex={-1} className="main">
          <Outlet />
        </main>
        <JobsTray />
      </div>
      <HelpPanel open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
