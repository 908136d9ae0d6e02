import { describe, expect, it } from 'vitest';
import type { Session } from '../../../../../electron/archive/context';
import { SIGN_IN_REFUSED } from '../../../../../electron/archive/accounts/handlers';
import { archiveTools, testArchive } from '../../../helpers';

const ADMIN = { name: 'Ana Admin', password: 'ana’s long passphrase' };

/** A test archive whose first administrator is set up; `as(name)` is a session as that account. */
function withAccounts() {
  const a = testArchive();
  const tools = archiveTools(a);
  const setup = a.router.call(null, 'auth.setup', ADMIN);
  if (!setup.ok) throw new Error(setup.error.message);
  const admin: Session = { user: setup.value };
  const signIn = (name: string, password: string) => a.router.call(null, 'auth.signIn', { name, password });
  const create = (name: string, role: 'administrator' | 'archivist' | 'cataloguer' | 'commissioner' | 'researcher', password = `${name} password!`) => tools.as(admin, 'users.create', { name, role, password });
  return { ...a, ...tools, admin, signIn, create };
}

describe('setting up an archive’s first administrator', () => {
  it('works once, before sign-in, and is audited as that person without the password', () => {
    const a = testArchive();
    expect(a.router.call(null, 'auth.status', {})).toMatchObject({ ok: true, value: { archive: { name: 'Test archive' }, needsSetup: true, user: null } });
    expect(a.router.call(null, 'auth.setup', ADMIN)).toEqual({ ok: true, value: { name: ADMIN.name, role: 'administrator' } });
    expect(a.router.call(null, 'auth.status', {})).toMatchObject({ ok: true, value: { needsSetup: false } });
    const again = a.router.call(null, 'auth.setup', { name: 'Mallory', password: 'mallory takes over' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const db = archiveTools(a).db();
    expect(db.prepare('SELECT name FROM users').pluck().all()).toEqual([ADMIN.name]);
    const log = db.prepare("SELECT user, action, changes FROM audit_log WHERE entity_type = 'user'").all() as { user: string; action: string; changes: string }[];
    expect(log).toEqual([{ user: ADMIN.name, action: 'create', changes: JSON.stringify([{ field: 'name', old: null, new: ADMIN.name }, { field: 'role', old: null, new: 'administrator' }]) }]);
    const everything = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    const hash = db.prepare('SELECT password_hash FROM users').pluck().get() as string;
    expect(everything).not.toContain(ADMIN.password);
    expect(everything).not.toContain(hash.split('$').at(-1));
  });

  it('refuses a short password and a name of control characters', () => {
    const a = testArchive();
    expect(a.router.call(null, 'auth.setup', { name: 'Ana', password: 'short' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'password' } });
    expect(a.router.call(null, 'auth.setup', { name: 'Ana\u0007', password: 'long enough here' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'name' } });
  });
});

describe('signing in', () => {
  it('gives the account’s own name and role, records when, and audits it as that person', () => {
    const a = withAccounts();
    a.create('Rhea', 'researcher');
    expect(a.signIn('rhea', 'Rhea password!')).toEqual({ ok: true, value: { name: 'Rhea', role: 'researcher' } });
    const row = a.db().prepare("SELECT id, last_sign_in_at FROM users WHERE name = 'Rhea'").get() as { id: string; last_sign_in_at: string };
    expect(row.last_sign_in_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(a.as(a.admin, 'archive.history', { entityType: 'user', entityId: row.id }).map((e) => [e.user, e.action])).toEqual([
      ['Rhea', 'sign_in'],
      [ADMIN.name, 'create'],
    ]);
  });

  it('answers an unknown name, a wrong password and a disabled account in the same words', () => {
    const a = withAccounts();
    const cas = a.create('Cas', 'cataloguer');
    a.as(a.admin, 'users.update', { id: cas.id, disabled: true });
    const refusals = [a.signIn('Nobody', 'Cas password!'), a.signIn('Cas', 'not the password'), a.signIn('Cas', 'Cas password!')];
    for (const r of refusals) expect(r).toEqual({ ok: false, error: { code: 'unauthenticated', message: SIGN_IN_REFUSED } });
    a.as(a.admin, 'users.update', { id: cas.id, disabled: false });
    expect(a.signIn('Cas', 'Cas password!')).toMatchObject({ ok: true });
  });

  it('says an archive without accounts needs its first administrator', () => {
    const a = testArchive();
    expect(a.router.call(null, 'auth.signIn', ADMIN)).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: expect.stringMatching(/no accounts yet/) as string } });
  });

  it('answers nothing of the archive to nobody', () => {
    const a = withAccounts();
    for (const m of ['archive.info', 'testimonies.list', 'users.list', 'auth.changePassword'] as const) {
      expect(a.router.call(null, m, {}), m).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'Sign in to use this archive.' } });
    }
  });
});

