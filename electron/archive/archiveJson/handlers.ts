import type { ParsedInput } from '../../../shared/api';
import type { Job } from '../../../shared/api/jobs';
import type { Ctx } from '../context';
import type { HandlersOf } from '../handlers';
import { jobsFor } from '../jobs/registry';
import { readSettings } from '../settings/settings';
import { assertEmpty } from './empty';
import { assertSchema, checkArchive, loadArchive } from './load';
import { loadProgress } from './progress';
import { headerOf, resolveSource } from './source';

/**
 * imports.archive: what can be checked at once is (the path, the export's format and schema
 * version, an empty archive), then the 'archive-import' job does the rest in its worker: it calls
 * imports.loadArchive through a router of its own, which checks the whole export and loads it in
 * one transaction. The request's audit record is written now; like the rest of this archive's
 * log it is replaced by the source's log, and the import's own record, appended after that log,
 * says what was replaced (entries and last hash) so the replacement is itself on record.
 */

function startArchiveImport(ctx: Ctx, input: ParsedInput<'imports.archive'>): Job {
  const source = resolveSource(input.path);
  const header = headerOf(source);
  assertSchema(ctx.db, header);
  assertEmpty(ctx.db);
  const id = crypto.randomUUID();
  ctx.audit({
    action: 'import',
    entityType: 'archive',
    entityId: id,
    changes: [
      { field: 'source', old: null, new: source.folder },
      { field: 'archiveName', old: null, new: header.archiveName },
      { field: 'exportedAt', old: null, new: header.exportedAt },
    ],
  });
  return jobsFor(ctx.db).start({ kind: 'archive-import', title: `Import of the JSON archive ${header.archiveName}`, params: { archiveDir: ctx.dir, jobId: id, session: ctx.session, path: source.file } }, id);
}

function loadArchiveNow(ctx: Ctx, input: ParsedInput<'imports.loadArchive'>) {
  const source = resolveSource(input.path);
  assertEmpty(ctx.db);
  const before = readSettings(ctx.db).archiveName;
  const io = loadProgress();
  const checked = checkArchive(ctx.db, source, io);
  const loaded = loadArchive(ctx, source, checked, io);
  const sourceLog = ctx.db.prepare("SELECT count(*) AS entries, coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '') AS lastHash FROM audit_log").get() as { entries: number; lastHash: string };
  ctx.audit({
    action: 'import',
    entityType: 'archive',
    entityId: input.jobId,
    changes: [
      { field: 'source', old: null, new: source.folder },
      { field: 'archiveName', old: before, new: loaded.header.archiveName },
      { field: 'exportedAt', old: null, new: loaded.header.exportedAt },
      { field: 'rows', old: null, new: loaded.rows },
      { field: 'files', old: null, new: loaded.files },
      // The log this archive had (its creation, the request for this import) and the source's that replaced it.
      { field: 'auditLog', old: loaded.replacedLog, new: sourceLog },
    ],
  });
  return { archiveName: loaded.header.archiveName, rows: loaded.rows, files: loaded.files, auditEntries: sourceLog.entries + 1 };
}

export const archiveJsonHandlers: HandlersOf<'imports.archive' | 'imports.loadArchive'> = {
  'imports.archive': startArchiveImport,
  'imports.loadArchive': loadArchiveNow,
};
