import type { MarkerStatus, MarkerType } from '../../../../shared/model/markers';
import { STATUS_LABELS, TYPE_LABELS } from './model/labels';

/** Marks that go with the status words (never instead of them). */
const STATUS_MARKS: Record<MarkerStatus, string> = {
  proposed: '○',
  approved: '◔',
  fabricated: '◑',
  installed: '◕',
  dedicated: '●',
  damaged: '⚠',
  missing: '?',
};

/** A marker's status in words, with a quiet colour and a mark that support the words. */
export function MarkerStatusBadge({ status, compact }: { status: MarkerStatus; compact?: boolean }) {
  return (
    <span className={`badge badge--marker badge--marker-${status}${compact ? ' badge--compact' : ''}`}>
      <span aria-hidden="true" className="badge-mark">
        {STATUS_MARKS[status]}
      </span>
      {STATUS_LABELS[status]}
    </span>
  );
}

export function MarkerTypeBadge({ type }: { type: MarkerType }) {
  return <span className="badge badge--plain">{TYPE_LABELS[type]}</span>;
}
