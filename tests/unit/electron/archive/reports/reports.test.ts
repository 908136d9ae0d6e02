import { describe, expect, it } from 'vitest';
import { SECTION_MAX } from '../../../../../shared/model/reports';
import { cataloguer, commissioner, reportArchive, researcher } from './setup';

describe('reports: records and sections', () => {
  it('creates a report with one empty section called Introduction, lists and reads it', () => {
    const a = reportArchive();
    const r = a.call('reports.create', { data: { title: '  Final report ', subtitle: 'Volume one', authors: ['Ifeoma Abara', 'Greta Söderström'], date: '2027-06' } });
    expect(r).toMatchObject({ title: 'Final report', subtitle: 'Volume one', authors: ['Ifeoma Abara', 'Greta Söderström'], date: '2027-06', version: 1 });
    expect(r.sections).toEqual([expect.objectContaining({ title: 'Introduction', body: '', position: 0, version: 1 })]);
    expect(a.call('reports.get', { id: r.id })).toEqual(r);
    expect(a.call('reports.list', {})).toEqual([{ id: r.id, title: 'Final report', subtitle: 'Volume one', date: '2027-06', sectionCount: 1, updatedAt: r.updatedAt }]);
    expect(a.history(r.id)[0]).toMatchObject({ action: 'create', user: 'Test Owner' });
  });

  it('adds sections after another or at the end, keeping positions 0 … n−1, and moves and removes them', () => {
    const a = reportArchive();
    const r = a.call('reports.create', { data: { title: 'Report' } });
    const intro = r.sections[0]?.id as string;
    const end = a.call('reports.addSection', { id: r.id, data: { title: 'Recommendations' } });
    const mid = a.call('reports.addSection', { id: r.id, after: intro, data: { title: 'Findings', body: '# Heading\n' } });
    expect(mid.sections.map((s) => [s.title, s.position])).toEqual([
      ['Introduction', 0],
      ['Findings', 1],
      ['Recommendations', 2],
    ]);
    const recId = end.sections[1]?.id as string;
    const moved = a.call('reports.moveSection', { id: r.id, sectionId: recId, to: 0 });
    expect(moved.sections.map((s) => [s.title, s.position])).toEqual([
      ['Recommendations', 0],
      ['Introduction', 1],
      ['Findings', 2],
    ]);
    expect(a.call('reports.moveSection', { id: r.id, sectionId: recId, to: 99 }).sections.map((s) => s.title)).toEqual(['Introduction', 'Findings', 'Recommendations']);
    const removed = a.call('reports.removeSection', { id: r.id, sectionId: intro });
    expect(removed.sections.map((s) => [s.title, s.position])).toEqual([
      ['Findings', 0],
      ['Recommendations', 1],
    ]);
    expect(a.history(r.id).map((h) => h.action)).toEqual(['remove-section', 'move-section', 'move-section', 'add-section', 'add-section', 'create']);
    expect(a.history(r.id)[0]?.changes[0]).toEqual({ field: 'section', old: { id: intro, title: 'Introduction' }, new: null });
  });

  it('refuses to add after a section of another report and to remove the last section', () => {
    const a = reportArchive();
    const one = a.call('reports.create', { data: { title: 'One' } });
    const two = a.call('reports.create', { data: { title: 'Two' } });
    expect(a.refused('reports.addSection', { id: one.id, after: two.sections[0]?.id, data: { title: 'X' } })).toMatchObject({ code: 'not_found', field: 'after' });
    expect(a.refused('reports.removeSection', { id: one.id, sectionId: one.sections[0]?.id as string })).toMatchObject({ code: 'conflict', message: expect.stringContaining('at least one section') as string });
    expect(a.refused('reports.saveSection', { id: one.id, sectionId: two.sections[0]?.id as string, expectedVersion: 1, data: { title: 'X' } })).toMatchObject({ code: 'not_found' });
  });

  it('saves a section’s body exactly as typed and audits the change on the report with the section', () => {
    const a = reportArchive();
    const r = a.call('reports.create', { data: { title: 'Report' } });
    const s = r.sections[0];
    if (!s) throw new Error('no section');
    const body = '\n\n   # Indented heading  \n\nText with trailing spaces  \n\n\t\n';
    const saved = a.call('reports.saveSection', { id: r.id, sectionId: s.id, expectedVersion: 1, data: { title: 'Opening', body } });
    expect(saved.sections[0]).toMatchObject({ title: 'Opening', body, version: 2 });
    expect(saved.version).toBe(1);
    expect(a.history(r.id)[0]).toMatchObject({
      action: 'save-section',
      changes: [
        { field: 'section', old: { id: s.id, title: 'Introduction' }, new: { id: s.id, title: 'Opening' } },
        { field: `sections.${s.id}.title`, old: 'Introduction', new: 'Opening' },
        { field: `sections.${s.id}.body`, old: '', new: body },
      ],
    });
  });

  it('refuses a save over a changed version, for the report and for a section, and keeps the newer text', () => {
    const a = reportArchive();
    const r = a.call('reports.create', { data: { title: 'Report' } });
    const sectionId = r.sections[0]?.id as string;
    a.call('reports.update', { id: r.id, expectedVersion: 1, data: { title: 'Report, second draft' } });
    const stale = a.refused('reports.update', { id: r.id, expectedVersion: 1, data: { title: 'Older' } });
    expect(stale).toMatchObject({ code: 'conflict' });
    expect(stale.message).toBe('The report “Report, second draft” was changed by someone else since you opened it (now version 2). Copy your changes, reload it and apply them again.');
    a.call('reports.saveSection', { id: r.id, sectionId, expectedVersion: 1, data: { title: 'Introduction', body: 'Newer words.' } });
    expect(a.refused('reports.saveSection', { id: r.id, sectionId, expectedVersion: 1, data: { title: 'Introduction', body: 'Older words.' } })).toMatchObject({ code: 'conflict' });
    expect(a.call('reports.get', { id: r.id }).sections[0]?.body).toBe('Newer words.');
  });

  it('refuses a 2 MB section with the limit message, saving nothing', () => {
    const a = reportArchive();
    const r = a.call('reports.create', { data: { title: 'Report' } });
    const sectionId = r.sections[0]?.id as string;
    const e = a.refused('reports.saveSection', { id: r.id, sectionId, expectedVersion: 1, data: { title: 'Long', body: 'x'.repeat(2_000_000) } });
    expect(e).toMatchObject({ code: 'invalid_input', field: 'body', message: `body: A section must be at most ${SECTION_MAX.toLocaleString('en')} characters; split it into two sections` });
    expect(a.refused('reports.addSection', { id: r.id, data: { title: 'Long', body: 'x'.repeat(2_000_000) } })).toMatchObject({ code: 'invalid_input', field: 'body' });
    expect(a.call('reports.get', { id: r.id }).sections).toEqual(r.sections);
    const ok = a.call('reports.saveSection', { id: r.id, sectionId, expectedVersion: 1, data: { title: 'At the limit', body: 'y'.repeat(SECTION_MAX) } });
    expect(ok.sections[0]?.body.length).toBe(SECTION_MAX);
  });

  it('removes a report and its sections, keeping their words in the audit log', () => {
    const a = reportArchive();
    const r = a.call('reports.create', { data: { title: 'Doomed' } });
    a.call('reports.saveSection', { id: r.id, sectionId: r.sections[0]?.id as string, expectedVersion: 1, data: { title: 'Introduction', body: 'Words to keep.' } });
    expect(a.call('reports.remove', { id: r.id })).toEqual({ id: r.id });
    expect(a.refused('reports.get', { id: r.id })).toMatchObject({ code: 'not_found' });
    expect(a.call('reports.list', {})).toEqual([]);
    expect(a.db().prepare('SELECT count(*) FROM report_sections').pluck().get()).toBe(0);
    expect(JSON.stringify(a.history(r.id)[0])).toContain('Words to keep.');
  });

  it('lets commission staff read, the commission write, and nobody else', () => {
    const a = reportArchive();
    const r = a.as(commissioner, 'reports.create', { data: { title: 'By a commissioner' } });
    expect(a.as(cataloguer, 'reports.get', { id: r.id }).title).toBe('By a commissioner');
    expect(a.as(cataloguer, 'reports.list', {})).toHaveLength(1);
    expect(a.as(cataloguer, 'reports.previewEmbeds', { lines: ['{{statistics}}'] })).toHaveLength(1);
    expect(a.refused('reports.create', { data: { title: 'X' } }, cataloguer)).toMatchObject({ code: 'forbidden' });
    expect(a.refused('reports.saveSection', { id: r.id, sectionId: r.sections[0]?.id as string, expectedVersion: 1, data: { title: 'X' } }, cataloguer)).toMatchObject({ code: 'forbidden' });
    expect(a.refused('reports.remove', { id: r.id }, cataloguer)).toMatchObject({ code: 'forbidden' });
    expect(a.refused('reports.list', {}, researcher)).toMatchObject({ code: 'forbidden' });
    expect(a.refused('reports.get', { id: r.id }, researcher)).toMatchObject({ code: 'forbidden' });
    expect(a.refused('reports.previewEmbeds', { lines: [] }, researcher)).toMatchObject({ code: 'forbidden' });
  });

  it('refuses a report without a title and bad dates on their fields', () => {
    const a = reportArchive();
    expect(a.refused('reports.create', { data: { title: '   ' } })).toMatchObject({ code: 'invalid_input', field: 'title' });
    expect(a.refused('reports.create', { data: { title: 'X', date: 'the day after tomorrow' } })).toMatchObject({ code: 'invalid_input', field: 'date' });
  });
});
