import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import type { TestimonyRow } from '../../shared/model/testimony';
import { CliError, print, using, withArchive, type CliArchive } from './run';
import { addSearchCommand } from './searchCommand';
import { addExportCommand } from './exportCommand';
import { addThemesCommand } from './themesCommand';
import { addMarkersCommand } from './markersCommand';
import { addReportCommand } from './reportCommand';
import { addVerifyCommand } from './verifyCommand';
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

export function buildProgram(): Command {
  const program = new Command('tessera')
    .description('Tessera — an archive for truth and reconciliation commissions')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('init <dir>')
    .description('create a new, empty archive folder')
    .option('--name <name>', 'the archive’s name', 'Tessera archive')
    .action((dir: string, o: { name: string }) => {
      using(withArchive(dir, 'create', o.name), () => process.stdout.write(`Created archive ${o.name} in ${dir}\n`));
    });

  program
    .command('sample <dir>')
    .description('create a new archive folder filled with the fictional sample')
    .option('--json', 'print the counts as JSON')
    .action((dir: string, o: { json?: boolean }) => {
      using(withArchive(dir, 'create', 'Sample archive'), (a) => {
        const counts = a.call('archive.loadSample', {});
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
  addExportCommand(program);
  addThemesCommand(program);
  addMarkersCommand(program);
  addReportCommand(program);
  addVerifyCommand(program);
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
