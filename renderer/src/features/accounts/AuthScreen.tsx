import type { ReactNode } from 'react';
import type { AuthStatus } from '../../../../shared/api/accounts';

/**
 * The frame of the screens shown before anyone is signed in (first administrator, sign-in, lock):
 * the archive's name and folder in the banner, so a person knows which archive they are entering,
 * and one card in the middle. `state` marks the screen for tests (like the shell's data-app-state).
 */
export function AuthScreen({ archive, state, mainId = 'main', children }: { archive: AuthStatus['archive']; state: string; mainId?: string; children: ReactNode }) {
  return (
    <div className="auth-screen" data-app-state={state}>
      <header className="auth-head">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            ▦
          </span>{' '}
          Tessera
        </span>
        {archive ? (
          <span className="auth-archive">
            <span className="auth-archive-name">{archive.name}</span>
            <span className="mono path small">{archive.path}</span>
          </span>
        ) : null}
      </header>
      <main id={mainId} tabIndex={-1} className="auth-main">
        <div className="card auth-card">{children}</div>
      </main>
    </div>
  );
}
