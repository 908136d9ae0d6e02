import { useEffect, useRef, useState } from 'react';
import type { AuthStatus, SignedInUser } from '../../../../shared/api/accounts';
import { fieldId } from '../../lib/formErrors';
import { AuthScreen } from './AuthScreen';
import { ROLE_LABELS } from './model/session';
import { SignInForm } from './SignInForm';

/**
 * Shown over the hidden pages once the window locked: the same person gives their password and
 * finds everything as they left it; "Sign in as someone else" asks for a name too (and the app
 * then starts afresh for them).
 *
 * It is a modal dialog covering the window: a dialog that was open in the pages (an edit with its
 * draft) stays open underneath, inert, instead of being closed and losing what was typed. Escape
 * does not close it.
 */
export function LockScreen({ archive, user, onSignedIn }: { archive: AuthStatus['archive']; user: SignedInUser; onSignedIn: (user: SignedInUser) => void }) {
  const [someoneElse, setSomeoneElse] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const stay = (e: Event) => e.preventDefault();
    dialog.addEventListener('cancel', stay);
    return () => {
      dialog.removeEventListener('cancel', stay);
      if (dialog.open) dialog.close();
    };
  }, []);

  useEffect(() => {
    document.getElementById(fieldId(someoneElse ? 'signIn.name' : 'signIn.password'))?.focus();
  }, [someoneElse]);

  return (
    <dialog ref={ref} className="lock-dialog" aria-label="Locked">
      <AuthScreen archive={archive} state="locked" mainId="lock-main">
        {someoneElse ? (
          <>
            <h1>Sign in as someone else</h1>
            <p className="muted">What {user.name} left open is closed when you sign in.</p>
            <SignInForm key="other" submitLabel="Sign in" onSignedIn={onSignedIn} />
            <button type="button" className="button button--quiet" onClick={() => setSomeoneElse(false)}>
              Back: sign in as {user.name}
            </button>
          </>
        ) : (
          <>
            <h1>Locked — sign in as {user.name} to go on</h1>
            <p className="muted">
              {user.name} ({ROLE_LABELS[user.role]}) was signed in. Nothing of the archive is shown until the password is given; what was open, unsaved
              work included, comes back as it was.
            </p>
            <SignInForm key="same" name={user.name} submitLabel="Unlock" onSignedIn={onSignedIn} />
            <button type="button" className="button button--quiet" onClick={() => setSomeoneElse(true)}>
              Sign in as someone else
            </button>
          </>
        )}
      </AuthScreen>
    </dialog>
  );
}
