import { describe, expect, it } from 'vitest';
import { citationHref, citeFromSearchHref, readSpan } from '../../../../../../../renderer/src/features/findings/model/links';

describe('links into a transcript', () => {
  it('name a cited span, and read it back only when it fits the transcript', () => {
    expect(citationHref('t1', { start: 12, end: 40 })).toBe('/testimonies/t1?tab=transcript&span=12-40');
    expect(readSpan('12-40', 100)).toEqual({ start: 12, end: 40 });
    for (const bad of [null, '', '40-12', '12-12', '12-101', '-1-5', '1.5-3', '1-2-3', 'a-b', '99999999999-1']) expect(readSpan(bad, 100)).toBeNull();
  });

  it('open a search hit to cite with its words found', () => {
    expect(citeFromSearchHref('t1', '"log book" & more')).toBe('/testimonies/t1?tab=transcript&q=%22log+book%22+%26+more&cite=match');
    expect(citeFromSearchHref('t1', '  ')).toBe('/testimonies/t1?tab=transcript&cite=match');
  });
});
