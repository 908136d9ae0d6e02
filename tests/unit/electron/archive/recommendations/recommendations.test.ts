import { describe, expect, it } from 'vitest';
import { recommendationIdsFor } from '../../../../../electron/archive/recommendations/queries';
import { recommendationFilter } from '../../../../../shared/model/findings';
import { cataloguer, commissioner, findingArchive, matching, researcher } from '../findings/setup';

const today = () => new Date().toISOString().slice(0, 10);

type Archive = ReturnType<typeof findingArchive>;

/** Recommendations titled by letter, each addressed as given. */
function make(a: Archive, addressees: string[]) {
  return addressees.map((addressee, i) => a.call('recommendations.create', { data: { title: String.fromCharCode(65 + i), addressee } }));
}

/** Titles in number order, with their numbers. */
const order = (a: Archive) => a.call('recommendations.list', {}).items.map((r) => `${r.number}${r.title}`).join(' ');

describe('recommendations: records', () => {
  it('creates a recommendation at the end of the list, starting "not started" today, and reads it back', () => {
    const a = findingArchive();
    const f = a.call('findings.create', { data: { title: 'The basement' } });
    const first = a.call('recommendations.create', {
      data: { title: 'Open the files', text: 'In **full**.', addressee: '  Calder Police Department ', addresseeType: 'police', priority: 'high', themeIds: [a.theme('Surveillance and informers')], findingIds: [f.id] },
    });
    expect(first).toMatchObject({ number: 1, title: 'Open the files', text: 'In **full**.', addressee: 'Calder Police Department', addresseeType: 'police', priority: 'high', status: 'not_started', statusDate: today(), version: 1 });
    expect(first.findings).toEqual([{ id: f.id, ref: 'F-001', title: 'The basement' }]);
    expect(first.themes.map((t) => t.label)).toEqual(['Surveillance and informers']);
    expect(first.history).toEqual([expect.objectContaining({ status: 'not_started', date: today(), assessedBy: 'Test Owner', recordedBy: 'Test Owner' })]);
    expect(a.call('recommendations.get', { id: first.id })).toEqual(first);
    const second = a.call('recommendations.create', { data: { title: 'Apologise', addressee: 'City of Calder' }, assessedBy: 'Follow-up committee' });
    expect(second).toMatchObject({ number: 2, addresseeType: 'other', priority: 'medium', history: [{ assessedBy: 'Follow-up committee', recordedBy: 'Test Owner' }] });
    expect(a.call('findings.get', { id: f.id }).recommendations).toEqual([{ id: first.id, number: 1, title: 'Open the files' }]);
  });

  it('refuses unknown or repeated findings, unusable themes and a missing addressee, on their fields', () => {
    const a = findingArchive();
    const f = a.call('findings.create', { data: { title: 'F' } });
    expect(a.refused('recommendations.create', { data: { title: 'X', addressee: 'A', findingIds: [crypto.randomUUID()] } })).toMatchObject({ code: 'invalid_input', field: 'findingIds.0' });
    expect(a.refused('recommendations.create', { data: { title: 'X', addressee: 'A', findingIds: [f.id, f.id] } })).toMatchObject({ field: 'findingIds.1', message: 'The same finding is listed twice.' });
    expect(a.refused('recommendations.create', { data: { title: 'X', addressee: 'A', themeIds: [crypto.randomUUID()] } })).toMatchObject({ field: 'themeIds' });
    expect(a.refused('recommendations.create', { data: { title: 'X', addressee: '   ' } })).toMatchObject({ field: 'addressee', message: 'addressee: The addressee is required' });
    expect(a.call('recommendations.list', {}).total).toBe(0);
  });

  it('saves an edit only over the version it was made from, and audits what changed', () => {
    const a = findingArchive();
    const [r] = make(a, ['City of Calder']);
    const edited = a.call('recommendations.update', { id: r!.id, expectedVersion: 1, data: { title: 'A, better', addressee: 'City of Calder', priority: 'low' } });
    expect(edited).toMatchObject({ number: 1, title: 'A, better', priority: 'low', version: 2, status: 'not_started' });
    expect(a.refused('recommendations.update', { id: r!.id, expectedVersion: 1, data: { title: 'Stale', addressee: 'X' } })).toMatchObject({ code: 'conflict', message: matching(/Recommendation 1 was changed by someone else/) });
    const history = a.audit('recommendation', r!.id);
    expect(history.map((e) => e.action)).toEqual(['update', 'create']);
    expect(history[0]!.changes).toEqual([
      { field: 'title', old: 'A', new: 'A, better' },
      { field: 'priority', old: 'medium', new: 'low' },
    ]);
  });
});

