import { RECOMMENDATION_STATUS_LABELS, RECOMMENDATION_STATUSES, type Recommendation, type RecommendationStatus } from '../../../../shared/model/findings';
import type { TableBlock } from '../../pdf/blocks';
import type { AddresseeGroup } from './data';

/**
 * The summary table at the head of the status report: one row per addressee (in the order the
 * report's sections follow), a column per status with the number of recommendations whose
 * current status it is, a total column, and a total row.
 */

export type StatusCounts = Record<RecommendationStatus, number> & { total: number };

export function countByStatus(recommendations: readonly Recommendation[]): StatusCounts {
  const counts = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as Record<RecommendationStatus, number>;
  for (const r of recommendations) counts[r.status] += 1;
  return { ...counts, total: recommendations.length };
}

const row = (label: string, c: StatusCounts): string[] => [label, ...RECOMMENDATION_STATUSES.map((s) => String(c[s])), String(c.total)];

export const TOTAL_ROW = 'All addressees';

export function summaryTable(groups: readonly AddresseeGroup[]): TableBlock {
  const all = groups.flatMap((g) => g.recommendations);
  return {
    kind: 'table',
    columns: [
      // In points of the 451-point text width: a status column holds its longest one-word header.
      { header: 'Addressee', width: 130 },
      ...RECOMMENDATION_STATUSES.map((s) => ({ header: RECOMMENDATION_STATUS_LABELS[s], width: 57, align: 'right' as const })),
      { header: 'Total', width: 36, align: 'right' as const },
    ],
    rows: [...groups.map((g) => row(g.addressee, countByStatus(g.recommendations))), row(TOTAL_ROW, countByStatus(all))],
    source: 'The summary table (addressee names)',
  };
}

/** "2 underway, 3 complete": the non-zero counts, in the statuses' order. */
export function countsInWords(c: StatusCounts): string {
  return RECOMMENDATION_STATUSES.filter((s) => c[s] > 0)
    .map((s) => `${c[s]} ${RECOMMENDATION_STATUS_LABELS[s].toLowerCase()}`)
    .join(', ');
}
