import { useState, type ReactNode } from 'react';
import type { Result } from '../../../../shared/api';
import type { Job } from '../../../../shared/api/jobs';
import { PDF_EDITIONS, type PdfEdition } from '../../../../shared/model/markers';
import { RadioGroup } from '../../components/CheckboxGroup';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { JobFollow } from '../exports/JobFollow';
import { useStartJob } from '../exports/useStartJob';
import { EDITION_LABELS, EDITION_NOTES } from './model/labels';

const EDITIONS = PDF_EDITIONS.map((e) => ({ value: e, label: EDITION_LABELS[e] }));

interface PrintDialogProps {
  open: boolean;
  onClose: () => void;
  /** "Print record sheet". */
  title: string;
  /** What will be printed, in a sentence. */
  children: ReactNode;
  /** Starts the PDF job for an edition. */
  start: (edition: PdfEdition) => Promise<Result<Job>>;
}

/**
 * Chooses the edition, starts the PDF job and follows it here (progress, Cancel, then the download).
 * The job is also followed by the jobs tray (both read the same tracked jobs), so closing this dialog
 * loses nothing: the tray keeps showing it.
 */
export function PrintDialog({ open, onClose, title, children, start }: PrintDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose} className="print-dialog">
      <PrintBody start={start} onClose={onClose}>
        {children}
      </PrintBody>
    </Dialog>
  );
}

function PrintBody({ start, onClose, children }: Omit<PrintDialogProps, 'open' | 'title'>) {
  const [edition, setEdition] = useState<PdfEdition>('public');
  const { job, starting, error, start: startJob, again } = useStartJob();

  if (job) return <JobFollow job={job} onAgain={again} onClose={onClose} />;

  return (
    <form onSubmit={(e) => void startJob(e, () => start(edition))} noValidate>
      <div className="dialog-text">{children}</div>
      <RadioGroup path="edition" legend="Edition" options={EDITIONS} value={edition} onChange={(v) => setEdition(v as PdfEdition)} describe={(v) => EDITION_NOTES[v as PdfEdition]} />
      <DialogActions label="Write the PDF" busyLabel="Starting…" busy={starting} error={error?.message ?? null} onCancel={onClose} autoFocus="submit" />
    </form>
  );
}
