import type { Command } from 'commander';
import type { Account } from '../../shared/api/accounts';
import { ROLES, type Role } from '../../shared/model/enums';
import { generatePassword } from './credentials';
import { CliError, print, using, withArchive, type CliArchive } from './run';

/**
 * `tessera users <dir> list [--json]` and `tessera users <dir> add <name> --role <role>`, for
 * administrators. On an archive with no accounts (made before Tessera had them) `add` with
 * `--role administrator` needs no sign-in: it creates the first administrator.
 */

export function formatAccounts(accounts: readonly Account[]): string {
  if (accounts.length === 0) return 'This archive has no accounts yet.';
  const width = Math.max(...accounts.map((a) => a.name.length));
  return accounts
    .map((a) => `${a.name.padEnd(width)}  ${a.role.padEnd(14)}${a.disabled ? 'disabled  ' : 'enabled   '}${a.lastSignInAt ? `last signed in ${a.lastSignInAt}` : 'never signed in'}`)
    .join('\n');
}

/** The new account's password: TESSERA_NEW_PASSWORD, else a generated one to be printed once. */
function newPassword(env: NodeJS.ProcessEnv): { password: string; generated: boolean } {
  return env.TESSERA_NEW_PASSWORD ? { password: env.TESSERA_NEW_PASSWORD, generated: false } : { password: generatePassword(), generated: true };
}

function passwordLines(name: string, p: { password: string; generated: boolean }): string {
  return p.generated ? `\nPassword for ${name}: ${p.password}\nKeep it somewhere safe and give it to ${name}: it is shown only this once.` : '';
}

function add(a: CliArchive, name: string, role: Role): string {
  const p = newPassword(process.env);
  if (a.session === null) {
    if (role !== 'administrator') throw new CliError('This archive has no accounts yet: its first account must be an administrator (--role administrator).', 2);
    const admin = a.call('auth.setup', { name, password: p.password });
    return `Created ${admin.name}, the first administrator of this archive.${passwordLines(admin.name, p)}`;
  }
  const account = a.call('users.create', { name, role, password: p.password });
  return `Created ${account.name} (${account.role}).${passwordLines(account.name, p)}`;
}

export function addUsersCommand(program: Command): void {
  program
    .command('users <dir> <action> [name]')
    .description('manage accounts (administrators): "list", or "add <name> --role <role>"')
    .option('--role <role>', `the new account's role: ${ROLES.join(', ')}`)
    .option('--json', 'list: print JSON [{ id, name, role, disabled, createdAt, lastSignInAt }]')
    .action((dir: string, action: string, name: string | undefined, o: { role?: string; json?: boolean }) => {
      if (action === 'list') {
        using(withArchive(dir, 'open'), (a) => {
          const accounts = a.call('users.list', {});
          print(accounts, !!o.json, () => formatAccounts(accounts));
        });
        return;
      }
      if (action !== 'add') throw new CliError(`Unknown users action "${action}". Use "list" or "add <name> --role <role>".`, 2);
      if (!name) throw new CliError('Give the new account’s name: tessera users <dir> add <name> --role <role>', 2);
      if (!o.role || !(ROLES as readonly string[]).includes(o.role)) throw new CliError(`Give the new account’s role with --role: one of ${ROLES.join(', ')}.`, 2);
      const role = o.role as Role;
      using(withArchive(dir, 'open', undefined, { allowSetup: role === 'administrator' }), (a) => process.stdout.write(`${add(a, name, role)}\n`));
    });
}
