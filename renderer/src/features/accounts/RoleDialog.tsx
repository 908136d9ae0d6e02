import { useState } from 'react';
import type { Account } from '../../../../shared/api/accounts';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { useCallSubmit } from '../../lib/useCallSubmit';
import { ROLE_LABELS } from './model/session';
import { RoleField } from './RoleField';

/**
 * Change an account's role. The engine refuses to demote the last enabled administrator; its
 * message is shown at the field.
 */
export function RoleDialog({ account, onClose, onChanged }: { account: Account | null; onClose: () => void; onChanged: () => void }) {
  return (
    <Dialog open={account !== null} title={account ? `Change ${account.name}’s role` : 'Change role'} onClose={onClose}>
      {account ? <RoleForm account={account} onClose={onClose} onChanged={onChanged} /> : null}
    </Dialog>
  );
}

function RoleForm({ account, onClose, onChanged }: { account: Account; onClose: () => void; onChanged: () => void }) {
  const [role, setRole] = useState(account.role);
  const { errors, general, busy, submit } = useCallSubmit(onChanged);
  const run = () => call('users.update', { id: account.id, role });
  const check = () => (role === account.role ? { role: `${account.name} is already ${ROLE_LABELS[role].toLowerCase()}; choose another role` } : null);
  // The engine may name the field 'role' or say it generally: either way it belongs at the role.
  const roleError = errors.role ?? general ?? undefined;
  return (
    <form onSubmit={(e) => void submit(e, check, run)} noValidate>
      <p className="dialog-text">The new role applies from {account.name}’s next call to the archive: what they may see and do changes at once.</p>
      <RoleField path="role" value={role} onChange={setRole} error={roleError} autoFocus />
      <DialogActions label="Change role" busyLabel="Changing…" busy={busy} onCancel={onClose} />
    </form>
  );
}
