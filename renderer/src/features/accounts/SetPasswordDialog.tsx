import { useState } from 'react';
import type { Account } from '../../../../shared/api/accounts';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { TextField } from '../../components/TextField';
import { useCallSubmit } from '../../lib/useCallSubmit';
import { newPasswordProblems, PASSWORD_RULE } from './model/session';

/** Set a new password for someone who forgot theirs. */
export function SetPasswordDialog({ account, onClose, onSet }: { account: Account | null; onClose: () => void; onSet: () => void }) {
  return (
    <Dialog open={account !== null} title={account ? `Set a new password for ${account.name}` : 'Set a new password'} onClose={onClose}>
      {account ? <SetPasswordForm account={account} onClose={onClose} onSet={onSet} /> : null}
    </Dialog>
  );
}

function SetPasswordForm({ account, onClose, onSet }: { account: Account; onClose: () => void; onSet: () => void }) {
  const [password, setPassword] = useState('');
  const { errors, general, busy, submit } = useCallSubmit(onSet);
  const check = () => newPasswordProblems(password, null, { password: 'password', repeat: 'password' });
  return (
    <form onSubmit={(e) => void submit(e, check, () => call('users.setPassword', { id: account.id, password }))} noValidate>
      <p className="dialog-text">Their old password stops working at once. Give them the new one in person; they can change it from their menu.</p>
      <TextField path="password" label="New password" type="password" value={password} onChange={setPassword} error={errors.password} hint={PASSWORD_RULE} autoComplete="new-password" autoFocus required />
      <DialogActions label="Set password" busyLabel="Setting…" busy={busy} error={general} onCancel={onClose} />
    </form>
  );
}
