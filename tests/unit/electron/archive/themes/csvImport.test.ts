import { describe, expect, it } from 'vitest';
import { emptyThesaurus } from './themeHelpers';

const ID_A = '0d6c8a52-3b3f-4f0e-9a52-6f2f3f1a0001';
const ID_B = '0d6c8a52-3b3f-4f0e-9a52-6f2f3f1a0002';

describe('thesaurus import from CSV', () => {
  it('adds themes with parents given by label path, other labels with languages, with or without a BOM', () => {
    const a = emptyThesaurus();
    const csv = [
      'Label,Parent,Other labels,Scope note,Colour',
      'Violations,,,Gross violations,#BE123C',
      'Killing,Violations,Murder|Moord@af|Asesinato@es|Killings @ night@x1,,',
      'Massacre,Violations > Killing,,"Several people, one event",#9d174d',
    ].join('\n');
    expect(a.call('themes.import', { format: 'csv', text: `\uFEFF${csv}` })).toEqual({ added: 3, updated: 0, unchanged: 0, dryRun: false });
    expect(a.labels()).toEqual(['Violations', '  Killing', '    Massacre']);
    const killing = a.tree().find((n) => n.label === 'Killing');
    expect(killing).toMatchObject({ colour: '#be123c', altLabels: [{ label: 'Murder', lang: '' }, { label: 'Moord', lang: 'af' }, { label: 'Asesinato', lang: 'es' }, { label: 'Killings @ night@x1', lang: '' }] });
    // A row may name a broader theme already in the archive, by label path or by id.
    const more = `label,parent\r\nTorture,Violations\r\nElectric shocks,violations > TORTURE\r\nExtrajudicial execution,${killing?.id ?? ''}\r\n`;
    expect(a.call('themes.import', { format: 'csv', text: more }).added).toBe(3);
    expect(a.labels()).toEqual(['Violations', '  Killing', '    Extrajudicial execution', '    Massacre', '  Torture', '    Electric shocks']);
    // The end of a path is enough when it names one theme; when it could name several, a longer path is asked for.
    expect(a.call('themes.import', { format: 'csv', text: 'label,parent\nMock execution,torture\nDeath squads,Killing' }).added).toBe(2);
    expect(a.call('themes.get', { id: a.tree().find((n) => n.label === 'Mock execution')?.id ?? '' }).ancestors.map((r) => r.label)).toEqual(['Violations', 'Torture']);
    a.create('Killing');
    const ambiguous = a.error('themes.import', { format: 'csv', text: 'label,parent\nPoisoning,Killing' });
    expect(ambiguous.message).toMatch(/“Killing” could be any of “Killing”, “Violations > Killing”/);
    const inFile = a.error('themes.import', { format: 'csv', text: 'label,parent\nA,\nB,\nX,A\nX,B\nY,X' });
    expect(inFile.message).toMatch(/row 6: the parent “X” could be any of row 4, row 5/);
    const audit = a.call('archive.history', { entityType: 'theme', entityId: 'thesaurus' });
    // The oldest is the starter thesaurus the new archive was seeded with.
    expect(audit.map((e) => e.action)).toEqual(['import', 'import', 'import', 'import']);
  });

  it('matches by id, then by label under the same parent; updates what differs and keeps columns the file lacks', () => {
    const a = emptyThesaurus();
    const top = a.create('Policing', { scopeNote: 'Kept', colour: '#1d4ed8' });
    const trust = a.create('Trust in police', { parentId: top.id, scopeNote: 'Old note' });
    const csv = `id,label,parent\r\n${trust.id},Trust in the police,${top.id}\r\n,Policing,\r\n,Police reform,Policing\r\n`;
    const dry = a.call('themes.import', { format: 'csv', text: csv, dryRun: true });
    expect(dry).toEqual({ added: 1, updated: 1, unchanged: 1, dryRun: true });
    expect(a.labels()).toEqual(['Policing', '  Trust in police']);
    expect(a.call('archive.history', { entityType: 'theme', entityId: 'thesaurus' })[0]).toMatchObject({ action: 'import-checked' });
    expect(a.call('themes.import', { format: 'csv', text: csv })).toEqual({ added: 1, updated: 1, unchanged: 1, dryRun: false });
    expect(a.labels()).toEqual(['Policing', '  Police reform', '  Trust in the police']);
    expect(a.call('themes.get', { id: trust.id })).toMatchObject({ label: 'Trust in the police', scopeNote: 'Old note', version: trust.version + 1 });
    expect(a.call('themes.get', { id: top.id })).toMatchObject({ label: 'Policing', scopeNote: 'Kept', version: top.version });
    // A new theme with no colour takes its broader theme's.
    expect(a.tree().find((n) => n.label === 'Police reform')?.colour).toBe('#1d4ed8');
    expect(a.call('archive.history', { entityType: 'theme', entityId: trust.id })[0]).toMatchObject({ action: 'import-update', changes: [{ field: 'label', old: 'Trust in police', new: 'Trust in the police' }] });
  });

  const bad: [string, string, RegExp][] = [
    ['an empty file', '', /The CSV file is empty/],
    ['a header and no rows', 'label\r\n', /header but no themes/],
    ['no label column', 'name\nTorture', /does not know: “name”/],
    ['an unknown column', 'label,size\nTorture,3', /does not know: “size”/],
    ['an unclosed quote', 'label\n"Torture', /cannot be read: .*Quote Not Closed/i],
    ['rows of different lengths', 'label,colour\nTorture\n', /cannot be read: .*(Record Length|column)/i],
    ['a missing label', 'label,scope_note\n,A note', /row 2: label: A label is required/],
    ['a colour that is not #rrggbb', 'label,colour\nTorture,red', /“Torture” \(row 2\): colour: A colour is written #rrggbb/],
    ['duplicate labels under one parent', 'label,parent\nViolations,\nTorture,Violations\ntorture,Violations', /two themes “torture” under “Violations”: row 3 and row 4/],
    ['a loop by id', `id,label,parent\n${ID_A},A,${ID_B}\n${ID_B},B,${ID_A}`, /loop/],
    ['a loop by label path', 'label,parent\nA,B\nB,A', /loop/],
    ['a theme under itself', `id,label,parent\n${ID_A},A,${ID_A}`, /loop/],
    ['an unknown broader theme', 'label,parent\nTorture,Nowhere > Else', /“Nowhere > Else” is neither in the file nor in this archive/],
    ['an unknown broader id', `label,parent\nTorture,${ID_B}`, /neither in the file nor in this archive/],
    ['a malformed id', 'id,label\n1234,Torture', /row 2: the id “1234” is not a Tessera id/],
    ['the same id twice', `id,label\n${ID_A},A\n${ID_A},B`, /have the same id/],
    ['a retired value that is not true or false', 'label,retired\nTorture,maybe', /retired must be true or false/],
    ['a live theme under a retired one', 'label,parent,retired\nOld,,true\nNew,Old,false', /broader theme “Old” would be retired/],
    ['UTF-16 text read as UTF-8', 'l\u0000a\u0000b\u0000e\u0000l\u0000', /looks like UTF-16/],
    ['a label over 200 characters', `label\n${'x'.repeat(201)}`, /at most 200 characters/],
    ['51 other labels', `label,other_labels\nTorture,${Array.from({ length: 51 }, (_, i) => `L${i}`).join('|')}`, /At most 50 other labels/],
  ];
  it.each(bad)('refuses %s with a clear message and changes nothing', (_, text, message) => {
    const a = emptyThesaurus();
    a.create('Existing');
    const before = a.snapshot();
    const e = a.error('themes.import', { format: 'csv', text });
    expect(e.code).toBe('invalid_input');
    expect(e.message).toMatch(message);
    expect(a.snapshot()).toEqual(before);
  });

  it('refuses a file over 10 MB with the contract’s message', () => {
    const a = emptyThesaurus();
    const e = a.error('themes.import', { format: 'csv', text: `label\n${'x'.repeat(10_000_001)}` });
    expect(e).toMatchObject({ code: 'invalid_input', field: 'text' });
    expect(e.message).toContain('larger than 10 MB');
  });

  it('refuses a label that would clash with a theme already in the archive', () => {
    const a = emptyThesaurus();
    const top = a.create('Policing');
    const trust = a.create('Trust', { parentId: top.id });
    a.create('Reform', { parentId: top.id });
    const before = a.snapshot();
    const e = a.error('themes.import', { format: 'csv', text: `id,label,parent\n${trust.id},REFORM,${top.id}` });
    expect(e.message).toMatch(/would have the same label as “Reform”, which is already under “Policing”/);
    expect(a.snapshot()).toEqual(before);
  });
});
