import { useState } from 'react';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { useCallSubmit } from '../../lib/useCallSubmit';
import { newPasswordProblems, PASSWORD_RULE } from './model/session';

/** Change your own password: the current one, then the new one twice. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Change your password" onClose={onClose}>
      <ChangePasswordForm onClose={onClose} />
    </Dialog>
  );
}

function ChangePasswordForm({ onClose }: { onClose: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const { errors, general, busy, submit } = useCallSubmit(() => setDone(true));

  if (done) {
    return (
      <>
        <Notice kind="success">Your password is changed. Use the new one the next time you sign in or unlock.</Notice>
        <div className="actions">
          <button type="button" className="button button--primary" ref={(el) => el?.focus()} onClick={onClose}>
            Close
          </button>
        </div>
      </>
    );
  }

  const check = () => {
    const problems = { ...(current === '' ? { current: 'Give your current password' } : {}), ...newPasswordProblems(next, repeat, { password: 'next', repeat: 'repeat' }) };
    return Object.keys(problems).length ? problems : null;
  };

  return (
    <form onSubmit={(e) => void submit(e, check, () => call('auth.changePassword', { current, next }))} noValidate>
      <TextField path="current" label="Current password" type="password" value={current} onChange={setCurrent} error={errors.current} autoComplete="current-password" autoFocus required />
      <TextField path="next" label="New password" type="password" value={next} onChange={setNext} error={errors.next} hint={PASSWORD_RULE} autoComplete="new-password" required />
      <TextField path="repeat" label="Repeat the new password" type="password" value={repeat} onChange={setRepeat} error={errors.repeat} autoComplete="new-password" required />
      <DialogActions label="Change password" busyLabel="Changing…" busy={busy} error={general} onCancel={onClose} />
    </form>
  );
}
