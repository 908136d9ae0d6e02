import type { ThemeOverview } from '../../../../../shared/model/themes';

export type Measure = 'passages' | 'testimonies';
export type ChartRow = ThemeOverview['themes'][number];

export const MAX_BARS = 20;

/** The themes to chart: the most used first, at most MAX_BARS. */
export function chartRows(themes: ChartRow[], measure: Measure): ChartRow[] {
  return themes
    .filter((t) => t.counts[measure] > 0)
    .sort((a, b) => b.counts[measure] - a.counts[measure] || a.label.localeCompare(b.label))
    .slice(0, MAX_BARS);
}

