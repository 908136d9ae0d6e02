import { describe, expect, it } from 'vitest';
import { passageCooccurrence, testimonyCooccurrence, type Pair, type Span } from '../../../../../electron/archive/analysis/cooccurrence';

const asTable = (pairs: Pair[]) => Object.fromEntries(pairs.map((p) => [`${p.a}-${p.b}`, p.count]));
const span = (start: number, end: number, ...themeIds: string[]): Span => ({ start, end, themeIds });

describe('co-occurrence', () => {
  it('at testimony level counts the testimonies that carry both themes, each pair once and in id order', () => {
    expect(asTable(testimonyCooccurrence([['b', 'a', 'c'], ['c', 'a'], ['a'], []]))).toEqual({ 'a-b': 1, 'a-c': 2, 'b-c': 1 });
  });

  it('at passage level counts meetings: one passage with both, or two overlapping spans', () => {
    // One passage coded a+b; a coded passage overlapping a segment with b; touching spans do not meet.
    expect(asTable(passageCooccurrence([[span(0, 10, 'a', 'b')], [span(0, 10, 'a'), span(5, 20, 'b')], [span(0, 10, 'a'), span(10, 20, 'b')]]))).toEqual({ 'a-b': 2 });
  });

  it('counts two overlapping passages both coded a+b as three meetings, and the same whichever comes first', () => {
    const both = [span(0, 10, 'a', 'b'), span(5, 15, 'b', 'a')];
    expect(asTable(passageCooccurrence([both]))).toEqual({ 'a-b': 3 });
    expect(asTable(passageCooccurrence([[...both].reverse()]))).toEqual({ 'a-b': 3 });
  });

  it('is symmetric: a passage of a under two passages of b counts as two meetings either way round', () => {
    expect(asTable(passageCooccurrence([[span(0, 100, 'a'), span(10, 20, 'b'), span(50, 60, 'b')]]))).toEqual({ 'a-b': 2 });
    expect(asTable(passageCooccurrence([[span(0, 100, 'b'), span(10, 20, 'a'), span(50, 60, 'a')]]))).toEqual({ 'a-b': 2 });
  });

  it('finds overlaps past a short span in the middle, and never between testimonies or a theme with itself', () => {
    // The long span [0,100) overlaps [60,70) although [10,20) between them has ended.
    expect(asTable(passageCooccurrence([[span(0, 100, 'a'), span(10, 20, 'a'), span(60, 70, 'c')], [span(0, 10, 'b')]]))).toEqual({ 'a-c': 1 });
    // An empty span (its text deleted) meets nothing but itself.
    expect(asTable(passageCooccurrence([[span(5, 5, 'a'), span(0, 10, 'b'), span(5, 5, 'c', 'd')]]))).toEqual({ 'c-d': 1 });
  });

  it('orders pairs by count, most first', () => {
    const pairs = testimonyCooccurrence([['x', 'y'], ['a', 'b'], ['x', 'y']]);
    expect(pairs.map((p) => [p.a, p.b, p.count])).toEqual([
      ['x', 'y', 2],
      ['a', 'b', 1],
    ]);
  });
});
