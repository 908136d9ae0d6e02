import { useState } from 'react';
import { RECOMMENDATION_STATUSES, RECOMMENDATION_STATUS_LABELS, statusEntryInput, type Recommendation, type RecommendationStatus } from '../../../../shared/model/findings';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { DialogActions } from '../../components/DialogActions';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { formatFlexDate } from '../../lib/format';
import { errorsFromIssues } from '../../lib/formErrors';
import { todayUtc } from '../shared/model/today';
import { useCallSubmit } from '../../lib/useCallSubmit';

const STATUSES = RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: RECOMMENDATION_STATUS_LABELS[s] }));

interface Props {
  recommendation: Recommendation;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

/** One dated assessment of how far the recommendation has been implemented: status, day, who assessed it, the source and a note. */
export function AddStatusDialog({ recommendation, open, onClose, onDone }: Props) {
  return (
    <Dialog open={open} title={`Add a status to recommendation ${recommendation.number}`} onClose={onClose}>
      {open ? <AddStatusForm recommendation={recommendation} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function AddStatusForm({ recommendation: r, onClose, onDone }: Omit<Props, 'open'>) {
  const today = todayUtc();
  const [status, setStatus] = useState<RecommendationStatus>(r.status);
  const [date, setDate] = useState(today);
  const [assessedBy, setAssessedBy] = useState('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const { errors, general, busy, submit } = useCallSubmit(onDone);
  const entry = { status, date, assessedBy: assessedBy.trim(), source: source.trim(), note };
  const check = () => {
    const v = statusEntryInput.safeParse(entry);
    // Paths as the engine names them (entry.date), so its messages land on the same fields.
    if (!v.success) return errorsFromIssues(v.error.issues.map((i) => ({ ...i, path: ['entry', ...i.path] })));
    // The engine refuses a day after today (UTC) too; saying so here saves a round trip.
    return date > today ? { 'entry.date': `An assessment cannot be dated in the future (today is ${today}).` } : null;
  };

  return (
    <form onSubmit={(e) => void submit(e, check, () => call('recommendations.addStatus', { id: r.id, entry }))} noValidate>
      <p className="dialog-text">
        Now <strong>{RECOMMENDATION_STATUS_LABELS[r.status].toLowerCase()}</strong>
        {r.statusDate ? ` since ${formatFlexDate(r.statusDate)}` : ''}. The latest assessment by date becomes its current status; the history keeps every one.
      </p>
      <div className="form-grid">
        <Field path="entry.status" label="Status" required error={errors['entry.status']}>
          {(p) => <Select {...p} value={status} options={STATUSES} data-autofocus onChange={(v) => setStatus(v as RecommendationStatus)} />}
        </Field>
        <Field path="entry.date" label="Assessed on" required error={errors['entry.date']}>
          {(p) => <input {...p} type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} />}
        </Field>
      </div>
      <TextField path="entry.assessedBy" label="Assessed by" required value={assessedBy} onChange={setAssessedBy} error={errors['entry.assessedBy']} hint="A person or body, e.g. “Implementation monitoring committee”." />
      <TextField path="entry.source" label="Source (optional)" value={source} onChange={setSource} error={errors['entry.source']} hint="Where the assessment comes from, e.g. “Annual report of the Department, 2027, p. 14”." />
      <TextField path="entry.note" label="Note (optional)" rows={3} value={note} onChange={setNote} error={errors['entry.note']} />
      {general ? <Notice kind="error">{general}</Notice> : null}
      <DialogActions label="Add status" busyLabel="Adding…" busy={busy} onCancel={onClose} />
    </form>
  );
}
