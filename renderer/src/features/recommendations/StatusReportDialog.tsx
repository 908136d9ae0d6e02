import type { RecommendationFilter } from '../../../../shared/model/findings';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { JobFollow } from '../exports/JobFollow';
import { useStartJob } from '../exports/useStartJob';

interface Props {
  open: boolean;
  onClose: () => void;
  filter: RecommendationFilter;
  /** The filter in words, or null for every recommendation. */
  filterText: string | null;
  count: number | null;
}

/**
 * Starts the recommendation status report (a PDF job) for the tracker's filter and follows it here:
 * progress and Cancel, then Download PDF. The jobs tray follows the same job, so closing loses nothing.
 */
export function StatusReportDialog({ open, onClose, filter, filterText, count }: Props) {
  return (
    <Dialog open={open} title="Print the status report" onClose={onClose} className="print-dialog">
      <StatusReportBody filter={filter} filterText={filterText} count={count} onClose={onClose} />
    </Dialog>
  );
}

function StatusReportBody({ filter, filterText, count, onClose }: Omit<Props, 'open'>) {
  const { job, starting, error, start, again } = useStartJob();

  if (job) return <JobFollow job={job} onAgain={again} onClose={onClose} />;
  const how = count === null ? '' : ` (${count === 1 ? 'one recommendation' : `${count} recommendations`})`;
  return (
    <form onSubmit={(e) => void start(e, () => call('recommendations.printStatusReport', { filter, out: '' }))} noValidate>
      <div className="dialog-text">
        <p>
          A PDF of {filterText ? <>the recommendations this filter keeps — {filterText} —</> : 'every recommendation'}
          {how}: a summary table of where each stands, then every recommendation with its current status and implementation history, grouped by addressee.
        </p>
        <p className="muted small">Recommendations and their follow-up are public work: the report is for anyone.</p>
      </div>
      <DialogActions label="Write the PDF" busyLabel="Starting…" busy={starting} error={error?.message ?? null} onCancel={onClose} autoFocus="submit" />
    </form>
  );
}
