import { RECOMMENDATION_STATUSES, type TrackerCounts } from '../../../../shared/model/findings';
import { plural } from '../../lib/format';
import { RecommendationStatusBadge } from './StatusBadge';

/** How many recommendations the filter keeps, and how many stand at each status. */
export function TrackerSummary({ counts, filtered }: { counts: TrackerCounts; filtered: boolean }) {
  return (
    <section className="tracker-summary" aria-labelledby="tracker-summary-title">
      <h2 id="tracker-summary-title" className="tracker-summary-title">
        {plural(counts.total, 'recommendation', 'recommendations')}
        {filtered ? (counts.total === 1 ? ' matches the filters' : ' match the filters') : ' in all'}
      </h2>
      <ul className="tracker-counts">
        {RECOMMENDATION_STATUSES.map((s) => (
          <li key={s}>
            <span className="tracker-count">{counts.byStatus[s] ?? 0}</span> <RecommendationStatusBadge status={s} compact />
          </li>
        ))}
      </ul>
    </section>
  );
}
