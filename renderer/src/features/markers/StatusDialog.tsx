import { useState } from 'react';
import type { Marker, MarkerStatus } from '../../../../shared/model/markers';
import { isoDate } from '../../../../shared/model/fields';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { STATUS_LABELS, statusActionLabel } from './model/labels';
import { todayUtc } from '../shared/model/today';
import { useCallSubmit } from '../../lib/useCallSubmit';

interface Props {
  marker: Marker;
  /** The status to move to; the dialog is open while it is set. */
  to: MarkerStatus | null;
  onClose: () => void;
  onDone: () => void;
}

/** One step along the workflow: on what day, with an optional note. The engine's refusal is shown here. */
export function StatusDialog({ marker, to, onClose, onDone }: Props) {
  return (
    <Dialog open={to !== null} title={to ? statusActionLabel(to, marker.status).replace('…', '') : 'Change the status'} onClose={onClose}>
      {to ? <StatusForm marker={marker} to={to} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function StatusForm({ marker, to, onClose, onDone }: Props & { to: MarkerStatus }) {
  const [date, setDate] = useState(todayUtc());
  const [note, setNote] = useState('');
  const { errors, general, busy, submit } = useCallSubmit(onDone);
  const check = () => {
    const day = isoDate.safeParse(date);
    return day.success ? null : { date: day.error.issues[0]?.message ?? 'Give the date as YYYY-MM-DD' };
  };
  const record = () => call('markers.setStatus', { id: marker.id, to, date, note });

  return (
    <form onSubmit={(e) => void submit(e, check, record)} noValidate>
      <p className="dialog-text">
        {marker.ref} moves from <strong>{STATUS_LABELS[marker.status].toLowerCase()}</strong> to <strong>{STATUS_LABELS[to].toLowerCase()}</strong>. The change is dated and recorded in its
        status history with your name.
      </p>
      <TextField path="date" label="On what day" type="date" required value={date} onChange={setDate} error={errors.date} autoFocus />
      <TextField path="note" label="Note (optional)" rows={3} value={note} onChange={setNote} error={errors.note} hint="e.g. who fabricated or installed it, what was damaged, the police report number." />
      {general ? <Notice kind="error">{general}</Notice> : null}
      {errors.to ? <Notice kind="error">{errors.to}</Notice> : null}
      <DialogActions label={`Record: ${STATUS_LABELS[to].toLowerCase()}`} busyLabel="Recording…" busy={busy} onCancel={onClose} />
    </form>
  );
}
