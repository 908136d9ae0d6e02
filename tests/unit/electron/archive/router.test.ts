import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../../../shared/api';
import { owner, testArchive } from '../../helpers';
import { createRouter } from '../../../../electron/archive/router';
import { createWorkspace } from '../../../../electron/archive/workspace';
import { tempDir } from '../../helpers';

const valid = { title: 'A statement', type: 'audio' };

describe('the router', () => {
  it.each([
    ['a method that does not exist', 'testimonies.destroyAll', {}],
    ['a prototype key', '__proto__', {}],
    ['a non-string method', 42, {}],
    ['a constructor key', 'constructor', {}],
  ])('refuses %s as unknown_method', (_, method, input) => {
    const { router } = testArchive();
    const r = router.call(owner, method, input);
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it.each([
    ['input of the wrong type', 'not an object', ''],
    ['a missing data object', {}, 'data'],
    ['a missing title', { data: { type: 'audio' } }, 'title'],
    ['a title of the wrong type', { data: { ...valid, title: 12 } }, 'title'],
    ['an unknown type', { data: { ...valid, type: 'telepathy' } }, 'type'],
    ['an oversized title', { data: { ...valid, title: 'x'.repeat(501) } }, 'title'],
    ['an oversized transcript', { data: { ...valid, transcript: 'x'.repeat(5_000_001) } }, 'transcript'],
    ['a bad date', { data: { ...valid, dateRecorded: 'the day after' } }, 'dateRecorded'],
    ['a bad embargo date', { data: { ...valid, embargoUntil: '2030-02-31' } }, 'embargoUntil'],
    ['a bad access level', { data: { ...valid, accessLevel: 'secret' } }, 'accessLevel'],
    ['a bad person id', { data: { ...valid, people: [{ personId: 'nope', role: 'narrator' }] } }, 'people.0.personId'],
    ['a bad consent date', { data: { ...valid, consent: { takenOn: 'June' } } }, 'consent.takenOn'],
    ['a reference code with spaces', { data: { ...valid, ref: 'TRC 1' } }, 'ref'],
    ['a reference code with SQL', { data: { ...valid, ref: "x'; DROP TABLE testimonies; --" } }, 'ref'],
  ])('refuses %s with a field error and saves nothing', (_, input, field) => {
    const { router, call } = testArchive();
    const r = router.call(owner, 'testimonies.create', input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.field ?? '').toBe(field);
      expect(r.error.message.length).toBeGreaterThan(5);
    }
    expect(call('testimonies.list', {}).total).toBe(0);
    expect(call('archive.info', {}).counts.testimonies).toBe(0);
  });

  it('refuses roles a method does not allow', () => {
    const { router } = testArchive();
    const researcher = { user: { name: 'R', role: 'researcher' as const } };
    expect(router.call(researcher, 'testimonies.create', { data: valid })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(router.call(researcher, 'testimonies.list', {})).toMatchObject({ ok: true });
  });

  it('answers archive methods with no_archive when none is open', () => {
    const router = createRouter(createWorkspace({ dataDir: tempDir() }));
    expect(router.call(owner, 'testimonies.list', {})).toMatchObject({ ok: false, error: { code: 'no_archive' } });
  });

  it('rolls a write back when it fails halfway', () => {
    const { router, call } = testArchive();
    const r = router.call(owner, 'testimonies.createMany', { items: [valid, { ...valid, title: 'Second' }, { ...valid, placeRecordedId: crypto.randomUUID() }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'placeRecordedId' } });
    expect(call('testimonies.list', {}).total).toBe(0);
    const audits = call('archive.history', { entityType: 'settings', entityId: 'archive' });
    expect(audits).toHaveLength(1);
  });

  it('declares every contract method with roles and a handler', () => {
    const { router } = testArchive();
    for (const m of methodNames) {
      expect(contract[m].roles.length).toBeGreaterThan(0);
      const r = router.call(owner, m, {});
      if (!r.ok) expect(r.error.code).not.toBe('internal');
    }
  });
});
