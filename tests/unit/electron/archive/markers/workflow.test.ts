import { describe, expect, it } from 'vitest';
import { commissioner, markerArchive } from './setup';

const today = () => new Date().toISOString().slice(0, 10);

function proposed(a: ReturnType<typeof markerArchive>) {
  return a.call('markers.create', { data: { title: 'Lucius Bell, 1928–1957' }, proposedOn: '2002-06-03' });
}

describe('markers: inscription versions', () => {
  it('keeps every version; approving one locks it and supersedes the one approved before', () => {
    const a = markerArchive();
    const m = proposed(a);
    const v1 = a.call('markers.saveInscription', { id: m.id, text: 'LUCIUS BELL\n1928 – 1957' }).inscriptions[0];
    expect(v1).toMatchObject({ version: 1, state: 'draft', createdBy: 'Test Owner', approvedBy: null });
    const noChange = a.refused('markers.saveInscription', { id: m.id, text: 'LUCIUS BELL\n1928 – 1957' });
    expect(noChange).toMatchObject({ code: 'invalid_input', field: 'text' });
    expect(noChange.message).toMatch(/^No change: this text is the same as version 1/);

    const v2 = a.call('markers.saveInscription', { id: m.id, text: 'LUCIUS BELL\n1928 – 1957\n\nWe did not forget.' }).inscriptions[0];
    expect(v2?.version).toBe(2);
    const r = a.router.call(commissioner, 'markers.approveInscription', { id: m.id, versionId: v2!.id, approvedBy: 'Ifeoma Abara, Chair', approvedOn: '2003-03-21' });
    expect(r.ok).toBe(true);
    const approved = a.call('markers.get', { id: m.id });
    expect(approved.approvedInscription).toMatchObject({ id: v2!.id, state: 'approved', approvedBy: 'Ifeoma Abara, Chair', approvedOn: '2003-03-21', recordedBy: 'Cato Commissioner' });
    expect(approved.inscriptions.map((v) => [v.version, v.state])).toEqual([[2, 'approved'], [1, 'draft']]);

    const locked = a.refused('markers.approveInscription', { id: m.id, versionId: v2!.id, approvedBy: 'Someone', approvedOn: '2003-03-22' });
    expect(locked.code).toBe('conflict');
    expect(locked.message).toMatch(/^Version 2 is already approved and locked/);

    // A change after approval is a new draft; the approved text stays until another is approved.
    const v3 = a.call('markers.saveInscription', { id: m.id, text: 'LUCIUS BELL, revised' }).inscriptions[0];
    expect(a.call('markers.get', { id: m.id }).approvedInscription?.version).toBe(2);
    expect(a.refused('markers.approveInscription', { id: m.id, versionId: v3!.id, approvedBy: 'Someone', approvedOn: '2999-01-01' })).toMatchObject({ code: 'invalid_input', field: 'approvedOn' });
    a.call('markers.approveInscription', { id: m.id, versionId: v3!.id, approvedBy: 'Thomas Kettering', approvedOn: '2004-01-10' });
    const after = a.call('markers.get', { id: m.id });
    expect(after.inscriptions.map((v) => [v.version, v.state])).toEqual([[3, 'approved'], [2, 'superseded'], [1, 'draft']]);
    expect(after.inscriptions[1]).toMatchObject({ text: v2!.text, approvedBy: 'Ifeoma Abara, Chair', approvedOn: '2003-03-21' });
    expect(a.refused('markers.approveInscription', { id: m.id, versionId: v2!.id, approvedBy: 'X', approvedOn: '2004-01-11' }).message).toMatch(/Version 2 was superseded/);
    // Another marker's version, or none, is not found here.
    const other = a.call('markers.create', { data: { title: 'Other' } });
    expect(a.refused('markers.approveInscription', { id: other.id, versionId: v1!.id, approvedBy: 'X', approvedOn: '2004-01-11' }).code).toBe('not_found');
  });

  it('holds the rules in the database too: no rewritten text, no deleted version, no unlocking', () => {
    const a = markerArchive();
    const m = proposed(a);
    const v = a.call('markers.saveInscription', { id: m.id, text: 'Text' }).inscriptions[0]!;
    a.call('markers.approveInscription', { id: m.id, versionId: v.id, approvedBy: 'A', approvedOn: '2003-01-01' });
    const db = a.db();
    expect(() => db.prepare("UPDATE marker_inscriptions SET text = 'changed' WHERE id = ?").run(v.id)).toThrow(/never rewritten/);
    expect(() => db.prepare("UPDATE marker_inscriptions SET state = 'draft', approved_by = NULL WHERE id = ?").run(v.id)).toThrow(/locked/);
    expect(() => db.prepare("UPDATE marker_inscriptions SET approved_by = 'B' WHERE id = ?").run(v.id)).toThrow(/locked/);
    expect(() => db.prepare('DELETE FROM marker_inscriptions WHERE id = ?').run(v.id)).toThrow(/kept/);
    expect(() => db.prepare('DELETE FROM marker_status_events').run()).toThrow(/kept/);
  });
});

