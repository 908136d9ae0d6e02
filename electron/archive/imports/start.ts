import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ParsedInput } from '../../../shared/api';
import type { CsvPreview } from '../../../shared/api/imports';
import type { Job } from '../../../shared/api/jobs';
import type { Ctx } from '../context';
import { DB_FILE } from '../db/open';
import { ArchiveError } from '../db/errors';
import { prepareWork } from '../exports/destination';
import { jobsFor } from '../jobs/registry';
import { mappingFor, rememberMapping } from './mapping';
import { problemText } from './plan';
import { readCsvFile } from './read/csvFile';
import { reportPathFor } from './report';

/** imports.csvPreview and imports.start: the two doors of an import before its job runs. */

const PREVIEW_ROWS = 20;

/** A path the person chose: whole, and there. Errors name the field (`path`, `paths.2`). */
function chosen(p: string, field: string, archiveDir: string): string {
  if (p.includes('\0') || !path.isAbsolute(p)) throw new ArchiveError('invalid_input', `Give the whole path of the file or folder to import, not “${p.slice(0, 200)}”.`, field);
  const abs = path.resolve(p);
  if (!existsSync(abs)) throw new ArchiveError('invalid_input', `There is no file or folder at ${abs}. Check the name and try again.`, field);
  const rel = path.relative(archiveDir, abs);
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new ArchiveError('invalid_input', `${abs} is inside the archive folder. Import files from outside it; the archive keeps its own copies.`, field);
  }
  return abs;
}

export function previewCsv(ctx: Ctx, i: ParsedInput<'imports.csvPreview'>): CsvPreview {
  const file = chosen(i.path, 'path', ctx.dir);
  if (!statSync(file).isFile()) throw new ArchiveError('invalid_input', `${file} is a folder. Choose a CSV file.`, 'path');
  let csv;
  try {
    csv = readCsvFile(file, i.encoding);
  } catch (e) {
    throw new ArchiveError('invalid_input', problemText(e), 'path');
  }
  const { mapping, remembered } = mappingFor(ctx.db, csv.columns);
  return {
    path: file,
    fileName: path.basename(file),
    bytes: statSync(file).size,
    encoding: csv.encoding,
    encodingNote: csv.encodingNote,
    delimiter: csv.delimiter,
    columns: csv.columns,
    rows: csv.records.slice(0, PREVIEW_ROWS).map((r) => r.cells),
    rowCount: csv.records.length,
    mapping,
    mappingRemembered: remembered,
    notes: csv.notes,
  };
}

const REPORT_FILE = { ext: '.csv', noun: 'report', example: 'report.csv' } as const;

/**
 * Starts an import job: the paths checked, the mapping remembered when asked (for files with the
 * columns it names; not by a dry run, which changes nothing), the start audited (action `import`, naming the report to come), then the job,
 * whose result is the report CSV in `<archive>/imports/`.
 */
export function startImport(ctx: Ctx, i: ParsedInput<'imports.start'>): Job {
  const paths = i.paths.map((p, n) => chosen(p, `paths.${n}`, ctx.dir));
  // A dry run changes nothing, the remembered mapping included: the import that follows remembers it.
  if (!i.dryRun && i.mapping && i.rememberMapping && Object.keys(i.mapping).length > 0) rememberMapping(ctx.db, Object.keys(i.mapping), i.mapping, ctx.now);
  const id = crypto.randomUUID();
  const reportFile = reportPathFor(ctx.dir, new Date(ctx.now));
  const workFile = prepareWork(reportFile, id, REPORT_FILE);
  try {
    ctx.audit({
      action: 'import',
      entityType: 'archive',
      entityId: id,
      changes: [
        { field: 'paths', old: null, new: paths },
        { field: 'dryRun', old: null, new: i.dryRun },
        { field: 'encoding', old: null, new: i.encoding },
        { field: 'mapping', old: null, new: i.mapping ?? null },
        { field: 'report', old: null, new: reportFile },
      ],
    });
    const count = paths.length === 1 ? path.basename(paths[0] as string) : `${paths.length} files and folders`;
    return jobsFor(ctx.db).start(
      {
        kind: 'import',
        title: `${i.dryRun ? 'Import dry run' : 'Import'} of ${count}`,
        params: {
          archiveDir: ctx.dir,
          dbFile: path.join(ctx.dir, DB_FILE),
          jobId: id,
          session: ctx.session,
          paths,
          mapping: i.mapping ?? null,
          encoding: i.encoding,
          dryRun: i.dryRun,
          reportFile,
          workFile,
        },
        output: { workDir: workFile, finalDir: reportFile },
      },
      id,
    );
  } catch (e) {
    rmSync(workFile, { force: true });
    throw e;
  }
}
