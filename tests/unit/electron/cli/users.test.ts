import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReadOnly } from '../../../../electron/archive/db/readOnly';
import { createRouter } from '../../../../electron/archive/router';
import { createWorkspace } from '../../../../electron/archive/workspace';
import { owner, tempDir } from '../../helpers';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const bin = path.join(root, 'bin', 'tessera.mjs');

/** Runs the CLI as `env` says (no TESSERA_PASSWORD unless given), with `input` on standard input. */
function tessera(args: string[], env: Record<string, string>, input = '') {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TESSERA_')));
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...base, TESSERA_DATA_DIR: path.join(tempDir(), 'data'), ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ADMIN = { TESSERA_USER: 'Ana Admin', TESSERA_PASSWORD: 'ana’s long passphrase' };

function auditUsers(dir: string): { user: string; method: string; action: string }[] {
  const db = openReadOnly(path.join(dir, 'archive.sqlite'));
  try {
    return db.prepare('SELECT user, method, action FROM audit_log ORDER BY seq').all() as { user: string; method: string; action: string }[];
  } finally {
    db.close();
  }
}

// Each case runs the CLI several times, and each run hashes or checks a password with scrypt.
describe('accounts on the command line', { timeout: 180_000 }, () => {
  it('init makes the named administrator; they add accounts; each command is audited under who ran it', () => {
    const dir = path.join(tempDir(), 'A.tessera');
    const init = tessera(['init', dir, '--name', 'Commission A'], ADMIN);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Its administrator is Ana Admin, with the password from TESSERA_PASSWORD.');
    expect(init.stdout).not.toContain(ADMIN.TESSERA_PASSWORD);

    const add = tessera(['users', dir, 'add', 'Cas Cataloguer', '--role', 'cataloguer'], { ...ADMIN, TESSERA_NEW_PASSWORD: 'cas’s own passphrase' });
    expect(add).toMatchObject({ code: 0, stdout: 'Created Cas Cataloguer (cataloguer).\n' });
    const generated = tessera(['--user', 'Ana Admin', 'users', dir, 'add', 'Rhea', '--role', 'researcher'], { TESSERA_PASSWORD: ADMIN.TESSERA_PASSWORD });
    expect(generated.code).toBe(0);
    const rheaPassword = /Password for Rhea: (\S+)/.exec(generated.stdout)?.[1] ?? '';
    expect(rheaPassword).toHaveLength(20);
    expect(generated.stdout).toMatch(/shown only this once/);

    const list = tessera(['users', dir, 'list', '--json'], ADMIN);
    expect(list.code).toBe(0);
    const accounts = JSON.parse(list.stdout) as { name: string; role: string; disabled: boolean }[];
    expect(accounts.map((a) => [a.name, a.role, a.disabled])).toEqual([
      ['Ana Admin', 'administrator', false],
      ['Cas Cataloguer', 'cataloguer', false],
      ['Rhea', 'researcher', false],
    ]);
    expect(list.stdout).not.toContain('scrypt');

    // The cataloguer adds a testimony; the password arrives on standard input this time.
    const items = JSON.stringify([{ title: 'Statement taken in the field', type: 'audio' }]);
    const file = path.join(tempDir(), 'items.json');
    writeFileSync(file, items);
    expect(tessera(['add', dir, '--json', file, '--user', 'Cas Cataloguer'], {}, 'cas’s own passphrase\n').code).toBe(0);
    const asRhea = tessera(['list', dir, '--json'], { TESSERA_USER: 'Rhea' }, `${rheaPassword}\n`);
    expect(asRhea.code).toBe(0);
    // A researcher may not manage accounts.
    expect(tessera(['users', dir, 'list'], { TESSERA_USER: 'Rhea', TESSERA_PASSWORD: rheaPassword })).toMatchObject({ code: 1, stderr: 'tessera: Your role (researcher) may not do this.\n' });

    const log = auditUsers(dir);
    expect(log.find((e) => e.method === 'testimonies.createMany')).toMatchObject({ user: 'Cas Cataloguer', action: 'create' });
    expect(log.filter((e) => e.method === 'users.create').map((e) => e.user)).toEqual(['Ana Admin', 'Ana Admin']);
    expect(log.filter((e) => e.action === 'sign_in').map((e) => e.user)).toContain('Rhea');
    expect(log[0]?.user).toBe('Tessera (system, before sign-in)');
  });

  it('refuses a wrong password, and says how to give one when there is none', () => {
    const dir = path.join(tempDir(), 'B.tessera');
    expect(tessera(['init', dir], ADMIN).code).toBe(0);
    expect(tessera(['list', dir], { ...ADMIN, TESSERA_PASSWORD: 'not the password' })).toMatchObject({ code: 1, stderr: expect.stringMatching(/do not open an account/) as string });
    expect(tessera(['list', dir], { TESSERA_USER: 'Nobody', TESSERA_PASSWORD: ADMIN.TESSERA_PASSWORD })).toMatchObject({ code: 1, stderr: expect.stringMatching(/do not open an account/) as string });
    expect(tessera(['list', dir], { TESSERA_USER: 'Ana Admin' })).toMatchObject({ code: 2, stderr: expect.stringMatching(/TESSERA_PASSWORD/) as string });
  });

  it('prints a generated password once when none is given, which then signs in', () => {
    const dir = path.join(tempDir(), 'C.tessera');
    const init = tessera(['init', dir], { TESSERA_USER: 'Olu' });
    expect(init.code).toBe(0);
    const password = /Password: (\S+)/.exec(init.stdout)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(init.stdout).toMatch(/Keep this password somewhere safe/);
    expect(tessera(['list', dir], { TESSERA_USER: 'Olu', TESSERA_PASSWORD: password })).toMatchObject({ code: 0 });
  });

  it('sets up an archive made before accounts with `users add … --role administrator`, and only that', () => {
    const dir = path.join(tempDir(), 'Old.tessera');
    const workspace = createWorkspace({ dataDir: tempDir() });
    const created = createRouter(workspace).call(owner, 'workspace.create', { path: dir, name: 'Old archive' });
    workspace.close();
    expect(created.ok).toBe(true);

    const list = tessera(['list', dir], ADMIN);
    expect(list.code).toBe(1);
    expect(list.stderr).toContain(`has no accounts yet`);
    expect(list.stderr).toContain(`tessera users ${dir} add <name> --role administrator`);
    expect(tessera(['users', dir, 'add', 'Rhea', '--role', 'researcher'], ADMIN)).toMatchObject({ code: 1, stderr: expect.stringMatching(/no accounts yet/) as string });

    const setup = tessera(['users', dir, 'add', 'Ana Admin', '--role', 'administrator'], { TESSERA_NEW_PASSWORD: ADMIN.TESSERA_PASSWORD });
    expect(setup).toMatchObject({ code: 0, stdout: 'Created Ana Admin, the first administrator of this archive.\n' });
    expect(tessera(['list', dir], ADMIN)).toMatchObject({ code: 0, stdout: 'No testimonies.\n' });
    // Now the archive has accounts, adding one needs an administrator's sign-in.
    expect(tessera(['users', dir, 'add', 'Mallory', '--role', 'administrator'], { TESSERA_USER: 'Mallory', TESSERA_PASSWORD: 'mallory guesses' }).code).toBe(1);
  });

  it('explains a wrong users action, a missing name and a missing role', () => {
    const dir = path.join(tempDir(), 'D.tessera');
    expect(tessera(['users', dir, 'remove', 'X'], ADMIN)).toMatchObject({ code: 2, stderr: expect.stringMatching(/Use "list" or "add/) as string });
    expect(tessera(['users', dir, 'add'], ADMIN)).toMatchObject({ code: 2, stderr: expect.stringMatching(/name/) as string });
    expect(tessera(['users', dir, 'add', 'X', '--role', 'owner'], ADMIN)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--role: one of administrator/) as string });
  });
});
