import { describe, expect, it } from 'vitest';
import { embargoesDue } from '../../../../../electron/archive/testimonies/embargoReview';
import { archiveTools, cataloguer, commissioner, researcher, testArchive } from '../../../helpers';

const cleared = { accessLevel: 'public' as const, consent: { publicRelease: true } };

function embargoArchive() {
  const a = testArchive();
  const tools = archiveTools(a);
  const make = (ref: string, embargoUntil: string | null, extra: Record<string, unknown> = {}) =>
    a.call('testimonies.create', { data: { ref, title: `Statement ${ref}`, type: 'audio', ...cleared, embargoUntil, ...extra } });
  const ended = make('T-0001', '2020-06-01');
  const endedEarlier = make('T-0002', '2010-01-01', { accessLevel: 'restricted' });
  const running = make('T-0003', '2999-01-01');
  const none = make('T-0004', null);
  const withdrawn = make('T-0005', '2015-01-01');
  a.call('testimonies.withdraw', { id: withdrawn.id, reason: 'Asked by the narrator' });
  return { ...a, ...tools, ended, endedEarlier, running, none, withdrawn };
}

describe('the embargo review', () => {
  it('lists the testimonies whose embargo has ended, oldest first, and not those running, without one or withdrawn', () => {
    const a = embargoArchive();
    const due = a.call('testimonies.embargoReview', {});
    expect(due.day).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(due.items).toEqual([
      { id: a.endedEarlier.id, ref: 'T-0002', title: 'Statement T-0002', accessLevel: 'restricted', embargoUntil: '2010-01-01', reviewedOn: null },
      { id: a.ended.id, ref: 'T-0001', title: 'Statement T-0001', accessLevel: 'public', embargoUntil: '2020-06-01', reviewedOn: null },
    ]);
    // The embargo date is the first day of release: on that very day the record is due.
    expect(embargoesDue(a.db(), '2020-06-01').map((d) => d.ref)).toEqual(['T-0002', 'T-0001']);
    expect(embargoesDue(a.db(), '2020-05-31').map((d) => d.ref)).toEqual(['T-0002']);
  });

  it('records a review that keeps the level without touching the record, and the audit says who and when', () => {
    const a = embargoArchive();
    const after = a.call('testimonies.embargoReviewed', { id: a.ended.id, accessLevel: 'public' });
    expect(after).toMatchObject({ accessLevel: 'public', version: a.ended.version, embargoUntil: '2020-06-01' });
    expect(a.call('testimonies.embargoReview', {}).items.map((d) => d.ref)).toEqual(['T-0002']);
    const history = a.call('archive.history', { entityType: 'testimony', entityId: a.ended.id });
    const review = history.find((h) => h.action === 'embargo_review');
    expect(review?.user).toBe('Test Owner');
    const day = a.call('testimonies.embargoReview', {}).day;
    expect(review?.changes).toEqual([{ field: 'embargoReviewedOn', old: null, new: day }]);
  });

  it('changes the access level when the review decides so, as a new version of the record', () => {
    const a = embargoArchive();
    const after = a.call('testimonies.embargoReviewed', { id: a.endedEarlier.id, accessLevel: 'confidential' });
    expect(after.accessLevel).toBe('confidential');
    expect(after.version).toBe(a.endedEarlier.version + 1);
    const changes = a.call('archive.history', { entityType: 'testimony', entityId: a.endedEarlier.id }).find((h) => h.action === 'embargo_review')?.changes;
    expect(changes).toContainEqual({ field: 'accessLevel', old: 'restricted', new: 'confidential' });
    // An edit form opened before the review is told someone saved since.
    expect(a.refused('testimonies.update', { id: a.endedEarlier.id, expectedVersion: a.endedEarlier.version, data: { title: 'x', type: 'audio' } }).code).toBe('conflict');
  });

  it('asks again when the embargo is moved to a later date that then passes', () => {
    const a = embargoArchive();
    a.call('testimonies.embargoReviewed', { id: a.ended.id, accessLevel: 'public' });
    const reviewedOn = a.db().prepare('SELECT embargo_reviewed_on FROM testimonies WHERE id = ?').pluck().get(a.ended.id) as string;
    a.db().prepare('UPDATE testimonies SET embargo_until = ? WHERE id = ?').run('2999-12-31', a.ended.id);
    expect(embargoesDue(a.db(), '3000-01-01').find((d) => d.id === a.ended.id)).toMatchObject({ embargoUntil: '2999-12-31', reviewedOn });
  });

  it('refuses to review a record that is not due, saying why, and saves nothing', () => {
    const a = embargoArchive();
    const audits = () => a.db().prepare('SELECT count(*) FROM audit_log').pluck().get();
    const before = audits();
    expect(a.refused('testimonies.embargoReviewed', { id: a.running.id, accessLevel: 'public' }).message).toBe(
      'Testimony T-0003 is not due for an embargo review: its embargo runs until 2999-01-01. Nothing was saved.',
    );
    expect(a.refused('testimonies.embargoReviewed', { id: a.none.id, accessLevel: 'public' }).message).toContain('it has no embargo');
    expect(a.refused('testimonies.embargoReviewed', { id: a.withdrawn.id, accessLevel: 'public' }).message).toContain('it is withdrawn');
    a.call('testimonies.embargoReviewed', { id: a.ended.id, accessLevel: 'public' });
    expect(a.refused('testimonies.embargoReviewed', { id: a.ended.id, accessLevel: 'sealed' }).message).toContain('already reviewed');
    expect(a.refused('testimonies.embargoReviewed', { id: a.ended.id, accessLevel: 'secret' as 'public' }).code).toBe('invalid_input');
    expect(a.refused('testimonies.embargoReviewed', { id: crypto.randomUUID(), accessLevel: 'public' }).code).toBe('not_found');
    expect(audits()).toBe(Number(before) + 1);
  });

  it('is for archivists: cataloguers, commissioners and researchers may neither list nor review', () => {
    const a = embargoArchive();
    for (const s of [cataloguer, commissioner, researcher]) {
      expect(a.refused('testimonies.embargoReview', {}, s).code).toBe('forbidden');
      expect(a.refused('testimonies.embargoReviewed', { id: a.ended.id, accessLevel: 'public' }, s).code).toBe('forbidden');
    }
    expect(a.as({ user: { name: 'Ada Archivist', role: 'archivist' } }, 'testimonies.embargoReview', {}).items).toHaveLength(2);
  });
});