describe('markers: status workflow', () => {
  it('moves from proposal to dedication, through damage and repair, with dated events and who recorded them', () => {
    const a = markerArchive();
    const m = proposed(a);
    const step = (to: 'approved' | 'fabricated' | 'installed' | 'dedicated' | 'damaged' | 'missing', date: string, note = '') => a.call('markers.setStatus', { id: m.id, to, date, note });
    step('approved', '2003-03-21', 'Approved by the full Commission.');
    const v = a.call('markers.saveInscription', { id: m.id, text: 'LUCIUS BELL' }).inscriptions[0]!;
    a.call('markers.approveInscription', { id: m.id, versionId: v.id, approvedBy: 'Ifeoma Abara', approvedOn: '2003-03-21' });
    step('fabricated', '2004-05-28');
    step('installed', '2004-08-30');
    step('dedicated', '2004-09-15');
    step('damaged', '2007-03-18', 'Red paint over the names.');
    const r = a.router.call(commissioner, 'markers.setStatus', { id: m.id, to: 'dedicated', date: '2007-03-18', note: 'Cleaned.' });
    expect(r.ok).toBe(true);
    const after = a.call('markers.get', { id: m.id });
    expect(after.status).toBe('dedicated');
    expect(after.history.map((e) => [e.from, e.to, e.date])).toEqual([
      [null, 'proposed', '2002-06-03'],
      ['proposed', 'approved', '2003-03-21'],
      ['approved', 'fabricated', '2004-05-28'],
      ['fabricated', 'installed', '2004-08-30'],
      ['installed', 'dedicated', '2004-09-15'],
      ['dedicated', 'damaged', '2007-03-18'],
      ['damaged', 'dedicated', '2007-03-18'],
    ]);
    expect(after.history[5]).toMatchObject({ note: 'Red paint over the names.', by: 'Test Owner' });
    expect(after.history[6]).toMatchObject({ note: 'Cleaned.', by: 'Cato Commissioner' });
    // A marker never dedicated returns to "installed" when found.
    const other = proposed(a);
    for (const [to, date] of [['approved', '2003-01-01'], ['fabricated', '2003-02-01'], ['installed', '2003-03-01'], ['missing', '2004-01-01']] as const) {
      if (to === 'fabricated') {
        const d = a.call('markers.saveInscription', { id: other.id, text: 'T' }).inscriptions[0]!;
        a.call('markers.approveInscription', { id: other.id, versionId: d.id, approvedBy: 'A', approvedOn: '2003-01-01' });
      }
      a.call('markers.setStatus', { id: other.id, to, date });
    }
    expect(a.refused('markers.setStatus', { id: other.id, to: 'dedicated', date: '2004-02-01' }).message).toMatch(/A missing marker cannot become dedicated\. From missing it can become installed or damaged/);
    expect(a.call('markers.setStatus', { id: other.id, to: 'installed', date: '2004-02-01' }).status).toBe('installed');
  });

  it('refuses a skipped step, fabrication without an approved inscription, a date before the last change and a future date', () => {
    const a = markerArchive();
    const m = proposed(a);
    const skip = a.refused('markers.setStatus', { id: m.id, to: 'installed', date: '2003-01-01' });
    expect(skip).toMatchObject({ code: 'invalid_input', field: 'to', message: 'A proposed marker cannot become installed. From proposed it can become approved.' });
    expect(a.refused('markers.setStatus', { id: m.id, to: 'proposed', date: '2003-01-01' }).message).toBe('The marker is already proposed.');
    expect(a.refused('markers.setStatus', { id: m.id, to: 'approved', date: '2002-06-02' })).toMatchObject({
      field: 'date',
      message: 'The marker became proposed on 2002-06-03; a later change cannot be dated before that. Changes are recorded in the order they happened.',
    });
    expect(a.refused('markers.setStatus', { id: m.id, to: 'approved', date: '2999-12-31' })).toMatchObject({ field: 'date', message: `A status change cannot be dated in the future (today is ${today()}).` });
    expect(a.refused('markers.setStatus', { id: m.id, to: 'approved', date: '2003-02-30' })).toMatchObject({ code: 'invalid_input', field: 'date' });
    a.call('markers.setStatus', { id: m.id, to: 'approved', date: '2003-03-21' });
    a.call('markers.saveInscription', { id: m.id, text: 'Only a draft' });
    const unapproved = a.refused('markers.setStatus', { id: m.id, to: 'fabricated', date: '2004-01-01' });
    expect(unapproved.field).toBe('to');
    expect(unapproved.message).toMatch(/^Approve an inscription first/);
    const after = a.call('markers.get', { id: m.id });
    expect(after.status).toBe('approved');
    expect(after.history).toHaveLength(2);
  });
});
