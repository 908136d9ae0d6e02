import path from 'node:path';
import type { Command } from 'commander';
import type { MarkerRow } from '../../shared/model/markers';
import { PDF_EDITIONS } from '../../shared/model/markers';
import { STATUS_LABELS } from '../../shared/model/markerWorkflow';
import { follow } from './follow';
import { CliError, print, withArchive, type CliArchive } from './run';

/**
 * `tessera markers <dir> --list [--json]`: the memorials and markers, one line each (JSON: an array
 * of { ref, title, status, type }).
 * `tessera markers <dir> --out <file.pdf> [--marker <ref>] [--edition public|confidential]`: the
 * record sheet of one marker, or the register of all of them, written by the same job as the app's.
 */

function allMarkers(a: CliArchive): MarkerRow[] {
  const rows: MarkerRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = a.call('markers.list', { offset, limit: 500 });
    rows.push(...page.items);
    if (rows.length >= page.total || page.items.length === 0) return rows;
  }
}

export function formatMarkerList(rows: readonly MarkerRow[]): string {
  if (rows.length === 0) return 'There are no memorials or markers in this archive yet.';
  const refWidth = Math.max(...rows.map((r) => r.ref.length));
  return rows.map((r) => `${r.ref.padEnd(refWidth)}  ${STATUS_LABELS[r.status].padEnd(10)}  ${r.title}`).join('\n');
}

function markerIdFor(a: CliArchive, ref: string): string {
  const found = allMarkers(a).find((r) => r.ref.toLowerCase() === ref.trim().toLowerCase());
  if (!found) throw new CliError(`There is no marker with the reference ${ref}. List them with: tessera markers <dir> --list`, 2);
  return found.id;
}

export function addMarkersCommand(program: Command): void {
  program
    .command('markers <dir>')
    .description('list the memorials and markers, or print one record sheet (--marker) or the register as a PDF (--out)')
    .option('--list', 'list the markers: reference, status, title')
    .option('--json', 'with --list: print JSON, an array of { ref, title, status, type }; with --out: the finished job')
    .option('--out <file.pdf>', 'write a PDF here (a new file)')
    .option('--marker <ref>', 'with --out: the record sheet of this marker (default: the register of all markers)')
    .option('--edition <edition>', `with --out: ${PDF_EDITIONS.join(' or ')} (public leaves out restricted testimonies and names given without consent)`, 'public')
    .action(async (dir: string, o: { list?: boolean; json?: boolean; out?: string; marker?: string; edition: string }) => {
      if (!o.list && !o.out) throw new CliError('Say what to do: --list, or --out <file.pdf> (with --marker <ref> for one record sheet).', 2);
      if (o.list && o.out) throw new CliError('Use --list or --out, not both.', 2);
      if (!(PDF_EDITIONS as readonly string[]).includes(o.edition)) throw new CliError(`There is no edition "${o.edition}". Use --edition ${PDF_EDITIONS.join(' or ')}.`, 2);
      const edition = o.edition as (typeof PDF_EDITIONS)[number];
      const a = withArchive(dir, 'open');
      try {
        if (o.list) {
          const rows = allMarkers(a);
          print(
            rows.map((r) => ({ ref: r.ref, title: r.title, status: r.status, type: r.type })),
            !!o.json,
            () => formatMarkerList(rows),
          );
          return;
        }
        const out = path.resolve(o.out as string);
        const started = o.marker
          ? a.call('markers.printSheet', { id: markerIdFor(a, o.marker), edition, out })
          : a.call('markers.printRegister', { edition, out });
        const job = await follow(a, started);
        if (job.state !== 'done' || !job.result) throw new CliError(job.error ?? 'The PDF was not written.', 1);
        const result = job.result;
        print(job, !!o.json, () => `Wrote ${result.path}\n${result.summary}`);
      } finally {
        a.close();
      }
    });
}