describe('recommendations: who may do what', () => {
  it('lets everyone read the tracker, and only the commission and archivists write', () => {
    const a = findingArchive();
    const [r] = make(a, ['City of Calder']);
    expect(a.as(researcher, 'recommendations.list', {}).total).toBe(1);
    expect(a.as(researcher, 'recommendations.get', { id: r!.id }).title).toBe('A');
    expect(a.as(commissioner, 'recommendations.create', { data: { title: 'B', addressee: 'X' } }).history[0]?.assessedBy).toBe('Cato Commissioner');
    for (const session of [researcher, cataloguer]) {
      expect(a.refused('recommendations.create', { data: { title: 'No', addressee: 'X' } }, session).code).toBe('forbidden');
      expect(a.refused('recommendations.move', { id: r!.id, number: 2 }, session).code).toBe('forbidden');
      expect(a.refused('recommendations.addStatus', { id: r!.id, entry: { status: 'underway', date: '2005-01-01', assessedBy: 'X' } }, session).code).toBe('forbidden');
      expect(a.refused('recommendations.remove', { id: r!.id }, session).code).toBe('forbidden');
    }
  });
});

describe('recommendations: numbers', () => {
  it('moves one down and up, the others shifting so numbers stay 1 … n, and audits each number change', () => {
    const a = findingArchive();
    const rs = make(a, ['P', 'P', 'P', 'P', 'P']);
    expect(order(a)).toBe('1A 2B 3C 4D 5E');
    expect(a.call('recommendations.move', { id: rs[1]!.id, number: 4 })).toMatchObject({ number: 4, version: 2 });
    expect(order(a)).toBe('1A 2C 3D 4B 5E');
    a.call('recommendations.move', { id: rs[4]!.id, number: 1 });
    expect(order(a)).toBe('1E 2A 3C 4D 5B');
    a.call('recommendations.move', { id: rs[0]!.id, number: 2 }); // where it is
    expect(order(a)).toBe('1E 2A 3C 4D 5B');
    expect(a.refused('recommendations.move', { id: rs[0]!.id, number: 6 })).toMatchObject({ code: 'invalid_input', field: 'number', message: 'There are only 5 recommendations: choose a number from 1 to 5.' });
    expect(a.refused('recommendations.move', { id: rs[0]!.id, number: 0 })).toMatchObject({ code: 'invalid_input', field: 'number' });
    expect(a.audit('recommendation', rs[1]!.id).map((e) => [e.action, e.changes[0]?.old, e.changes[0]?.new])).toEqual([
      ['renumber', 4, 5],
      ['move', 2, 4],
      ['create', null, 2],
    ]);
    // The number is part of the text the tracker searches.
    expect(a.call('recommendations.list', { text: '5' }).items.map((r) => r.title)).toEqual(['B']);
    // Only the moved one has a new version: the others' content is unchanged.
    expect(a.call('recommendations.get', { id: rs[2]!.id }).version).toBe(1);
  });

  it('closes the gap when one is removed, and its history keeps what it said', () => {
    const a = findingArchive();
    const rs = make(a, ['P', 'Q', 'R', 'S']);
    a.call('recommendations.addStatus', { id: rs[1]!.id, entry: { status: 'underway', date: today(), assessedBy: 'X' } });
    expect(a.call('recommendations.remove', { id: rs[1]!.id })).toEqual({ id: rs[1]!.id });
    expect(order(a)).toBe('1A 2C 3D');
    a.call('recommendations.remove', { id: rs[3]!.id });
    expect(order(a)).toBe('1A 2C');
    expect(a.call('recommendations.create', { data: { title: 'E', addressee: 'T' } }).number).toBe(3);
    const numbers = a.db().prepare('SELECT number FROM recommendations ORDER BY number').pluck().all();
    expect(numbers).toEqual([1, 2, 3]);
    const removed = a.audit('recommendation', rs[1]!.id)[0]!;
    expect(removed.action).toBe('remove');
    expect(Object.fromEntries(removed.changes.map((c) => [c.field, c.old]))).toMatchObject({ number: 2, title: 'B', addressee: 'Q', status: 'underway', history: [{ status: 'not_started' }, { status: 'underway' }] });
    expect(a.db().prepare('SELECT count(*) FROM recommendation_status_events WHERE recommendation_id = ?').pluck().get(rs[1]!.id)).toBe(0);
    expect(a.refused('recommendations.get', { id: rs[1]!.id }).code).toBe('not_found');
  });
});

