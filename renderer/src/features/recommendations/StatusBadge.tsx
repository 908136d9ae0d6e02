import { RECOMMENDATION_STATUS_LABELS, type RecommendationStatus } from '../../../../shared/model/findings';
import { formatFlexDate } from '../../lib/format';

/** Marks that go with the status words (never instead of them). */
const MARKS: Record<RecommendationStatus, string> = { not_started: '○', proposed: '◔', underway: '◑', complete: '●', rejected: '✕' };

/** A recommendation's status in words, with a quiet colour and a mark that support the words; and since when, if given. */
export function RecommendationStatusBadge({ status, date, compact }: { status: RecommendationStatus; date?: string; compact?: boolean }) {
  return (
    <>
      <span className={`badge badge--rec badge--rec-${status}${compact ? ' badge--compact' : ''}`}>
        <span aria-hidden="true" className="badge-mark">
          {MARKS[status]}
        </span>
        {RECOMMENDATION_STATUS_LABELS[status]}
      </span>
      {date ? <span className="muted small nowrap"> since {formatFlexDate(date)}</span> : null}
    </>
  );
}
