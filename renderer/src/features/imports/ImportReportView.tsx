import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ImportReport } from '../../../../shared/api/imports';
import type { ImportOutcome } from '../../../../shared/model/importFields';
import { formatCount } from '../../lib/format';
import { jobResultUrl } from '../../api/files';
import { fieldLabel, isProblem } from './reportRows';

/** The most rows drawn in the table; the saved report holds them all. */
const SHOWN_MAX = 500;

const OUTCOME_WORDS: Record<ImportOutcome, { done: string; would: string }> = {
  added: { done: 'Added', would: 'Would add' },
  updated: { done: 'Updated', would: 'Would update' },
  skipped: { done: 'Skipped', would: 'Would skip' },
  failed: { done: 'Failed', would: 'Would fail' },
};

const OUTCOMES: ImportOutcome[] = ['added', 'updated', 'skipped', 'failed'];

function Counts({ report }: { report: ImportReport }) {
  return (
    <dl className="import-counts">
      {OUTCOMES.map((o) => (
        <div key={o} className={`import-count import-count--${o}`}>
          <dt>{report.dryRun ? OUTCOME_WORDS[o].would : OUTCOME_WORDS[o].done}</dt>
          <dd>{formatCount(report.counts[o])}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * What an import or its dry run did, row by row: the counts, then a table (problems only at
 * first, when there are any), the saved report's place and a copy to download.
 */
export function ImportReportView({ report, headingId }: { report: ImportReport; headingId: string }) {
  const problems = report.rows.filter(isProblem);
  const [onlyProblems, setOnlyProblems] = useState(problems.length > 0);
  const rows = onlyProblems ? problems : report.rows;
  const shown = rows.slice(0, SHOWN_MAX);
  const caption = onlyProblems ? `Failures and notes (${formatCount(problems.length)})` : `Every row (${formatCount(report.rows.length)})`;
  return (
    <div className="import-report">
      <Counts report={report} />
      {report.rows.length > 0 ? (
        <>
          <label className="choice choice--inline">
            <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
            <span>Show only failures and notes on fields ({formatCount(problems.length)})</span>
          </label>
          {shown.length === 0 ? (
            <p className="muted">No failures and no notes: every row can be taken as it is.</p>
          ) : (
            <div className="import-table-wrap" tabIndex={0} role="region" aria-labelledby={`${headingId}-caption`}>
              <table className="import-table">
                <caption id={`${headingId}-caption`} className="visually-hidden">
                  {caption}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col" className="num">
                      Line
                    </th>
                    <th scope="col">Reference</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">Field</th>
                    <th scope="col">What happened</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r, i) => (
                    <tr key={`${r.source}-${r.line ?? 'file'}-${i}`} className={`outcome-row outcome-row--${r.outcome}`}>
                      <td className="import-source">{r.source}</td>
                      <td className="num">{r.line ?? '—'}</td>
                      <td className="mono">{r.testimonyId && !report.dryRun ? <Link to={`/testimonies/${r.testimonyId}`}>{r.ref || 'Open'}</Link> : r.ref}</td>
                      <td>{report.dryRun ? OUTCOME_WORDS[r.outcome].would : OUTCOME_WORDS[r.outcome].done}</td>
                      <td>{r.field ? fieldLabel(r.field) : ''}</td>
                      <td>{r.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {rows.length > SHOWN_MAX ? (
            <p className="muted small">
              The first {formatCount(SHOWN_MAX)} of {formatCount(rows.length)} rows are shown; the saved report has them all.
            </p>
          ) : null}
        </>
      ) : null}
      {report.reportPath ? (
        <p className="small">
          The report is saved in <span className="mono path">{report.reportPath}</span>.{' '}
          <a href={jobResultUrl(report.jobId)} download>
            Download the report (CSV)
          </a>
        </p>
      ) : null}
    </div>
  );
}
