import { describe, expect, it } from 'vitest';
import type { ThemeOverview } from '../../../../../../../shared/model/themes';
import { cooccurrenceMatrix, shade } from '../../../../../../../renderer/src/features/themes/model/cooccurrenceMatrix';
import { chartRows } from '../../../../../../../renderer/src/features/themes/model/chartRows';

const t = (id: string, label: string, testimonies: number, passages: number) => ({ id, label, parentId: null, depth: 0, colour: '#1d4ed8', counts: { testimonies, passages, ownTestimonies: testimonies, ownPassages: passages } });

const overview: ThemeOverview = {
  themes: [t('a', 'Apology', 5, 9), t('b', 'Burial', 2, 2), t('c', 'Curfew', 7, 3), t('d', 'Detention', 1, 1)],
  testimonies: 10,
  codedTestimonies: 8,
  cooccurrence: {
    testimony: [
      { a: 'a', b: 'c', count: 4 },
      { a: 'b', b: 'a', count: 1 },
    ],
    passage: [{ a: 'c', b: 'a', count: 2 }],
  },
  collections: [],
};

describe('the co-occurrence matrix', () => {
  it('takes the most used themes that meet another and counts pairs either way round', () => {
    const m = cooccurrenceMatrix(overview, 'testimony');
    expect(m.themes.map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(m.count('a', 'c')).toBe(4);
    expect(m.count('c', 'a')).toBe(4);
    expect(m.count('a', 'b')).toBe(1);
    expect(m.count('b', 'c')).toBe(0);
    expect(m.count('a', 'a')).toBe(0);
    expect(m.max).toBe(4);
  });

  it('ranks by passages at passage level and limits the size', () => {
    const m = cooccurrenceMatrix(overview, 'passage');
    expect(m.themes.map((x) => x.id)).toEqual(['a', 'c']);
    expect(cooccurrenceMatrix(overview, 'testimony', 2).themes.map((x) => x.id)).toEqual(['c', 'a']);
  });

  it('shades from none to the largest in four steps', () => {
    expect([0, 1, 2, 3, 4].map((n) => shade(n, 4))).toEqual([0, 1, 2, 3, 4]);
    expect(shade(1, 100)).toBe(1);
    expect(shade(3, 0)).toBe(0);
  });
});

describe('the bar chart rows', () => {
  it('charts used themes, most first, by the chosen measure', () => {
    expect(chartRows(overview.themes, 'passages').map((x) => x.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(chartRows(overview.themes, 'testimonies').map((x) => x.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(chartRows([t('z', 'Zero', 0, 0)], 'passages')).toEqual([]);
  });
});
