import { describe, expect, it } from 'vitest';
import type { AuthStatus } from '../../../../../../../shared/api/accounts';
import { afterSignIn, msUntilLock, nameProblem, newPasswordProblems, scopeFor, screenFor, type Lock } from '../../../../../../../renderer/src/features/accounts/model/session';
import { ROLES } from '../../../../../../../shared/model/enums';

const archive = { path: '/data/Commission.tessera', name: 'Commission' };
const ana = { name: 'Ana Ruiz', role: 'administrator' as const };
const status = (over: Partial<AuthStatus> = {}): AuthStatus => ({ archive, needsSetup: false, user: null, lockAfterMinutes: 15, ...over });
const lockOf = (path = archive.path): Lock => ({ user: ana, archivePath: path });

describe('screenFor', () => {
  it('waits for the first answer', () => expect(screenFor(null, null)).toBe('starting'));
  it('shows the archive picker with no archive open, even if a lock is remembered', () => expect(screenFor(status({ archive: null }), lockOf())).toBe('no-archive'));
  it('asks for the first administrator of an archive with no accounts', () => expect(screenFor(status({ needsSetup: true }), null)).toBe('setup'));
  it('asks to sign in when nobody is signed in and nothing was locked', () => expect(screenFor(status(), null)).toBe('sign-in'));
  it('shows the app to whoever is signed in', () => expect(screenFor(status({ user: ana }), null)).toBe('app'));
  it('shows the lock screen over the pages after this window locked', () => expect(screenFor(status(), lockOf())).toBe('locked'));
  it('does not carry a lock into another archive (its own accounts): sign in there', () => expect(screenFor(status(), lockOf('/data/Other.tessera'))).toBe('sign-in'));
});

describe('afterSignIn', () => {
  it('unlocks for the same person, whatever the case of the name typed back by the engine', () => {
    expect(afterSignIn(lockOf(), true, { name: 'ANA RUIZ', role: 'administrator' })).toBe('unlock');
  });
  it('starts afresh for someone else once records were shown', () => {
    expect(afterSignIn(lockOf(), true, { name: 'Rita', role: 'researcher' })).toBe('restart');
    expect(afterSignIn(null, true, { name: 'Rita', role: 'researcher' })).toBe('restart');
  });
  it('just opens the app when nothing was shown in this window yet', () => expect(afterSignIn(null, false, ana)).toBe('enter'));
});

describe('msUntilLock', () => {
  const minute = 60_000;
  it('counts down from the last activity', () => expect(msUntilLock(1_000, 1_000 + 4 * minute, 15 * minute)).toBe(11 * minute));
  it('says lock (zero or less) once the time is up, or long past (a sleeping laptop)', () => {
    expect(msUntilLock(0, 15 * minute, 15 * minute)).toBe(0);
    expect(msUntilLock(0, 24 * 60 * minute, 15 * minute)).toBeLessThan(0);
  });
});

describe('newPasswordProblems', () => {
  const paths = { password: 'next', repeat: 'repeat' };
  it('accepts ten characters typed twice alike, spaces and any script included', () => {
    expect(newPasswordProblems('ten chars!', 'ten chars!', paths)).toBeNull();
    expect(newPasswordProblems('пароль-пароль', 'пароль-пароль', paths)).toBeNull();
  });
  it('refuses fewer than ten characters at the password field', () => expect(newPasswordProblems('nine char', 'nine char', paths)).toEqual({ next: 'A password must be at least 10 characters' }));
  it('refuses an empty password', () => expect(newPasswordProblems('', '', paths)).toHaveProperty('next'));
  it('refuses a repeat that differs at the repeat field', () => expect(newPasswordProblems('ten chars!', 'ten chars?', paths)).toEqual({ repeat: 'The two passwords differ; type the same one twice' }));
  it('skips the repeat when the form has none', () => expect(newPasswordProblems('ten chars!', null, paths)).toBeNull());
});

describe('nameProblem and scopeFor', () => {
  it('refuses a name of only spaces', () => {
    expect(nameProblem('   ')).toBe('Give a name');
    expect(nameProblem(' Ana ')).toBeNull();
  });
  it('says in words what each role sees, never confidential or sealed for a researcher', () => {
    for (const role of ROLES) expect(scopeFor(role)).toMatch(/^sees /);
    expect(scopeFor('researcher')).not.toMatch(/confidential|sealed|every/);
    expect(scopeFor('cataloguer')).not.toMatch(/sealed|every/);
  });
});