describe('recommendations: implementation history', () => {
  it('orders entries by date then recording order; the latest dated entry is the current status, even when recorded late', () => {
    const a = findingArchive();
    const [r] = make(a, ['P']);
    const add = (status: 'proposed' | 'underway' | 'complete' | 'rejected', date: string, note = '') => a.call('recommendations.addStatus', { id: r!.id, entry: { status, date, note, assessedBy: 'Follow-up committee', source: 'Annual report' } });
    const late = add('proposed', '2004-01-01');
    // Today's "not started" is still the latest dated entry.
    expect(late).toMatchObject({ status: 'not_started', statusDate: today(), version: 2 });
    expect(late.history.map((e) => e.status)).toEqual(['proposed', 'not_started']);
    const now = add('underway', today());
    expect(now).toMatchObject({ status: 'underway', statusDate: today() });
    const earlier = add('complete', '2010-05-05', 'recorded late');
    expect(earlier).toMatchObject({ status: 'underway', statusDate: today() });
    expect(earlier.history.map((e) => `${e.date === today() ? 'today' : e.date} ${e.status}`)).toEqual(['2004-01-01 proposed', '2010-05-05 complete', 'today not_started', 'today underway']);
    expect(earlier.history[1]).toMatchObject({ note: 'recorded late', source: 'Annual report', assessedBy: 'Follow-up committee', recordedBy: 'Test Owner' });
    const row = a.call('recommendations.list', {}).items[0];
    expect(row).toMatchObject({ status: 'underway', statusDate: today() });
    expect(a.audit('recommendation', r!.id)[0]).toMatchObject({ action: 'status', changes: [{ field: 'history', new: { status: 'complete', date: '2010-05-05' } }] });
  });

  it('starts the history on the day given for a recommendation made before it was entered, so earlier assessments count', () => {
    const a = findingArchive();
    const r = a.call('recommendations.create', { data: { title: 'Made in 2003', addressee: 'Department of Justice' }, startedOn: '2003-06-30' });
    expect(r).toMatchObject({ status: 'not_started', statusDate: '2003-06-30', history: [{ status: 'not_started', date: '2003-06-30' }] });
    const later = a.call('recommendations.addStatus', { id: r.id, entry: { status: 'underway', date: '2005-01-10', assessedBy: 'Follow-up committee' } });
    expect(later).toMatchObject({ status: 'underway', statusDate: '2005-01-10' });
    expect(a.refused('recommendations.create', { data: { title: 'Tomorrow', addressee: 'X' }, startedOn: '2999-01-01' })).toMatchObject({ code: 'invalid_input', field: 'startedOn' });
  });

  it('refuses an assessment dated in the future, on entry.date, and changes nothing', () => {
    const a = findingArchive();
    const [r] = make(a, ['P']);
    const e = a.refused('recommendations.addStatus', { id: r!.id, entry: { status: 'complete', date: '2999-01-01', assessedBy: 'X' } });
    expect(e).toMatchObject({ code: 'invalid_input', field: 'entry.date', message: matching(/cannot be dated in the future \(today is \d{4}-\d\d-\d\d\)/) });
    expect(a.refused('recommendations.addStatus', { id: r!.id, entry: { status: 'complete', date: '2005-02-30', assessedBy: 'X' } })).toMatchObject({ field: 'entry.date' });
    expect(a.refused('recommendations.addStatus', { id: r!.id, entry: { status: 'done' as never, date: '2005-02-01', assessedBy: 'X' } })).toMatchObject({ field: 'entry.status' });
    expect(a.call('recommendations.get', { id: r!.id })).toMatchObject({ status: 'not_started', version: 1, history: [{ status: 'not_started' }] });
  });
});

