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
  });
});
