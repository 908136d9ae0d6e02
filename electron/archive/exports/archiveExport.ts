import type { ParsedInput } from '../../../shared/api';
import type { ArchiveExportFormat } from '../../../shared/api/exports';
import type { Job } from '../../../shared/api/jobs';
import { FULL_EXPORT_REFUSED, mayExportFull, NOT_AVAILABLE } from '../../../shared/model/access';
import { readableWhere, readParams, readsEverything } from '../access/readable';
import type { Change, Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import type { OutputKind } from './destination';
import { EXPORT_WRITERS } from './formats';
import { startExport } from './startExport';

/**
 * exports.start: who may export what, then the job. The full scope is for the roles
 * shared/model/access.ts allows (never cataloguers); the JSON archive is always the full scope
 * (it is the whole archive, to be loaded again); a selection must name testimonies the caller may
 * read, and is refused whole otherwise, with the same words as a record that does not exist. The
 * export is audited and written through startExport: by default a new name under
 * `<archive>/exports/`, and the result appears at its destination only when it is whole.
 */

const WORDS: Record<ArchiveExportFormat, { title: string; base: string; noun: string; example: string }> = {
  csv: { title: 'CSV export', base: 'csv', noun: 'folder', example: 'Testimonies CSV' },
  dc: { title: 'Dublin Core export', base: 'dublin-core', noun: 'XML file', example: 'Dublin Core.xml' },
  json: { title: 'JSON archive export', base: 'archive-json', noun: 'folder', example: 'Archive JSON' },
  bagit: { title: 'BagIt package', base: 'bag', noun: 'folder', example: 'Transfer bag' },
};

/** Where the format's export goes, as the destination checks need it. */
export function outputKind(format: ArchiveExportFormat): OutputKind {
  const w = WORDS[format];
  return { ext: EXPORT_WRITERS[format].ext, noun: w.noun, example: w.example };
}

/** The chosen testimonies' references, refusing the whole selection if one is unknown or not the caller's to read. */
function checkSelection(ctx: Ctx, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new ArchiveError('invalid_input', 'Choose at least one testimony to export, or export them all.', 'testimonyIds');
  const role = ctx.session.user.role;
  const found = ctx.db
    .prepare(`SELECT t.id, t.ref FROM json_each(@ids) j JOIN testimonies t ON t.id = j.value WHERE ${readableWhere('t', role)} ORDER BY t.ref_sort, t.id`)
    .all({ ids: JSON.stringify(unique), ...readParams() }) as { id: string; ref: string }[];
  if (found.length !== unique.length) {
    const missing = unique.length - found.length;
    const what = missing === 1 ? 'One of the chosen testimonies' : `${missing} of the chosen testimonies`;
    throw new ArchiveError('not_found', readsEverything(role) ? `${what} is not in this archive. Nothing was exported.` : `${NOT_AVAILABLE} (${what.toLowerCase()}). Nothing was exported.`, 'testimonyIds');
  }
  return found.map((r) => r.ref);
}

/** A selection in the audit log: its references, or how many when they are too many to list. */
function auditedSelection(refs: string[] | null): Change[] {
  if (refs === null) return [];
  return [{ field: 'testimonies', old: null, new: refs.length <= 500 ? refs : `${refs.length.toLocaleString('en')} testimonies` }];
}

export function startArchiveExport(ctx: Ctx, input: ParsedInput<'exports.start'>): Job {
  const { format, scope } = input;
  if (scope === 'full' && !mayExportFull(ctx.session.user.role)) throw new ArchiveError('forbidden', FULL_EXPORT_REFUSED);
  if (format === 'json' && scope !== 'full') {
    throw new ArchiveError('invalid_input', 'The JSON export is the complete archive, to be loaded into another one, so it has no public scope. Choose the full scope (an archivist’s export), or CSV, Dublin Core or BagIt for a public export.', 'scope');
  }
  if (format === 'json' && input.testimonyIds !== undefined) {
    throw new ArchiveError('invalid_input', 'The JSON export is always the whole archive (a selection would leave out records it links to). Export a selection as CSV, Dublin Core or BagIt instead.', 'testimonyIds');
  }
  const refs = input.testimonyIds === undefined ? null : checkSelection(ctx, input.testimonyIds);
  const testimonyIds = input.testimonyIds === undefined ? null : [...new Set(input.testimonyIds)];
  const w = WORDS[format];
  return startExport(ctx, {
    out: input.out,
    output: outputKind(format),
    defaultBase: format === 'json' ? w.base : `${w.base}-${scope}`,
    format,
    scope,
    audited: auditedSelection(refs),
    kind: 'archive-export',
    title: `${w.title} (${scope}${refs ? `, ${refs.length === 1 ? '1 testimony' : `${refs.length.toLocaleString('en')} testimonies`}` : ''})`,
    params: ({ dbFile, workPath }) => ({ dbFile, archiveDir: ctx.dir, format, scope, testimonyIds, workPath, generatedAt: ctx.now }),
  });
}