describe('recommendations: the tracker', () => {
  function tracker() {
    const a = findingArchive();
    const policing = a.theme('Policing and justice');
    const force = a.theme('Use of force'); // narrower than Policing and justice
    const reparations = a.theme('Reparations');
    const mk = (title: string, addressee: string, themeIds: string[], status?: 'underway' | 'complete' | 'rejected') => {
      const r = a.call('recommendations.create', { data: { title, addressee, addresseeType: addressee === 'Department of Justice' ? 'justice_department' : 'legislature', themeIds } });
      if (status) a.call('recommendations.addStatus', { id: r.id, entry: { status, date: today(), assessedBy: 'X' } });
      return r;
    };
    mk('Review the deaths in custody', 'Department of Justice', [force], 'underway');
    mk('Reopen the Bell case', 'Department of Justice', [policing], 'rejected');
    mk('Fund reparations', 'State Legislature', [reparations]);
    mk('Independent inquests', 'State Legislature', [force, reparations], 'complete');
    return { a, policing, force, reparations };
  }
  const titles = (a: Archive, filter: object) => a.call('recommendations.list', filter).items.map((r) => r.title);

  it('filters by addressee, status, theme (with narrower themes) and folded text', () => {
    const { a, policing, force, reparations } = tracker();
    expect(titles(a, { addressees: ['State Legislature'] })).toEqual(['Fund reparations', 'Independent inquests']);
    expect(titles(a, { addressees: ['state legislature'] })).toEqual([]);
    expect(titles(a, { statuses: ['underway', 'not_started'] })).toEqual(['Review the deaths in custody', 'Fund reparations']);
    expect(titles(a, { themeId: policing })).toEqual(['Review the deaths in custody', 'Reopen the Bell case', 'Independent inquests']);
    expect(titles(a, { themeId: force })).toEqual(['Review the deaths in custody', 'Independent inquests']);
    expect(titles(a, { themeId: reparations, addressees: ['State Legislature'], statuses: ['complete'] })).toEqual(['Independent inquests']);
    expect(titles(a, { text: 'DEPARTMENT of justice' })).toEqual(['Review the deaths in custody', 'Reopen the Bell case']);
    expect(titles(a, { text: 'bell' })).toEqual(['Reopen the Bell case']);
    expect(a.call('recommendations.list', { offset: 1, limit: 2 })).toMatchObject({ total: 4, items: [{ number: 2 }, { number: 3 }] });
    const ids = recommendationIdsFor(a.db(), recommendationFilter.parse({ themeId: policing }));
    expect(ids).toEqual(a.call('recommendations.list', { themeId: policing }).items.map((r) => r.id));
  });

  it('counts statuses and themes over the filtered set, and every addressee under the other filters', () => {
    const { a, force, reparations } = tracker();
    const all = a.call('recommendations.list', {}).counts;
    expect(all).toMatchObject({ total: 4, byStatus: { not_started: 1, proposed: 0, underway: 1, complete: 1, rejected: 1 } });
    expect(all.byTheme.map((t) => [t.label, t.total])).toEqual([
      ['Policing and justice', 1],
      ['Reparations', 2],
      ['Use of force', 2],
    ]);
    const filtered = a.call('recommendations.list', { addressees: ['State Legislature'], themeId: force }).counts;
    expect(filtered).toMatchObject({ total: 1, byStatus: { complete: 1, not_started: 0 } });
    expect(filtered.byTheme.map((t) => [t.id, t.total])).toEqual([
      [reparations, 1],
      [force, 1],
    ]);
    // Both addressees are offered; each is counted under the theme filter but not the addressee filter.
    expect(filtered.byAddressee).toEqual([
      { addressee: 'Department of Justice', addresseeType: 'justice_department', total: 1, byStatus: { not_started: 0, proposed: 0, underway: 1, complete: 0, rejected: 0 } },
      { addressee: 'State Legislature', addresseeType: 'legislature', total: 1, byStatus: { not_started: 0, proposed: 0, underway: 0, complete: 1, rejected: 0 } },
    ]);
    const none = a.call('recommendations.list', { text: 'nothing like this' });
    expect(none).toMatchObject({ total: 0, items: [], counts: { total: 0, byTheme: [] } });
    expect(none.counts.byAddressee.map((x) => [x.addressee, x.total])).toEqual([
      ['Department of Justice', 0],
      ['State Legislature', 0],
    ]);
  });
});
