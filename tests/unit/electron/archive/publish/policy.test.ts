import { describe, expect, it } from 'vitest';
import { isPublishable, publicName } from '../../../../../electron/archive/publish/policy';

const base = { withdrawn: false, accessLevel: 'public', embargoUntil: null, consent: { publicRelease: true, withdrawnOn: '' } };

describe('the publish policy', () => {
  it.each([
    ['a public, consented record', base, true],
    ['withdrawn', { ...base, withdrawn: true }, false],
    ['restricted', { ...base, accessLevel: 'restricted' }, false],
    ['confidential', { ...base, accessLevel: 'confidential' }, false],
    ['sealed', { ...base, accessLevel: 'sealed' }, false],
    ['embargoed until after today', { ...base, embargoUntil: '2030-01-02' }, false],
    ['embargo ending today', { ...base, embargoUntil: '2030-01-01' }, true],
    ['no consent to public release', { ...base, consent: { publicRelease: false, withdrawnOn: '' } }, false],
    ['consent withdrawn', { ...base, consent: { publicRelease: true, withdrawnOn: '2029-05-01' } }, false],
  ])('%s', (_what, facts, expected) => {
    expect(isPublishable(facts, '2030-01-01')).toBe(expected);
  });

  it('names only people who consented; a pseudonym or a neutral phrase otherwise', () => {
    expect(publicName({ name: 'Thandeka Ngcobo', pseudonym: 'Witness T', consentToBeNamed: true })).toBe('Thandeka Ngcobo');
    expect(publicName({ name: 'Thandeka Ngcobo', pseudonym: 'Witness T', consentToBeNamed: false })).toBe('Witness T');
    expect(publicName({ name: 'Thandeka Ngcobo', pseudonym: '  ', consentToBeNamed: false })).not.toContain('Ngcobo');
    // Testimony outputs say "a narrator"; a memorial says only that the name is withheld.
    expect(publicName({ name: 'Thandeka Ngcobo', pseudonym: '  ', consentToBeNamed: false })).toBe('A narrator (name withheld)');
    expect(publicName({ name: 'Thandeka Ngcobo', pseudonym: '  ', consentToBeNamed: false }, 'Name withheld')).toBe('Name withheld');
    expect(publicName({ name: 'Thandeka Ngcobo', pseudonym: 'Witness T', consentToBeNamed: false }, 'Name withheld')).toBe('Witness T');
    expect(publicName({ name: 'Thandeka Ngcobo', pseudonym: '', consentToBeNamed: true }, 'Name withheld')).toBe('Thandeka Ngcobo');
  });
});

describe('the publish policy in SQL and in memory', () => {
  it('chooses the same testimonies of the sample, with an embargo and a withdrawal added', async () => {
    const { testArchive } = await import('../../../helpers');
    const { publishableIds } = await import('../../../../../electron/archive/publish/policy');
    const a = testArchive();
    a.call('archive.loadSample', {});
    const pub = a.call('testimonies.list', { accessLevel: ['public'], limit: 1 }).items[0];
    const t = a.call('testimonies.get', { id: pub?.id ?? '' });
    a.call('testimonies.update', { id: t.id, expectedVersion: t.version, data: { ...t, embargoUntil: '2999-01-01' } });
    const other = a.call('testimonies.list', { accessLevel: ['public'], limit: 2 }).items[1];
    a.call('testimonies.withdraw', { id: other?.id ?? '', reason: 'asked' });
    const db = a.workspace.current()?.db;
    if (!db) throw new Error('no archive');
    const all = a.call('testimonies.list', { includeWithdrawn: true, limit: 500 }).items.map((r) => a.call('testimonies.get', { id: r.id }));
    const inMemory = all.filter((x) => isPublishable(x, '2030-01-01')).map((x) => x.id).sort();
    expect(publishableIds(db, '2030-01-01').sort()).toEqual(inMemory);
    expect(inMemory).toHaveLength(16);
  });
});
