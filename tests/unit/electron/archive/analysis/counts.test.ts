import { describe, expect, it } from 'vitest';
import type { ThemeCounts, ThemeFilters } from '../../../../../shared/model/themes';
import { themeCounts } from '../../../../../electron/archive/analysis/counts';
import { handArchive, type Hand } from './handArchive';

/** Counts as a literal table: short theme name → [passages, testimonies, own passages, own testimonies]. */
function table(h: Hand, filters?: Partial<ThemeFilters>): Record<string, [number, number, number, number]> {
  const counts = themeCounts(h.db, 'archivist', filters && { collections: [], narratorRoles: [], dateFrom: '', dateTo: '', ...filters });
  return Object.fromEntries([...counts].map(([id, c]: [string, ThemeCounts]) => [h.name(id), [c.passages, c.testimonies, c.ownPassages, c.ownTestimonies]]));
}

describe('theme counts, checked against a hand count', () => {
  it('counts own and rolled-up uses, each passage and testimony once, leaving out withdrawn testimonies and redactions', () => {
    const h = handArchive();
    expect(table(h)).toEqual({
      A: [3, 4, 3, 4],
      H: [4, 3, 1, 2],
      CH: [3, 3, 3, 3],
      P: [5, 3, 0, 0],
      PV: [3, 2, 1, 1],
      TO: [2, 2, 2, 2],
      TP: [2, 2, 2, 2],
    });
  });

  it('narrows to collections', () => {
    const h = handArchive();
    expect(table(h, { collections: ['Maryland'] })).toEqual({ A: [1, 2, 1, 2], P: [1, 1, 0, 0], PV: [1, 1, 0, 0], TO: [1, 1, 1, 1] });
    expect(table(h, { collections: ['Nowhere'] })).toEqual({});
  });

  it('narrows to narrator roles (any of them)', () => {
    const h = handArchive();
    expect(table(h, { narratorRoles: ['witness'] })).toEqual({ A: [1, 1, 1, 1], H: [1, 1, 0, 0], CH: [1, 1, 1, 1], P: [1, 1, 0, 0], TP: [1, 1, 1, 1] });
    expect(table(h, { narratorRoles: ['witness', 'family_member'] })).toEqual({
      A: [2, 2, 2, 2],
      H: [1, 1, 0, 0],
      CH: [1, 1, 1, 1],
      P: [2, 2, 0, 0],
      PV: [1, 1, 0, 0],
      TO: [1, 1, 1, 1],
      TP: [1, 1, 1, 1],
    });
  });

  it('narrows to a date range as search reads dates: years, days, open ends', () => {
    const h = handArchive();
    const thirties = { A: [1, 2, 1, 2], P: [1, 1, 0, 0], PV: [1, 1, 0, 0], TO: [1, 1, 1, 1] };
    expect(table(h, { dateTo: '1935' })).toEqual(thirties);
    expect(table(h, { dateFrom: '1930', dateTo: '1935-12-31' })).toEqual(thirties);
    // 1935-06-01 still overlaps "1935" (the whole year) but not "circa 1933".
    expect(table(h, { dateFrom: '1935-06-01', dateTo: '1936' })).toEqual({ A: [0, 1, 0, 1] });
    // Only T2 (1980) from 1980 on; T7 has no date and never meets a date filter.
    expect(table(h, { dateFrom: '1980' })).toEqual({ A: [1, 1, 1, 1], H: [1, 1, 0, 0], CH: [1, 1, 1, 1], P: [1, 1, 0, 0], TP: [1, 1, 1, 1] });
    expect(table(h, { dateFrom: '1979-11-04', dateTo: '1979-12' })).toEqual({});
  });

  it('follows a merge: the survivor carries the merged theme’s uses, nothing is counted twice', () => {
    const h = handArchive();
    h.a.call('themes.merge', { sourceId: h.th.TO, targetId: h.th.PV });
    // PV now carries p2, p3, p7 (T1, T3) itself; Policing is unchanged.
    expect(table(h)).toMatchObject({ P: [5, 3, 0, 0], PV: [3, 2, 3, 2] });
    expect(table(h).TO).toBeUndefined();
    // A passage carrying both themes of a merge counts once: p2 has PV+A; merge A into PV.
    h.a.call('themes.merge', { sourceId: h.th.A, targetId: h.th.PV });
    expect(table(h)).toMatchObject({ P: [7, 4, 0, 0], PV: [5, 4, 5, 4] });
  });

  it('refuses a date it cannot read or a range backwards, with the field named', () => {
    const h = handArchive();
    expect(() => table(h, { dateFrom: '1979-13' })).toThrow(/"1979-13" is not a date: .*no month 13/);
    expect(() => table(h, { dateFrom: '1980', dateTo: '1979' })).toThrow(/starts \(1980\) after it ends \(1979\)/);
    try {
      table(h, { dateTo: '1979-02-30' });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'invalid_input', field: 'filters.dateTo' });
    }
  });
});
