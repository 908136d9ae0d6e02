import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ImportReport } from '../../shared/api/imports';
import { ARCHIVE_JSON } from '../archive/exports/json/format';
import { ENCODING_CHOICES, importMapping, type ImportMapping } from '../../shared/model/importFields';
import { follow } from './follow';
import { CliError, print, withArchive } from './run';

/**
 * `tessera import <dir> <path...>`: imports CSV files, transcripts and attachments (files or
 * folders) through the router's import job, like the app, following it to the end. Prints the
 * summary and every failed row; exits 1 when any source failed, so a script notices.
 *
 * A JSON archive export (its folder, which holds archive.json, or archive.json itself) is not a
 * folder of files to import: it is loaded whole into an empty archive by imports.archive.
 */

/** Whether a path is a JSON archive export: archive.json, or a folder holding one. */
function isJsonArchive(p: string): boolean {
  try {
    const s = statSync(p);
    if (s.isFile()) return path.basename(p) === ARCHIVE_JSON;
    return s.isDirectory() && statSync(path.join(p, ARCHIVE_JSON)).isFile();
  } catch {
    return false;
  }
}

/** Loads a JSON archive export through imports.archive and follows its job; prints its summary. */
async function importJsonArchive(dir: string, source: string, json: boolean): Promise<void> {
  const a = withArchive(dir, 'open');
  try {
    const job = await follow(a, a.call('imports.archive', { path: source }));
    if (job.state !== 'done' || !job.result) throw new CliError(job.error ?? 'The import of the JSON archive did not finish.', 1);
    const summary = job.result.summary;
    print(job, json, () => summary);
  } finally {
    a.close();
  }
}

function readMapping(file: string): ImportMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? 'it is not JSON';
    throw new CliError(`The mapping file ${file} cannot be read (${why}). Give a JSON object of column → field, e.g. {"Ref": "ref", "Title": "title"}.`, 2);
  }
  const parsed = importMapping.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`The mapping file ${file} is not a mapping of column → field${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}.`, 2);
  }
  return parsed.data;
}

function failedLines(report: ImportReport): string[] {
  return report.rows
    .filter((r) => r.outcome === 'failed')
    .map((r) => `  ${r.source}${r.line === null ? '' : ` line ${r.line}`}${r.field ? ` (${r.field})` : ''}: ${r.message}`);
}

export function addImportCommand(program: Command): void {
  program
    .command('import <dir> <paths...>')
    .description('import CSV files of testimony metadata, transcripts (.txt .md .docx .pdf .vtt .srt) and attachments, from files or folders; or load a JSON archive export (its folder or archive.json) into an empty archive')
    .option('--mapping <file>', 'a JSON file mapping CSV columns to fields, e.g. {"Ref": "ref", "Title": "title"} (default: the remembered or suggested mapping)')
    .option('--dry-run', 'check everything and report what would happen, writing nothing')
    .option('--encoding <encoding>', `the text encoding of the files: ${ENCODING_CHOICES.join(', ')}`, 'auto')
    .option('--json', 'print the report as JSON')
    .action(async (dir: string, paths: string[], o: { mapping?: string; dryRun?: boolean; encoding: string; json?: boolean }) => {
      if (!(ENCODING_CHOICES as readonly string[]).includes(o.encoding)) {
        throw new CliError(`There is no encoding "${o.encoding}". Use --encoding ${ENCODING_CHOICES.join(', ')}.`, 2);
      }
      const archives = paths.map((p) => path.resolve(p)).filter(isJsonArchive);
      if (archives.length > 0) {
        if (paths.length > 1 || o.mapping || o.dryRun) {
          throw new CliError(`${archives[0]} is a JSON archive export, which is loaded whole into an empty archive, on its own: give it as the only path, without --mapping or --dry-run.`, 2);
        }
        return importJsonArchive(dir, archives[0] as string, !!o.json);
      }
      const mapping = o.mapping ? readMapping(path.resolve(o.mapping)) : undefined;
      const a = withArchive(dir, 'open');
      try {
        const started = a.call('imports.start', {
          paths: paths.map((p) => path.resolve(p)),
          ...(mapping ? { mapping } : {}),
          encoding: o.encoding as (typeof ENCODING_CHOICES)[number],
          dryRun: !!o.dryRun,
          rememberMapping: !!mapping,
        });
        const job = await follow(a, started);
        if (job.state !== 'done' || !job.result) throw new CliError(job.error ?? 'The import did not finish.', 1);
        const report = a.call('imports.report', { jobId: job.id });
        const summary = job.result.summary;
        print({ ...report, summary }, !!o.json, () => [summary, ...(report.counts.failed ? ['Failed:', ...failedLines(report)] : [])].join('\n'));
        if (report.counts.failed > 0) throw new CliError(`${report.counts.failed} of the sources could not be imported (listed in the report: ${job.result.path}).`, 1);
      } finally {
        a.close();
      }
    });
}
