import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { starterThesaurusFile } from '../../../../../electron/archive/themes/starter';
import { THESAURUS_FORMATS } from '../../../../../shared/model/themes';
import { emptyThesaurus } from './themeHelpers';

/** A thesaurus with what files find hard: formula-like labels, separators, quotes, new lines, scripts, languages, retirement. */
function awkwardThesaurus() {
  const a = emptyThesaurus();
  const top = a.create('=Violations, "gross"', { colour: '#be123c', scopeNote: 'Line one,\nline two; "quoted" and \\ backslash.' });
  const torture = a.create('Torture | torment @ night', {
    parentId: top.id,
    colour: '#9d174d',
    altLabels: [
      { label: 'Marteling', lang: 'af' },
      { label: 'Пытки', lang: 'ru' },
      { label: 'تعذيب', lang: 'ar' },
      { label: 'a|b@c\\d', lang: '' },
      { label: '-minus first', lang: 'pt-BR' },
    ],
  });
  a.create('+ Electric shocks', { parentId: torture.id, scopeNote: '@mention at start' });
  const old = a.create('Former usage', { parentId: top.id, colour: '#475569' });
  a.call('themes.retire', { id: old.id, retired: true });
  a.create('Ñandú community healing', { colour: '#047857', altLabels: [{ label: 'Sanación', lang: 'es' }] });
  return a;
}

describe('thesaurus files: export, import into a fresh archive, export again', () => {
  for (const format of THESAURUS_FORMATS) {
    it(`keeps ids, labels, other labels with languages, scope notes, hierarchy, colours and retirement (${format})`, () => {
      const from = awkwardThesaurus();
      const first = from.call('themes.export', { format });
      expect(first.rows).toBe(5);
      expect(first.filename).toBe(format === 'csv' ? 'Test archive thesaurus.csv' : 'Test archive thesaurus.ttl');
      const to = emptyThesaurus();
      expect(to.call('themes.import', { format, text: first.text })).toEqual({ added: 5, updated: 0, unchanged: 0, dryRun: false });
      const second = to.call('themes.export', { format });
      expect(second.text).toBe(first.text);
      const full = (x: typeof from) => x.tree(true).map((n) => ({ ...x.call('themes.get', { id: n.id }), createdAt: '', updatedAt: '', version: 0 }));
      expect(full(to)).toEqual(full(from));
      // Importing the same file again changes nothing.
      expect(to.call('themes.import', { format, text: first.text })).toEqual({ added: 0, updated: 0, unchanged: 5, dryRun: false });
    });
  }

  it('round-trips the starter thesaurus through CSV and SKOS', () => {
    const a = emptyThesaurus();
    expect(a.call('themes.import', { format: 'skos', text: readFileSync(starterThesaurusFile(), 'utf8') }).added).toBe(65);
    for (const format of THESAURUS_FORMATS) {
      const out = a.call('themes.export', { format });
      const fresh = emptyThesaurus();
      fresh.call('themes.import', { format, text: out.text });
      expect(fresh.call('themes.export', { format }).text).toBe(out.text);
    }
  });

  it('neutralises spreadsheet formulas in the CSV and takes the guard off again on import', () => {
    const a = awkwardThesaurus();
    const csv = a.call('themes.export', { format: 'csv' }).text;
    expect(csv.startsWith('\uFEFFid,label,parent,other_labels,scope_note,colour,retired\r\n')).toBe(true);
    expect(csv).toContain(`"'=Violations, ""gross"""`);
    expect(csv).toContain("'+ Electric shocks");
    expect(csv).toContain(',Torture | torment @ night,');
    expect(csv).toContain('|a\\|b\\@c\\\\d|-minus first@pt-BR,');
    expect(a.tree(true).map((n) => n.label)).toContain('+ Electric shocks');
  });
});
