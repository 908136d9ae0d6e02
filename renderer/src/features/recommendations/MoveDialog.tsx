import { useState } from 'react';
import type { Recommendation } from '../../../../shared/model/findings';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { useCallSubmit } from '../../lib/useCallSubmit';

interface Props {
  recommendation: Recommendation;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

/** "Change number…": the recommendation takes another number and the others close up around it. */
export function MoveDialog({ recommendation, open, onClose, onDone }: Props) {
  return (
    <Dialog open={open} title={`Change the number of recommendation ${recommendation.number}`} onClose={onClose}>
      {open ? <MoveForm recommendation={recommendation} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function MoveForm({ recommendation: r, onClose, onDone }: Omit<Props, 'open'>) {
  const [typed, setTyped] = useState(String(r.number));
  const { errors, general, busy, submit } = useCallSubmit(onDone);
  const number = Number(typed.trim());
  const check = () => (Number.isInteger(number) && number >= 1 ? null : { number: 'Give a whole number, 1 or more' });

  return (
    <form onSubmit={(e) => void submit(e, check, () => call('recommendations.move', { id: r.id, number }))} noValidate>
      <p className="dialog-text">
        <strong>{r.title}</strong> is number {r.number}. Give it another number: the recommendations between move up or down one, so the numbers stay 1, 2, 3, … with none
        missing.
      </p>
      <TextField path="number" label="New number" required value={typed} onChange={setTyped} error={errors.number} inputMode="numeric" className="field--narrow" autoFocus />
      {general ? <Notice kind="error">{general}</Notice> : null}
      <DialogActions label="Change number" busyLabel="Renumbering…" busy={busy} onCancel={onClose} />
    </form>
  );
}
