import path from 'node:path';
import type { Command } from 'commander';
import { follow } from './follow';
import { CliError, print, withArchive } from './run';

/**
 * `tessera export <dir> --format reading-room [--out <folder>]`: starts the export job through
 * the router, like the app, and follows it with jobs.get until it ends. Progress goes to standard
 * error, the result to standard output. Ctrl-C cancels the job, which leaves nothing behind.
 */

export const EXPORT_FORMATS = ['reading-room'] as const;

export function addExportCommand(program: Command): void {
  program
    .command('export <dir>')
    .description('export the archive; reading-room: a static, searchable folder of the public testimonies that opens in any browser')
    .requiredOption('--format <format>', `what to make: ${EXPORT_FORMATS.join(', ')}`)
    .option('--out <folder>', 'the new folder to create (default: a new folder in the archive’s exports/ folder)')
    .option('--json', 'print the finished job as JSON')
    .action(async (dir: string, o: { format: string; out?: string; json?: boolean }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(o.format)) {
        throw new CliError(`There is no export format "${o.format}". Use --format ${EXPORT_FORMATS.join(' or ')}.`, 2);
      }
      const a = withArchive(dir, 'open');
      try {
        const job = await follow(a, a.call('exports.readingRoom', { out: o.out ? path.resolve(o.out) : '' }));
        if (job.state !== 'done' || !job.result) throw new CliError(job.error ?? 'The export did not finish.', 1);
        const result = job.result;
        print(job, !!o.json, () => `Built the reading room in ${result.path}\n${result.summary}`);
      } finally {
        a.close();
      }
    });
}
