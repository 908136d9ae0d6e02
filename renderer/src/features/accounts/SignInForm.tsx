import { useState, type FormEvent } from 'react';
import type { SignedInUser } from '../../../../shared/api/accounts';
import { call } from '../../api/client';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { nameProblem } from './model/session';
import { useFocusOnMount } from './useFocusOnMount';

interface SignInFormProps {
  /** The name is known (unlocking): only the password is asked for. */
  name?: string;
  submitLabel: string;
  onSignedIn: (user: SignedInUser) => void;
}

/**
 * Name and password, Enter submits. A refusal is said above the fields (the engine gives one
 * message for an unknown name, a wrong password or a disabled account); the password is cleared
 * and focused again so the next try starts at once. The name stays.
 */
export function SignInForm({ name: knownName, submitLabel, onSignedIn }: SignInFormProps) {
  const [name, setName] = useState(knownName ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Where the caret goes: the first field at first, then the field to fix after each refusal.
  const [focus, setFocus] = useState({ path: knownName === undefined ? 'signIn.name' : 'signIn.password', tries: 0 });
  useFocusOnMount(focus.path, focus.tries);
  const focusAgain = (path: string) => setFocus((f) => ({ path, tries: f.tries + 1 }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const problem = nameProblem(name);
    if (problem || password === '') {
      setError(problem ? 'Give your name, then your password.' : 'Give your password.');
      focusAgain(problem && knownName === undefined ? 'signIn.name' : 'signIn.password');
      return;
    }
    setBusy(true);
    const r = await call('auth.signIn', { name, password });
    setBusy(false);
    if (r.ok) return onSignedIn(r.value);
    setError(r.error.message);
    setPassword('');
    focusAgain('signIn.password');
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={submitLabel}>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {knownName === undefined ? <TextField path="signIn.name" label="Name" value={name} onChange={setName} autoComplete="username" spellCheck={false} /> : null}
      <TextField path="signIn.password" label="Password" type="password" value={password} onChange={setPassword} autoComplete="current-password" />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Signing in…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
