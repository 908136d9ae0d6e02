import { useRef, useState } from 'react';
import { reportInput, type Report, type ReportData } from '../../../../shared/model/reports';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ListText } from '../../components/ListText';
import { TextField } from '../../components/TextField';
import { errorsFromIssues } from '../../lib/formErrors';
import { useCallSubmit } from '../../lib/useCallSubmit';

interface Props {
  open: boolean;
  /** The report whose details are edited; null starts a new one. */
  existing: Report | null;
  onClose: () => void;
  /** The report as saved. */
  onDone: (report: Report) => void;
}

/** A report's cover details — title, subtitle, authors, date — for a new report or an existing one. */
export function ReportDialog({ open, existing, onClose, onDone }: Props) {
  return (
    <Dialog open={open} title={existing ? 'Edit the report’s details' : 'New report'} onClose={onClose}>
      {open ? <DetailsForm existing={existing} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function DetailsForm({ existing, onClose, onDone }: Omit<Props, 'open'>) {
  const [draft, setDraft] = useState<ReportData>(() =>
    existing ? { title: existing.title, subtitle: existing.subtitle, authors: existing.authors, date: existing.date } : { title: '', subtitle: '', authors: [], date: '' },
  );
  // useCallSubmit says when the call succeeded; the report it answered is kept here for onDone.
  const saved = useRef<Report | null>(null);
  const { errors, general, busy, submit } = useCallSubmit(() => {
    if (saved.current) onDone(saved.current);
  });
  const set = <K extends keyof ReportData>(key: K, value: ReportData[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const check = () => {
    const r = reportInput.safeParse(draft);
    return r.success ? null : errorsFromIssues(r.error.issues);
  };
  const run = async () => {
    const data = reportInput.parse(draft);
    const r = existing ? await call('reports.update', { id: existing.id, expectedVersion: existing.version, data }) : await call('reports.create', { data });
    if (r.ok) saved.current = r.value;
    return r;
  };

  return (
    <form onSubmit={(e) => void submit(e, check, run)} noValidate>
      {existing ? null : <p className="dialog-text">A report starts with one empty section to write in. Its details print on the cover; they can be changed later.</p>}
      <TextField path="title" label="Title" required value={draft.title} onChange={(v) => set('title', v)} error={errors.title} autoFocus />
      <TextField path="subtitle" label="Subtitle" value={draft.subtitle} onChange={(v) => set('subtitle', v)} error={errors.subtitle} />
      <ListText
        path="authors"
        label="Authors"
        mode="lines"
        value={draft.authors}
        onChange={(v) => set('authors', v)}
        error={errors.authors ?? Object.entries(errors).find(([k]) => k.startsWith('authors.'))?.[1]}
        hint="One person or body per line, as they should appear on the cover."
      />
      <TextField path="date" label="Date" value={draft.date} onChange={(v) => set('date', v)} error={errors.date} hint="Printed on the cover: a day (2027-06-30), a month (2027-06) or a year (2027)." />
      <DialogActions label={existing ? 'Save details' : 'Create report'} busyLabel="Saving…" busy={busy} error={general} onCancel={onClose} />
    </form>
  );
}
