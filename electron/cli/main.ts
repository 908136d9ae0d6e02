import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import type { TestimonyRow } from '../../shared/model/testimony';
import { CliError, print, using, withArchive, type CliArchive } from './run';
import { addSearchCommand } from './searchCommand';
import { addExportCommand } from './exportCommand';
import { addImportCommand } from './importCommand';
import { addThemesCommand } from './themesCommand';
import { addMarkersCommand } from './markersCommand';
import { addReportCommand } from './reportCommand';
import { addVerifyCommand } from './verifyCommand';
import { addVerifyBagCommand } from './verifyBagCommand';
import { addBackupCommand } from './backupCommand';
import { addUsersCommand } from './usersCommand';
import { cliUserName, promptForPasswordIfNeeded, setCliUser } from './credentials';
import { openReadOnly } from '../archive/db/readOnly';
import { DB_FILE } from '../archive/db/open';
import { formatTable, formatTestimony, listRow } from './format';

function readJsonInput(source: string): unknown {
  let text: string;
  try {
    text = source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8');
  } catch (e) {
    throw new CliError(`Cannot read ${source}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 2);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`${source === '-' ? 'Standard input' : source} is not valid JSON: ${(e as Error).message}`, 2);
  }
}

function allRows(a: CliArchive, includeWithdrawn: boolean): TestimonyRow[] {
  const rows: TestimonyRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = a.call('testimonies.list', { includeWithdrawn, offset, limit: 500 });
    rows.push(...page.items);
    if (rows.length >= page.total || page.items.length === 0) return rows;
  }
}

/** Commands that do not sign in: they create an archive, or read its files without the router. */
const NO_SIGN_IN = new Set(['init', 'sample', 'verify', 'verify-bag', 'backup', 'restore', 'help']);

/** Whether the archive in `dir` has accounts (so signing in will need a password). */
function hasAccounts(dir: string): boolean {
  const file = path.join(dir, DB_FILE);
  if (!existsSync(file)) return false;
  try {
    const db = openReadOnly(file);
    try {
      return (db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'users'").pluck().get() as number) > 0 && (db.prepare('SELECT count(*) FROM users').pluck().get() as number) > 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** What a new archive's first administrator needs to know, printed once by init and sample. */
function administratorLines(a: CliArchive): string {
  if (!a.created) return '';
  const { name, generatedPassword } = a.created;
  if (!generatedPassword) return `Its administrator is ${name}, with the password from TESSERA_PASSWORD.`;
  return `Its administrator is ${name}. Password: ${generatedPassword}\nKeep this password somewhere safe: it is shown only this once (set TESSERA_PASSWORD to choose one).`;
}

export function buildProgram(): Command {
  const program = new Command('tessera')
    .description('Tessera — an archive for truth and reconciliation commissions')
    .option('--user <name>', 'act as this account (default: TESSERA_USER, else your system user name); the password comes from TESSERA_PASSWORD, a prompt, or the first line of standard input')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  // Before a command that signs in runs, ask for the password on a terminal (not when the archive
  // has no accounts yet: there is nothing to sign in to).
  program.hook('preAction', async (root, action) => {
    setCliUser(root.opts<{ user?: string }>().user);
    let top = action;
    while (top.parent && top.parent !== root) top = top.parent;
    const dir = top.args[0];
    if (NO_SIGN_IN.has(top.name()) || !dir || !hasAccounts(dir)) return;
    await promptForPasswordIfNeeded(cliUserName());
  });

  program
    .command('init <dir>')
    .description('create a new, empty archive folder')
    .option('--name <name>', 'the archive’s name', 'Tessera archive')
    .action((dir: string, o: { name: string }) => {
      using(withArchive(dir, 'create', o.name), (a) => process.stdout.write(`Created archive ${o.name} in ${dir}\n${administratorLines(a)}\n`));
    });

  program
    .command('sample <dir>')
    .description('create a new archive folder filled with the fictional sample')
    .option('--json', 'print the counts as JSON')
    .action((dir: string, o: { json?: boolean }) => {
      using(withArchive(dir, 'create', 'Sample archive'), (a) => {
        const counts = a.call('archive.loadSample', {});
        // With --json the counts alone go to standard output; the account lines to standard error.
        (o.json ? process.stderr : process.stdout).write(`${administratorLines(a)}\n`);
        print(counts, !!o.json, () => `Loaded the sample into ${dir}: ${counts.testimonies} testimonies, ${counts.people} people, ${counts.places} places, ${counts.hearings} hearings, ${counts.markers} memorials and markers, ${counts.findings} findings, ${counts.recommendations} recommendations, ${counts.reports} report${counts.reports === 1 ? '' : 's'}`);
      });
    });

  program
    .command('list <dir>')
    .description('list testimonies (withdrawn ones only with --all)')
    .option('--json', 'print JSON: [{ ref, title, type, status, accessLevel, date }]')
    .option('--all', 'include withdrawn testimonies')
    .action((dir: string, o: { json?: boolean; all?: boolean }) => {
      using(withArchive(dir, 'open'), (a) => {
        const rows = allRows(a, !!o.all);
        print(rows.map(listRow), !!o.json, () => formatTable(rows));
      });
    });

  program
    .command('show <dir> <ref>')
    .description('show one testimony by reference code')
    .option('--json', 'print the whole record as JSON (the shape `add` accepts)')
    .action((dir: string, ref: string, o: { json?: boolean }) => {
      using(withArchive(dir, 'open'), (a) => {
        const t = a.call('testimonies.get', { ref });
        print(t, !!o.json, () => formatTestimony(t));
      });
    });

  program
    .command('add <dir>')
    .description('add testimonies from a JSON array (all or none are saved)')
    .requiredOption('--json <file>', 'a file with a JSON array of testimonies, or - for standard input')
    .action((dir: string, o: { json: string }) => {
      const items = readJsonInput(o.json);
      if (!Array.isArray(items)) throw new CliError('The JSON must be an array of testimonies, e.g. [{ "title": "…", "type": "audio" }]', 2);
      using(withArchive(dir, 'open'), (a) => {
        const created = a.call('testimonies.createMany', { items: items as never });
        process.stdout.write(`${created.map((t) => `Added ${t.ref} — ${t.title}`).join('\n')}\n`);
      });
    });

  addSearchCommand(program);
  addImportCommand(program);
  addExportCommand(program);
  addThemesCommand(program);
  addMarkersCommand(program);
  addReportCommand(program);
  addVerifyCommand(program);
  addVerifyBagCommand(program);
  addBackupCommand(program);
  addUsersCommand(program);
  return program;
}

/** Runs the CLI and returns the exit code: 0 success, 2 bad usage or input, 1 other failure. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return 0;
      return 2;
    }
    if (e instanceof CliError) {
      process.stderr.write(`tessera: ${e.message.split('\n')[0]}\n`);
      return e.exitCode;
    }
    process.stderr.write(`tessera: ${(e as Error).message?.split('\n')[0] ?? String(e)}\n`);
    return 1;
  }
}
