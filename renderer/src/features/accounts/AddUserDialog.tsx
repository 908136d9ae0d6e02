import { useState } from 'react';
import type { Role } from '../../../../shared/model/enums';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { TextField } from '../../components/TextField';
import { useCallSubmit } from '../../lib/useCallSubmit';
import { nameProblem, newPasswordProblems, PASSWORD_RULE } from './model/session';
import { RoleField } from './RoleField';

/** Add an account: its name, role and a first password the administrator hands over. */
export function AddUserDialog({ open, onClose, onAdded }: { open: boolean; onClose: () => void; onAdded: (name: string) => void }) {
  return (
    <Dialog open={open} title="Add a user" onClose={onClose}>
      <AddUserForm onClose={onClose} onAdded={onAdded} />
    </Dialog>
  );
}

function AddUserForm({ onClose, onAdded }: { onClose: () => void; onAdded: (name: string) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('researcher');
  const [password, setPassword] = useState('');
  const { errors, general, busy, submit } = useCallSubmit(() => onAdded(name.trim()));

  const check = () => {
    const problem = nameProblem(name);
    const problems = { ...(problem ? { name: problem } : {}), ...newPasswordProblems(password, null, { password: 'password', repeat: 'password' }) };
    return Object.keys(problems).length ? problems : null;
  };

  return (
    <form onSubmit={(e) => void submit(e, check, () => call('users.create', { name, role, password }))} noValidate>
      <TextField path="name" label="Name" value={name} onChange={setName} error={errors.name} hint="What they will type to sign in; it names them in the archive’s history." spellCheck={false} autoFocus required />
      <RoleField path="role" value={role} onChange={setRole} error={errors.role} />
      <TextField
        path="password"
        label="First password"
        type="password"
        value={password}
        onChange={setPassword}
        error={errors.password}
        hint={`${PASSWORD_RULE} Give it to them in person; they can change it from their menu once signed in.`}
        autoComplete="new-password"
        required
      />
      <DialogActions label="Add user" busyLabel="Adding…" busy={busy} error={general} onCancel={onClose} />
    </form>
  );
}
