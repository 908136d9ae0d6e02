import type { Job } from '../../../../shared/api/jobs';
import type { MarkerFilter, PdfEdition } from '../../../../shared/model/markers';
import { MARKER_STATUSES } from '../../../../shared/model/markers';
import { STATUS_LABELS } from '../../../../shared/model/markerWorkflow';
import type { Change, Ctx } from '../../context';
import { ArchiveError } from '../../db/errors';
import { mayExportFull } from '../../../../shared/model/access';
import type { OutputKind } from '../../exports/destination';
import { startExport } from '../../exports/startExport';
import { getMarker, markerIdsFor } from '../queries';
import { REGISTER_TITLE } from './register';
import { TYPE_LABELS } from './words';

/**
 * markers.printSheet and markers.printRegister: check who may print which edition, what is
 * printed and where it goes, record the export in the audit log, and start the job. The worker
 * writes a hidden work file beside the destination; the PDF only appears there, whole, when the
 * job is done.
 */

const PDF: OutputKind = { ext: '.pdf', noun: 'PDF file', example: 'Marker record sheet.pdf' };

/** A reference code as part of a file name: letters, digits, dot, dash and underscore. */
export function fileSafe(ref: string): string {
  return ref.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '') || 'marker';
}

function checkEdition(ctx: Ctx, edition: PdfEdition): void {
  // The confidential edition is the full scope: it lists every linked testimony, sealed ones too.
  if (edition === 'confidential' && !mayExportFull(ctx.session.user.role)) {
    throw new ArchiveError('forbidden', 'Your role may print the public edition only. The confidential edition (drafts, notes, restricted and sealed testimonies and withheld names) is for archivists and commissioners.');
  }
  if (edition === 'confidential' && ctx.session.user.role === 'researcher') {
    throw new ArchiveError('forbidden', 'Researchers may print the public edition only. The confidential edition (drafts, notes, restricted testimonies and withheld names) is for commission staff.');
  }
}

interface Start {
  document: 'sheet' | 'register';
  markerIds: string[];
  edition: PdfEdition;
  out: string;
  defaultBase: string;
  title: string;
  selection: string;
  audited: Change[];
}

function start(ctx: Ctx, s: Start): Job {
  return startExport(ctx, {
    out: s.out,
    output: PDF,
    defaultBase: s.defaultBase,
    format: s.document === 'sheet' ? 'pdf-marker-sheet' : 'pdf-marker-register',
    scope: s.edition,
    audited: s.audited,
    kind: 'marker-pdf',
    title: s.title,
    params: ({ dbFile, workPath }) => ({
      dbFile,
      archiveDir: ctx.dir,
      document: s.document,
      markerIds: s.markerIds,
      edition: s.edition,
      workFile: workPath,
      generatedAt: ctx.now,
      selection: s.selection,
    }),
  });
}

export function startMarkerSheet(ctx: Ctx, input: { id: string; edition: PdfEdition; out: string }): Job {
  checkEdition(ctx, input.edition);
  const m = getMarker(ctx.db, input.id);
  return start(ctx, {
    document: 'sheet',
    markerIds: [m.id],
    edition: input.edition,
    out: input.out,
    defaultBase: `marker-${fileSafe(m.ref)}-${input.edition}`,
    title: `Record sheet of ${m.ref} (${input.edition})`,
    selection: '',
    audited: [{ field: 'marker', old: null, new: m.ref }],
  });
}

/** The filter in words for the register's cover: "status proposed or approved; type plaque". */
function describeFilter(ctx: Ctx, f: MarkerFilter): string {
  const parts: string[] = [];
  if (f.statuses.length) parts.push(`status ${MARKER_STATUSES.filter((s) => f.statuses.includes(s)).map((s) => STATUS_LABELS[s].toLowerCase()).join(' or ')}`);
  if (f.types.length) parts.push(`type ${f.types.map((t) => TYPE_LABELS[t].toLowerCase()).join(' or ')}`);
  if (f.placeId) {
    const place = ctx.db.prepare('SELECT name FROM places WHERE id = ?').pluck().get(f.placeId) as string | undefined;
    parts.push(`in ${place ?? 'a place no longer in the archive'}`);
  }
  if (f.text) parts.push(`matching “${f.text}”`);
  return parts.length ? `those with ${parts.join('; ')}` : '';
}

export function startMarkerRegister(ctx: Ctx, input: { filter: MarkerFilter; edition: PdfEdition; out: string }): Job {
  checkEdition(ctx, input.edition);
  const ids = markerIdsFor(ctx.db, input.filter);
  if (ids.length === 0) {
    throw new ArchiveError('invalid_input', 'No markers match the filter, so there is nothing to print. Clear a filter or choose another, then print the register again.', 'filter');
  }
  const refs = ctx.db.prepare(`SELECT ref FROM markers WHERE id IN (SELECT value FROM json_each(?)) ORDER BY ref_sort, id`).pluck().all(JSON.stringify(ids)) as string[];
  return start(ctx, {
    document: 'register',
    markerIds: ids,
    edition: input.edition,
    out: input.out,
    defaultBase: `markers-register-${input.edition}`,
    title: `${REGISTER_TITLE} (${input.edition})`,
    selection: describeFilter(ctx, input.filter),
    audited: [{ field: 'markers', old: null, new: refs }],
  });
}
