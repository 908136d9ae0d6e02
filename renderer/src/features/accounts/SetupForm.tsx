import { useState } from 'react';
import type { SignedInUser } from '../../../../shared/api/accounts';
import { call } from '../../api/client';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { useCallSubmit } from '../../lib/useCallSubmit';
import { nameProblem, newPasswordProblems, PASSWORD_RULE } from './model/session';
import { useFocusOnMount } from './useFocusOnMount';

/**
 * The first administrator of an archive that has no accounts yet: name, password typed twice.
 * The engine signs them in as it creates them.
 */
export function SetupForm({ onSignedIn }: { onSignedIn: (user: SignedInUser) => void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { errors, general, busy, submit } = useCallSubmit(onSignedIn);
  useFocusOnMount('setup.name');

  const check = () => {
    const problem = nameProblem(name);
    const problems = { ...(problem ? { name: problem } : {}), ...newPasswordProblems(password, repeat, { password: 'password', repeat: 'repeat' }) };
    return Object.keys(problems).length ? problems : null;
  };

  return (
    <form onSubmit={(e) => void submit(e, check, () => call('auth.setup', { name, password }))} noValidate aria-labelledby="setup-title">
      <h1 id="setup-title">Create the administrator</h1>
      <p className="muted">This archive has no accounts yet. The administrator you create now adds everyone else and chooses what each may see.</p>
      {general ? <Notice kind="error">{general}</Notice> : null}
      <TextField path="setup.name" label="Your name" value={name} onChange={setName} error={errors.name} hint="What you will type to sign in; it names you in the archive’s history." autoComplete="username" spellCheck={false} required />
      <TextField path="setup.password" label="Password" type="password" value={password} onChange={setPassword} error={errors.password} hint={PASSWORD_RULE} autoComplete="new-password" required />
      <TextField path="setup.repeat" label="Repeat the password" type="password" value={repeat} onChange={setRepeat} error={errors.repeat} autoComplete="new-password" required />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create the administrator and sign in'}
        </button>
      </div>
    </form>
  );
}
