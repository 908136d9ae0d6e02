import { useState } from 'react';
import type { ApiError } from '../../../../shared/api';
import type { Account } from '../../../../shared/api/accounts';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ADMINS } from '../../../../shared/api/define';
import { useArchive } from '../../app/ArchiveContext';
import { useRoleIn } from '../../app/useRoleIn';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ApiErrorNotice, Loading, Notice } from '../../components/Notice';
import { formatDateTime } from '../../lib/format';
import { AddUserDialog } from './AddUserDialog';
import { ROLE_LABELS } from './model/session';
import { RoleDialog } from './RoleDialog';
import { SetPasswordDialog } from './SetPasswordDialog';

/** Administrators: everyone who may sign in to this archive, and what each may do. */
export function UsersPage() {
  const { info, dataVersion } = useArchive();
  const admin = useRoleIn(ADMINS);
  const [tick, setTick] = useState(0);
  const users = useCall('users.list', admin ? {} : null, `${dataVersion}.${tick}`);
  const [adding, setAdding] = useState(false);
  const [roleFor, setRoleFor] = useState<Account | null>(null);
  const [passwordFor, setPasswordFor] = useState<Account | null>(null);
  const [toggle, setToggle] = useState<Account | null>(null);
  const [toggleError, setToggleError] = useState<ApiError | null>(null);
  const [toggling, setToggling] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  if (info && !admin) {
    return (
      <EmptyState title="Only an administrator manages accounts">
        <p>Ask this archive’s administrator to add someone, change a role or set a new password.</p>
      </EmptyState>
    );
  }
  if (users.error && !users.data) return <ApiErrorNotice error={users.error} retry={users.reload} />;
  if (!users.data) return <Loading />;

  const finished = (message: string) => {
    setDone(message);
    setTick((t) => t + 1);
  };

  const confirmToggle = async () => {
    if (!toggle) return;
    setToggling(true);
    const r = await call('users.update', { id: toggle.id, disabled: !toggle.disabled });
    setToggling(false);
    if (!r.ok) return setToggleError(r.error);
    setToggle(null);
    finished(r.value.disabled ? `${r.value.name} can no longer sign in.` : `${r.value.name} can sign in again.`);
  };

  return (
    <div className="page">
      <header className="page-head users-head">
        <div>
          <h1>Users</h1>
          <p className="muted">Everyone who may sign in to this archive. Each person’s role decides what they may see and do; every act is recorded under their name.</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
          Add user…
        </button>
      </header>
      {done ? <Notice kind="success">{done}</Notice> : null}
      <table className="users-table">
        <caption className="visually-hidden">Accounts of this archive</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last signed in</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.data.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                {u.name} {u.name === info?.user.name ? <span className="user-you">(you)</span> : null}
              </th>
              <td>{ROLE_LABELS[u.role]}</td>
              <td>{u.disabled ? 'Disabled' : 'Active'}</td>
              <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never'}</td>
              <td className="users-actions">
                <button type="button" className="button button--small" onClick={() => setRoleFor(u)} aria-label={`Change ${u.name}’s role`}>
                  Change role…
                </button>
                <button type="button" className="button button--small" onClick={() => setPasswordFor(u)} aria-label={`Set a new password for ${u.name}`}>
                  Set password…
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    setToggleError(null);
                    setToggle(u);
                  }}
                  aria-label={`${u.disabled ? 'Enable' : 'Disable'} ${u.name}`}
                >
                  {u.disabled ? 'Enable…' : 'Disable…'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <AddUserDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(name) => {
          setAdding(false);
          finished(`${name} was added. Give them their first password in person.`);
        }}
      />
      <RoleDialog
        account={roleFor}
        onClose={() => setRoleFor(null)}
        onChanged={() => {
          setRoleFor(null);
          finished(`${roleFor?.name ?? 'The account'}’s role was changed.`);
        }}
      />
      <SetPasswordDialog
        account={passwordFor}
        onClose={() => setPasswordFor(null)}
        onSet={() => {
          setPasswordFor(null);
          finished(`A new password was set for ${passwordFor?.name ?? 'the account'}.`);
        }}
      />
      <ConfirmDialog
        open={toggle !== null}
        title={toggle?.disabled ? `Enable ${toggle.name}?` : `Disable ${toggle?.name ?? ''}?`}
        confirmLabel={toggle?.disabled ? 'Enable' : 'Disable'}
        danger={!toggle?.disabled}
        busy={toggling}
        error={toggleError?.message}
        onConfirm={() => void confirmToggle()}
        onCancel={() => setToggle(null)}
      >
        {toggle?.disabled ? (
          <p>{toggle.name} will be able to sign in again with their password, with the role they had ({ROLE_LABELS[toggle.role]}).</p>
        ) : (
          <p>{toggle?.name} will not be able to sign in. Nothing they recorded changes, and the history keeps their name. You can enable the account again later.</p>
        )}
      </ConfirmDialog>
    </div>
  );
}
