import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoor, lockAfterMsFrom, THROTTLE_PAUSE_MS } from '../../../../../electron/archive/accounts/door';
import { backupArchive } from '../../../../../electron/archive/backup/write';
import { testArchive } from '../../../helpers';

const ADMIN = { name: 'Ana Admin', password: 'ana’s long passphrase' };
const MINUTE = 60_000;

/** A door on a test archive with its first administrator, and a clock the test moves. */
function doorOn(lockAfterMs = 15 * MINUTE) {
  const a = testArchive();
  let t = 1_000_000;
  const door = createDoor(a.router, { lockAfterMs, now: () => t });
  const advance = (ms: number) => (t += ms);
  return { ...a, door, advance };
}

describe('the door', () => {
  it('reports its own state: the archive, whether it needs setup, who is signed in, the lock time', () => {
    const { door } = doorOn(5 * MINUTE);
    expect(door.call('auth.status', {})).toMatchObject({ ok: true, value: { archive: { name: 'Test archive' }, needsSetup: true, user: null, lockAfterMinutes: 5 } });
    expect(door.call('auth.setup', ADMIN)).toMatchObject({ ok: true });
    expect(door.call('auth.status', {})).toMatchObject({ ok: true, value: { needsSetup: false, user: { name: ADMIN.name, role: 'administrator' } } });
    expect(door.current()).toEqual({ user: { name: ADMIN.name, role: 'administrator' } });
  });

  it('calls as whoever signed in, and as nobody after signing out', () => {
    const { door } = doorOn();
    door.call('auth.setup', ADMIN);
    expect(door.call('archive.info', {})).toMatchObject({ ok: true, value: { user: { name: ADMIN.name } } });
    expect(door.call('auth.signOut', {})).toEqual({ ok: true, value: {} });
    expect(door.current()).toBeNull();
    expect(door.call('archive.info', {})).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'Sign in to use this archive.' } });
    expect(door.call('auth.signIn', ADMIN)).toMatchObject({ ok: true });
    expect(door.call('archive.info', {})).toMatchObject({ ok: true });
  });

  it('locks after the set time without use, and says so; use keeps it open', () => {
    const { door, advance } = doorOn(15 * MINUTE);
    door.call('auth.setup', ADMIN);
    advance(14 * MINUTE);
    expect(door.call('testimonies.list', {})).toMatchObject({ ok: true });
    advance(14 * MINUTE);
    // Asking who is signed in is not use: it neither keeps the session open nor fails.
    expect(door.call('auth.status', {})).toMatchObject({ ok: true, value: { user: { name: ADMIN.name } } });
    expect(door.current()).not.toBeNull();
    advance(1 * MINUTE);
    expect(door.call('testimonies.list', {})).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'Tessera locked after 15 minutes without use. Sign in again to go on.' } });
    expect(door.current()).toBeNull();
    expect(door.call('testimonies.list', {})).toMatchObject({ ok: false, error: { message: 'Sign in to use this archive.' } });
    expect(door.call('auth.signIn', ADMIN)).toMatchObject({ ok: true });
    expect(door.call('testimonies.list', {})).toMatchObject({ ok: true });
  });

  it('shows nobody signed in once the lock time has passed, even before the next call', () => {
    const { door, advance } = doorOn(MINUTE);
    door.call('auth.setup', ADMIN);
    advance(MINUTE);
    expect(door.call('auth.status', {})).toMatchObject({ ok: true, value: { user: null, lockAfterMinutes: 1 } });
  });

  it('signs out when another archive is opened or created (each archive has its own accounts)', () => {
    const { door, root, dir } = doorOn();
    door.call('auth.setup', ADMIN);
    const other = path.join(root, 'Other.tessera');
    expect(door.call('workspace.create', { path: other, name: 'Other' })).toMatchObject({ ok: true, value: { name: 'Other', user: { name: '' }, counts: { testimonies: 0 } } });
    expect(door.current()).toBeNull();
    expect(door.call('auth.status', {})).toMatchObject({ ok: true, value: { archive: { name: 'Other' }, needsSetup: true } });
    // The other archive's administrator is not one of this archive's accounts.
    expect(door.call('auth.setup', { name: 'Olu', password: 'olu’s long passphrase' })).toMatchObject({ ok: true });
    expect(door.call('workspace.open', { path: dir })).toMatchObject({ ok: true });
    expect(door.current()).toBeNull();
    expect(door.call('auth.signIn', { name: 'Olu', password: 'olu’s long passphrase' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(door.call('auth.signIn', ADMIN)).toMatchObject({ ok: true });
  });

  it('keeps the session when opening another archive fails (the first stays open)', () => {
    const { door, root } = doorOn();
    door.call('auth.setup', ADMIN);
    expect(door.call('workspace.open', { path: path.join(root, 'missing.tessera') })).toMatchObject({ ok: false });
    expect(door.current()).not.toBeNull();
  });

  it('restores the open archive as whoever is signed in, and signs out once the backup is in place', async () => {
    const { door, dir } = doorOn();
    door.call('auth.setup', ADMIN);
    const backup = await backupArchive(dir);
    // A refusal changes nothing, so whoever is signed in stays signed in.
    expect(door.call('workspace.restoreBackup', { path: dir, backup: 'no-such.backup' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(door.current()).not.toBeNull();
    expect(door.call('workspace.restoreBackup', { path: dir, backup: backup.name })).toMatchObject({ ok: true, value: { path: dir } });
    expect(door.current()).toBeNull();
    // Nobody signed in may not restore a healthy archive.
    expect(door.call('workspace.restoreBackup', { path: dir, backup: backup.name })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a name for a minute after five failed sign-ins within five minutes, even with the right password', () => {
    const { door, advance } = doorOn();
    door.call('auth.setup', ADMIN);
    door.call('auth.signOut', {});
    for (let i = 0; i < 4; i += 1) {
      expect(door.call('auth.signIn', { name: ADMIN.name, password: `guess ${i}` })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
      advance(MINUTE);
    }
    expect(door.call('auth.signIn', { name: ADMIN.name.toUpperCase(), password: 'guess 5' })).toMatchObject({ ok: false });
    const refused = door.call('auth.signIn', ADMIN);
    expect(refused).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'Too many failed sign-ins for this name. Wait 60 seconds and try again.' } });
    expect(door.current()).toBeNull();
    advance(THROTTLE_PAUSE_MS);
    expect(door.call('auth.signIn', ADMIN)).toMatchObject({ ok: true });
  });

  it('does not count failures older than five minutes', () => {
    const { door, advance } = doorOn();
    door.call('auth.setup', ADMIN);
    door.call('auth.signOut', {});
    for (let i = 0; i < 8; i += 1) {
      door.call('auth.signIn', { name: ADMIN.name, password: `guess ${i}` });
      advance(2 * MINUTE);
    }
    expect(door.call('auth.signIn', ADMIN)).toMatchObject({ ok: true });
  });

  it('reads the lock time from TESSERA_LOCK_MINUTES, else 15 minutes', () => {
    expect(lockAfterMsFrom({ TESSERA_LOCK_MINUTES: '2' })).toBe(2 * MINUTE);
    for (const bad of [undefined, '', '0', '-3', 'soon']) expect(lockAfterMsFrom({ TESSERA_LOCK_MINUTES: bad })).toBe(15 * MINUTE);
  });
});
