import { useState } from 'react';
import type { Role } from '../../../../shared/model/enums';
import { REPORT_EDITIONS, type Report, type ReportEdition } from '../../../../shared/model/reports';
import { call } from '../../api/client';
import { RadioGroup } from '../../components/CheckboxGroup';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { plural } from '../../lib/format';
import { JobFollow } from '../exports/JobFollow';
import { useStartJob } from '../exports/useStartJob';
import { EDITION_LABELS, EDITION_NOTES } from './model/editions';
import { confidentialRefusal } from './model/roles';

const EDITIONS = REPORT_EDITIONS.map((e) => ({ value: e, label: EDITION_LABELS[e] }));

interface Props {
  open: boolean;
  report: Report;
  role: Role | undefined;
  /** Sections with changes typed and not saved (the PDF is written from the saved text). */
  unsaved: number;
  onClose: () => void;
}

/** Export PDF: the edition (and where to save it), then the job followed here until Download PDF. */
export function ExportDialog({ open, report, role, unsaved, onClose }: Props) {
  return (
    <Dialog open={open} title="Export the report as PDF" onClose={onClose} className="print-dialog">
      {open ? <ExportBody report={report} role={role} unsaved={unsaved} onClose={onClose} /> : null}
    </Dialog>
  );
}

function ExportBody({ report, role, unsaved, onClose }: Omit<Props, 'open'>) {
  const refusal = confidentialRefusal(role);
  const [edition, setEdition] = useState<ReportEdition>('public');
  const [out, setOut] = useState('');
  const { job, starting, error, start, again } = useStartJob();

  if (job) return <JobFollow job={job} onAgain={again} onClose={onClose} />;

  return (
    <form onSubmit={(e) => void start(e, () => call('reports.export', { id: report.id, edition, out: out.trim() }))} noValidate>
      <p className="dialog-text">
        <strong>{report.title}</strong>: a cover, a table of contents and {plural(report.sections.length, 'chapter', 'chapters')}, with the embedded findings, recommendations and
        excerpts drawn from the archive as it is now.
      </p>
      {unsaved > 0 ? (
        <Notice kind="warning">
          {plural(unsaved, 'section has', 'sections have')} changes that are not saved; the PDF is written from the saved text. Save first to include them.
        </Notice>
      ) : null}
      <RadioGroup
        path="edition"
        legend="Edition"
        options={EDITIONS}
        value={edition}
        onChange={(v) => setEdition(v as ReportEdition)}
        unavailable={refusal ? ['confidential'] : []}
        describe={(v) => (v === 'confidential' && refusal ? `${EDITION_NOTES.confidential}. ${refusal}` : EDITION_NOTES[v as ReportEdition])}
        error={error?.field === 'edition' ? error.message : undefined}
      />
      <TextField
        path="out"
        label="Save as (optional)"
        value={out}
        onChange={setOut}
        error={error?.field === 'out' ? error.message : undefined}
        hint="The whole path of a new PDF file. Leave it empty to save it with the archive’s exports; either way it can be downloaded when it is ready."
        inputClassName="mono"
      />
      <DialogActions label="Write the PDF" busyLabel="Starting…" busy={starting} error={error && error.field !== 'out' && error.field !== 'edition' ? error.message : null} onCancel={onClose} autoFocus="submit" />
    </form>
  );
}
