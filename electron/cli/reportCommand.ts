import path from 'node:path';
import type { Command } from 'commander';
import { REPORT_EDITIONS, type ReportEdition, type ReportRow } from '../../shared/model/reports';
import { follow } from './follow';
import { CliError, print, withArchive, type CliArchive } from './run';

/**
 * `tessera report <dir> --out <file.pdf> [--report <id>] [--edition public|confidential]`: the
 * final report as a PDF, written by the same job as the app's. Without --report the archive's only
 * report is printed; with several, the command lists them so the person can choose.
 */

/** `<id> “Title”; <id> “Title”` — on one line, as the CLI reports an error in one line. */
function listing(rows: readonly ReportRow[]): string {
  return rows.map((r) => `${r.id} “${r.title}”`).join('; ');
}

/** The report to print: the one named, or the only one. */
export function chooseReport(rows: readonly ReportRow[], wanted: string | undefined): ReportRow {
  if (wanted !== undefined) {
    const key = wanted.trim().toLowerCase();
    const found = rows.find((r) => r.id.toLowerCase() === key);
    if (found) return found;
    const list = rows.length ? ` The reports are: ${listing(rows)}.` : ' This archive has no reports yet.';
    throw new CliError(`There is no report with the id ${wanted}.${list}`, 2);
  }
  const [only, ...more] = rows;
  if (!only) throw new CliError('This archive has no reports yet: write one in Tessera first, then print it.', 2);
  if (more.length) throw new CliError(`This archive has ${rows.length} reports; say which with --report <id>: ${listing(rows)}.`, 2);
  return only;
}

export function addReportCommand(program: Command): void {
  program
    .command('report <dir>')
    .description('write the final report as a PDF, in the public or the confidential edition')
    .requiredOption('--out <file.pdf>', 'write the PDF here (a new file)')
    .option('--report <id>', 'the report to print (default: the only report in the archive)')
    .option('--edition <edition>', `${REPORT_EDITIONS.join(' or ')} (public leaves out restricted testimonies, redacted passages and names given without consent)`, 'public')
    .option('--json', 'print the finished job as JSON')
    .action(async (dir: string, o: { out: string; report?: string; edition: string; json?: boolean }) => {
      if (!(REPORT_EDITIONS as readonly string[]).includes(o.edition)) throw new CliError(`There is no edition "${o.edition}". Use --edition ${REPORT_EDITIONS.join(' or ')}.`, 2);
      const edition = o.edition as ReportEdition;
      const a: CliArchive = withArchive(dir, 'open');
      try {
        const report = chooseReport(a.call('reports.list', {}), o.report);
        const started = a.call('reports.export', { id: report.id, edition, out: path.resolve(o.out) });
        const job = await follow(a, started);
        if (job.state !== 'done' || !job.result) throw new CliError(job.error ?? 'The PDF was not written.', 1);
        const result = job.result;
        print(job, !!o.json, () => `Wrote ${result.path}\n${result.summary}`);
      } finally {
        a.close();
      }
    });
}
