import path from 'node:path';
import type { Command } from 'commander';
import { ARCHIVE_EXPORT_FORMATS, EXPORT_SCOPES, type ArchiveExportFormat, type ExportScope } from '../../shared/api/exports';
import type { Job } from '../../shared/api/jobs';
import { follow } from './follow';
import { CliError, print, withArchive, type CliArchive } from './run';

/**
 * `tessera export <dir> --format csv|dc|json|bagit|reading-room [--out <path>] [--scope public|full]`:
 * starts the export job through the router, like the app, and follows it with jobs.get until it
 * ends. Progress goes to standard error, the result to standard output. Ctrl-C cancels the job,
 * which leaves nothing behind. The reading room is always public; the others default to public.
 */

export const EXPORT_FORMATS = [...ARCHIVE_EXPORT_FORMATS, 'reading-room'] as const;

const MADE: Record<ArchiveExportFormat, string> = {
  csv: 'Wrote the CSV export',
  dc: 'Wrote the Dublin Core export',
  json: 'Wrote the JSON archive',
  bagit: 'Made the BagIt package',
};

function start(a: CliArchive, format: string, scope: ExportScope, out: string): { job: Job; made: string } {
  if (format === 'reading-room') {
    if (scope !== 'public') throw new CliError('The reading room holds only what may be published: it has no full scope. Leave out --scope, or choose another --format.', 2);
    return { job: a.call('exports.readingRoom', { out }), made: 'Built the reading room' };
  }
  const f = format as ArchiveExportFormat;
  return { job: a.call('exports.start', { format: f, scope, out }), made: MADE[f] };
}

export function addExportCommand(program: Command): void {
  program
    .command('export <dir>')
    .description(
      'export the archive: csv (testimonies, people and themes), dc (Dublin Core XML), json (the complete archive), bagit (a transfer package), reading-room (a static, searchable folder of the public testimonies)',
    )
    .requiredOption('--format <format>', `what to make: ${EXPORT_FORMATS.join(', ')}`)
    .option('--out <path>', 'the new folder (or .xml file, for dc) to create (default: a new name in the archive’s exports/ folder)')
    .option('--scope <scope>', 'public: only what may be published, redacted; full: everything (archivists)', 'public')
    .option('--json', 'print the finished job as JSON')
    .action(async (dir: string, o: { format: string; out?: string; scope: string; json?: boolean }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(o.format)) {
        throw new CliError(`There is no export format "${o.format}". Use --format ${EXPORT_FORMATS.join(', ')}.`, 2);
      }
      if (!(EXPORT_SCOPES as readonly string[]).includes(o.scope)) {
        throw new CliError(`There is no export scope "${o.scope}". Use --scope ${EXPORT_SCOPES.join(' or ')}.`, 2);
      }
      const a = withArchive(dir, 'open');
      try {
        const started = start(a, o.format, o.scope as ExportScope, o.out ? path.resolve(o.out) : '');
        const job = await follow(a, started.job);
        if (job.state !== 'done' || !job.result) throw new CliError(job.error ?? 'The export did not finish.', 1);
        const result = job.result;
        print(job, !!o.json, () => `${started.made} in ${result.path}\n${result.summary}`);
      } finally {
        a.close();
      }
    });
}