describe('managing accounts', () => {
  it('is for administrators only', () => {
    const a = withAccounts();
    a.create('Arch', 'archivist');
    const archivist: Session = { user: { name: 'Arch', role: 'archivist' } };
    for (const [m, i] of [
      ['users.list', {}],
      ['users.create', { name: 'X', role: 'administrator', password: 'long enough here' }],
    ] as const) {
      expect(a.refused(m, i as never, archivist).code).toBe('forbidden');
    }
  });

  it('refuses a second account with the same name in any case', () => {
    const a = withAccounts();
    a.create('Cas', 'cataloguer');
    expect(a.refused('users.create', { name: 'CAS', role: 'researcher', password: 'long enough here' }, a.admin)).toMatchObject({ code: 'conflict', field: 'name' });
  });

  it('never demotes or disables the last enabled administrator, and no administrator disables themself', () => {
    const a = withAccounts();
    const me = a.as(a.admin, 'users.list', {})[0]!;
    expect(a.refused('users.update', { id: me.id, role: 'archivist' }, a.admin)).toMatchObject({ code: 'conflict', field: 'role', message: expect.stringMatching(/last enabled administrator/) as string });
    expect(a.refused('users.update', { id: me.id, disabled: true }, a.admin)).toMatchObject({ code: 'conflict', message: expect.stringMatching(/your own account/) as string });
    const second = a.create('Bea', 'administrator');
    const bea: Session = { user: { name: 'Bea', role: 'administrator' } };
    expect(a.as(a.admin, 'users.update', { id: second.id, disabled: true })).toMatchObject({ disabled: true });
    // Bea is disabled, so Ana is again the last enabled administrator.
    expect(a.refused('users.update', { id: me.id, role: 'researcher' }, bea)).toMatchObject({ code: 'conflict' });
    a.as(a.admin, 'users.update', { id: second.id, disabled: false });
    expect(a.as(bea, 'users.update', { id: me.id, role: 'archivist' })).toMatchObject({ role: 'archivist' });
    const history = a.as(bea, 'archive.history', { entityType: 'user', entityId: me.id });
    expect(history[0]).toMatchObject({ user: 'Bea', action: 'update', changes: [{ field: 'role', old: 'administrator', new: 'archivist' }] });
  });

  it('sets a forgotten password, and lets a person change their own with the current one', () => {
    const a = withAccounts();
    const rhea = a.create('Rhea', 'researcher');
    a.as(a.admin, 'users.setPassword', { id: rhea.id, password: 'a brand new password' });
    expect(a.signIn('Rhea', 'Rhea password!')).toMatchObject({ ok: false });
    expect(a.signIn('Rhea', 'a brand new password')).toMatchObject({ ok: true });
    const asRhea: Session = { user: { name: 'Rhea', role: 'researcher' } };
    expect(a.refused('auth.changePassword', { current: 'wrong one', next: 'my own passphrase' }, asRhea)).toMatchObject({ code: 'invalid_input', field: 'current' });
    a.as(asRhea, 'auth.changePassword', { current: 'a brand new password', next: 'my own passphrase' });
    expect(a.signIn('Rhea', 'my own passphrase')).toMatchObject({ ok: true });
    const actions = a.as(a.admin, 'archive.history', { entityType: 'user', entityId: rhea.id }).map((e) => `${e.user}:${e.action}`);
    expect(actions).toContain(`${ADMIN.name}:set_password`);
    expect(actions).toContain('Rhea:change_password');
    expect(JSON.stringify(a.db().prepare('SELECT * FROM audit_log').all())).not.toMatch(/brand new password|my own passphrase/);
  });

  it('lists accounts without their password hashes', () => {
    const a = withAccounts();
    a.create('Rhea', 'researcher');
    const list = a.as(a.admin, 'users.list', {});
    expect(list.map((u) => [u.name, u.role, u.disabled])).toEqual([
      [ADMIN.name, 'administrator', false],
      ['Rhea', 'researcher', false],
    ]);
    expect(JSON.stringify(list)).not.toContain('$scrypt$');
  });
});
