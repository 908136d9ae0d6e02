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
  const [tries, setTries] = useState(0);
  const first = knownName === undefined ? 'signIn.name' : 'signIn.password';
  useFocusOnMount(tries > 0 ? 'signIn.password' : first, tries);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const problem = nameProblem(name);
    if (problem || password === '') {
      setError(problem ? 'Give your name, then your password.' : 'Give your password.');
      setTries((t) => t + 1);
      return;
    }
    setBusy(true);
    const r = await call('auth.signIn', { name, password });
    setBusy(false);
    if (r.ok) return onSignedIn(r.value);
    setError(r.error.message);
    setPassword('');
    setTries((t) => t + 1);
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
