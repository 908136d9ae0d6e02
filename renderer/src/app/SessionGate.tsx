import { RouterProvider } from 'react-router-dom';
import { ApiErrorNotice, Loading } from '../components/Notice';
import { AuthScreen } from '../features/accounts/AuthScreen';
import { LockScreen } from '../features/accounts/LockScreen';
import { SetupForm } from '../features/accounts/SetupForm';
import { SignInForm } from '../features/accounts/SignInForm';
import { useIdleLock } from '../features/accounts/useIdleLock';
import { router } from './router';
import { useSession } from './SessionContext';

/**
 * What the window shows first: the archive picker when no archive is open, the first
 * administrator's form, the sign-in form, or the app. Once the app has been shown it stays mounted
 * while the window is locked — hidden and inert, so nothing of the record is seen or reached and
 * an unsaved draft survives — under the lock screen.
 */
export function SessionGate() {
  const { status, error, screen, lockedAs, refresh, lockNow, signedIn } = useSession();
  useIdleLock(screen === 'app', status?.lockAfterMinutes ?? 15, lockNow);

  const locked = screen === 'locked';
  const mounted = screen === 'app' || screen === 'no-archive' || locked;
  const archive = status?.archive ?? null;
  return (
    <>
      <div className="app-frame" hidden={locked || !mounted} inert={locked}>
        {mounted ? <RouterProvider router={router} /> : null}
      </div>
      {locked && lockedAs ? <LockScreen archive={archive} user={lockedAs} onSignedIn={signedIn} /> : null}
      {screen === 'starting' ? (
        <AuthScreen archive={null} state={error ? 'failed' : 'starting'}>
          {error ? <ApiErrorNotice error={error} retry={refresh} /> : <Loading what="Opening the archive…" />}
        </AuthScreen>
      ) : null}
      {screen === 'setup' ? (
        <AuthScreen archive={archive} state="setup">
          <SetupForm onSignedIn={signedIn} />
        </AuthScreen>
      ) : null}
      {screen === 'sign-in' ? (
        <AuthScreen archive={archive} state="sign-in">
          <h1>Sign in</h1>
          <p className="muted">Each archive keeps its own accounts. Ask this archive’s administrator if you have none.</p>
          <SignInForm submitLabel="Sign in" onSignedIn={signedIn} />
        </AuthScreen>
      ) : null}
    </>
  );
}
