import { describe, expect, it } from 'vitest';
import { handArchive, TEXT, type Hand } from './handArchive';

const names = (h: Hand, items: { passageId: string }[]) => items.map((i) => Object.entries(h.p).find(([, id]) => id === i.passageId)?.[0]);

describe("a theme's passages across the archive", () => {
  it('lists the passages and segments of a theme and its narrower themes, in reference then text order, with totals', () => {
    const h = handArchive();
    // Policing: TP p1, PV p2, TO p3 (T1); TP p4 (T2); TO p7 (T3). T6 is withdrawn; T7's redaction never counts.
    const all = h.a.call('themes.passages', { id: h.th.P });
    expect(names(h, all.items)).toEqual(['p1', 'p2', 'p3', 'p4', 'p7']);
    expect([all.total, all.testimonies]).toEqual([5, 3]);
    const own = h.a.call('themes.passages', { id: h.th.P, includeNarrower: false });
    expect(own).toEqual({ total: 0, testimonies: 0, items: [] });
    const healing = h.a.call('themes.passages', { id: h.th.H });
    // p10 and p11 cover the same span, so their order between them is not fixed.
    const order = names(h, healing.items);
    expect(order.slice(0, 2)).toEqual(['s1', 'p5']);
    expect(order.slice(2).sort()).toEqual(['p10', 'p11']);
  });

  it('gives each passage its testimony, narrator roles, date, access level, text and every theme it carries', () => {
    const h = handArchive();
    const [p2] = h.a.call('themes.passages', { id: h.th.PV, includeNarrower: false }).items;
    const t1 = h.a.call('testimonies.get', { id: h.t.T1 });
    expect(p2).toEqual({
      passageId: h.p.p2,
      kind: 'code',
      testimonyId: h.t.T1,
      ref: t1.ref,
      testimonyTitle: 'One',
      narratorRoles: ['survivor'],
      dateText: '1979-11-03',
      accessLevel: 'restricted',
      start: 10,
      end: 30,
      quote: TEXT.slice(10, 30),
      title: '',
      note: '',
      review: '',
      themes: [
        { id: h.th.A, label: 'Apology', colour: '#1d4ed8' },
        { id: h.th.PV, label: 'Police violence', colour: '#1d4ed8' },
      ],
    });
    const [s1] = h.a.call('themes.passages', { id: h.th.CH, limit: 1 }).items;
    expect(s1).toMatchObject({ kind: 'segment', title: 'Arrival', start: 0, end: 40 });
  });

  it('pages without overlap while the totals stay whole', () => {
    const h = handArchive();
    const pages = [0, 2, 4].map((offset) => h.a.call('themes.passages', { id: h.th.P, offset, limit: 2 }));
    expect(pages.map((p) => names(h, p.items))).toEqual([['p1', 'p2'], ['p3', 'p4'], ['p7']]);
    expect(pages.every((p) => p.total === 5 && p.testimonies === 3)).toBe(true);
  });

  it('says when the theme does not exist', () => {
    const h = handArchive();
    const r = h.a.router.call({ user: { name: 'R', role: 'researcher' } }, 'themes.passages', { id: crypto.randomUUID() });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(r.ok ? '' : r.error.message).toMatch(/That theme was not found/);
  });
});
