import type { Recommendation } from '../../../../shared/model/findings';
import { formatDateTime, formatFlexDate } from '../../lib/format';
import { RecommendationStatusBadge } from './StatusBadge';

/**
 * The implementation history, newest assessment first (the contract gives it oldest first): the
 * latest is what a reader looks for, and the start of the story is one scroll away.
 */
export function RecommendationHistory({ recommendation: r }: { recommendation: Recommendation }) {
  const entries = [...r.history].reverse();
  if (entries.length === 0) return <p className="muted">No assessment is recorded yet.</p>;
  return (
    <table className="tracker-table history-table">
      <caption className="visually-hidden">Implementation history of recommendation {r.number}, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Assessed on</th>
          <th scope="col">Status</th>
          <th scope="col">Assessed by, source and note</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td className="nowrap">{formatFlexDate(e.date)}</td>
            <td>
              <RecommendationStatusBadge status={e.status} compact />
            </td>
            <td>
              <p className="history-by">{e.assessedBy || <span className="muted">Assessor not recorded</span>}</p>
              {e.source ? <p className="small">Source: {e.source}</p> : null}
              {e.note ? <p className="pre-wrap small">{e.note}</p> : null}
              <p className="muted small">
                Recorded by {e.recordedBy}, {formatDateTime(e.recordedAt)}
              </p>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
