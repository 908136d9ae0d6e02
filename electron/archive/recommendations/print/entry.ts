import { PRIORITY_LABELS, RECOMMENDATION_STATUS_LABELS, type Recommendation } from '../../../../shared/model/findings';
import type { Block } from '../../pdf/blocks';
import { formatDay } from '../../markers/print/words';

/**
 * One recommendation in the status report: its number and title (a heading in the contents and
 * the outline, under its addressee), its priority and current status with the day it was reached,
 * the themes and findings it carries, then its implementation history as a table, oldest first.
 */

export const anchorOf = (r: Recommendation): string => `recommendation-${r.id}`;

/** "Underway since 3 May 2027". */
export function currentStatus(r: Recommendation): string {
  return `${RECOMMENDATION_STATUS_LABELS[r.status]} since ${formatDay(r.statusDate)}`;
}

export function recommendationBlocks(r: Recommendation): Block[] {
  const source = (field: string) => `Recommendation ${r.number}, ${field}`;
  const facts: [string, string][] = [
    ['Priority', PRIORITY_LABELS[r.priority]],
    ['Current status', currentStatus(r)],
  ];
  if (r.themes.length) facts.push(['Themes', r.themes.map((t) => t.label).join('; ')]);
  if (r.findings.length) facts.push(['Rests on', r.findings.map((f) => `${f.ref} ${f.title}`).join('; ')]);
  return [
    { kind: 'heading', level: 2, text: `${r.number}. ${r.title}`, anchor: anchorOf(r), source: source('title') },
    { kind: 'facts', rows: facts, source: source('status, themes and findings') },
    { kind: 'heading', level: 3, text: 'Implementation history', toc: false },
    {
      kind: 'table',
      // In points of the 451-point text width: the longest date and status stay on one line.
      columns: [
        { header: 'Date', width: 96 },
        { header: 'Status', width: 61 },
        { header: 'Assessed by', width: 85 },
        { header: 'Source', width: 85 },
        { header: 'Note', width: 124 },
      ],
      rows: r.history.map((e) => [formatDay(e.date), RECOMMENDATION_STATUS_LABELS[e.status], e.assessedBy, e.source, e.note]),
      empty: 'No assessment has been recorded.',
      source: source('implementation history'),
    },
  ];
}
