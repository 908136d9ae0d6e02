import { describe, expect, it } from 'vitest';
import type { Input, Output } from '../../../../../shared/api';
import { handArchive, type Hand } from './handArchive';

const researcher = { user: { name: 'A researcher', role: 'researcher' as const } };

type Filters = NonNullable<Input<'themes.overview'>['filters']>;

/** The overview as literal tables keyed by the short theme names of handArchive.ts. */
function overview(h: Hand, filters: Filters = {}) {
  const o: Output<'themes.overview'> = h.a.call('themes.overview', { filters });
  const pairs = (list: { a: string; b: string; count: number }[]) =>
    Object.fromEntries(
      list
        .map((p) => [[h.name(p.a), h.name(p.b)].sort().join('-'), p.count] as const)
        .sort(([x], [y]) => (x < y ? -1 : 1)),
    );
  return {
    themes: o.themes.map((t) => [h.name(t.id), t.depth, t.counts.passages, t.counts.testimonies]),
    testimonies: o.testimonies,
    codedTestimonies: o.codedTestimonies,
    testimony: pairs(o.cooccurrence.testimony),
    passage: pairs(o.cooccurrence.passage),
    collections: o.collections,
  };
}

describe('themes overview, checked against a hand count', () => {
  it('shows used themes in tree order with rolled-up counts, coverage and both kinds of co-occurrence', () => {
    const h = handArchive();
    expect(overview(h)).toEqual({
      // [theme, depth, passages, testimonies]; Memorials is never used, so it is not listed.
      themes: [
        ['A', 0, 3, 4],
        ['H', 0, 4, 3],
        ['CH', 1, 3, 3],
        ['P', 0, 5, 3],
        ['PV', 1, 3, 2],
        ['TO', 2, 2, 2],
        ['TP', 1, 2, 2],
      ],
      // T1–T5 and T7 (T6 is withdrawn); all but T5 carry a theme.
      testimonies: 6,
      codedTestimonies: 5,
      // Own themes: T1 {H TP PV A TO CH}, T2 {TP CH A}, T3 {TO A}, T4 {A}, T7 {CH H}.
      testimony: {
        'A-CH': 2,
        'A-H': 1,
        'A-PV': 1,
        'A-TO': 2,
        'A-TP': 2,
        'CH-H': 2,
        'CH-PV': 1,
        'CH-TO': 1,
        'CH-TP': 2,
        'H-PV': 1,
        'H-TO': 1,
        'H-TP': 1,
        'PV-TO': 1,
        'PV-TP': 1,
        'TO-TP': 1,
      },
      // Meetings: T1 p2 itself (PV+A), p1×p2 (TP with PV and A), p1×s1 (TP-CH), p2×s1 (PV-CH, A-CH);
      // T2 p5×p6 (CH-A); T3 p7×p8 (TO-A); T7 p10×p11 (CH-H). The redaction in T7 takes no part.
      passage: { 'A-CH': 2, 'A-PV': 1, 'A-TO': 1, 'A-TP': 1, 'CH-H': 1, 'CH-PV': 1, 'CH-TP': 1, 'PV-TP': 1 },
      collections: ['Greensboro', 'Maryland'],
    });
  });

  it('applies each filter to counts, coverage and co-occurrence alike', () => {
    const h = handArchive();
    expect(overview(h, { collections: ['Maryland'] })).toMatchObject({
      themes: [
        ['A', 0, 1, 2],
        ['P', 0, 1, 1],
        ['PV', 1, 1, 1],
        ['TO', 2, 1, 1],
      ],
      testimonies: 3,
      codedTestimonies: 2,
      testimony: { 'A-TO': 1 },
      passage: { 'A-TO': 1 },
      collections: ['Greensboro', 'Maryland'],
    });
    expect(overview(h, { narratorRoles: ['witness'] })).toMatchObject({
      themes: [
        ['A', 0, 1, 1],
        ['H', 0, 1, 1],
        ['CH', 1, 1, 1],
        ['P', 0, 1, 1],
        ['TP', 1, 1, 1],
      ],
      testimonies: 2,
      codedTestimonies: 1,
      testimony: { 'A-CH': 1, 'A-TP': 1, 'CH-TP': 1 },
      passage: { 'A-CH': 1 },
    });
    expect(overview(h, { dateFrom: '1979', dateTo: '1979' })).toMatchObject({
      themes: [
        ['A', 0, 1, 1],
        ['H', 0, 1, 1],
        ['CH', 1, 1, 1],
        ['P', 0, 3, 1],
        ['PV', 1, 2, 1],
        ['TO', 2, 1, 1],
        ['TP', 1, 1, 1],
      ],
      testimonies: 1,
      codedTestimonies: 1,
      passage: { 'A-CH': 1, 'A-PV': 1, 'A-TP': 1, 'CH-PV': 1, 'CH-TP': 1, 'PV-TP': 1 },
    });
    expect(Object.keys(overview(h, { dateFrom: '1979', dateTo: '1979' }).testimony)).toHaveLength(15);
  });

  it('follows the coding: a withdrawn testimony leaves the counts, and returns when restored', () => {
    const h = handArchive();
    h.a.call('testimonies.withdraw', { id: h.t.T3, reason: 'Asked to' });
    const without = overview(h);
    expect(without.testimonies).toBe(5);
    expect(without.passage['A-TO']).toBeUndefined();
    expect(without.themes.find(([n]) => n === 'TO')).toEqual(['TO', 2, 1, 1]);
    h.a.call('testimonies.restore', { id: h.t.T3 });
    expect(overview(h).passage['A-TO']).toBe(1);
  });

  it('answers a filter it cannot use with a clear message', () => {
    const h = handArchive();
    const r = h.a.router.call(researcher, 'themes.overview', { filters: { dateFrom: '1963-02-30' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'filters.dateFrom' } });
    expect(r.ok ? '' : r.error.message).toMatch(/"1963-02-30" is not a date/);
    const bad = h.a.router.call(researcher, 'themes.overview', { filters: { dateFrom: 'last year' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(bad.ok ? '' : bad.error.message).toMatch(/Write a year/);
  });
});
