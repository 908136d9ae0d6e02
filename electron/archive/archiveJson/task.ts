import type { Session } from '../context';
import { openJobConnection } from '../db/open';
import { humanSize } from '../exports/bagit/layout';
import type { Task } from '../jobs/protocol';
import { createRouter } from '../router';
import { workspaceOf } from '../workspaceOf';
import { withLoadProgress } from './progress';

/**
 * The 'archive-import' job, in its worker thread: the whole load is one imports.loadArchive call
 * through a router of its own on its own connection, as the person who asked (validated,
 * authorised, one transaction, audited), with the job's progress lent to it for the call.
 */

export interface ArchiveImportParams {
  archiveDir: string;
  /** The job (and the id its audit records carry). */
  jobId: string;
  session: Session;
  /** The export's archive.json. */
  path: string;
}

export const runArchiveImport: Task<'archive-import'> = (p, io) => {
  const archive = openJobConnection(p.archiveDir);
  try {
    const router = createRouter(workspaceOf(archive), () => undefined);
    const r = withLoadProgress(io, () => router.call(p.session, 'imports.loadArchive', { jobId: p.jobId, path: p.path }));
    if (!r.ok) throw new Error(r.error.message);
    const { archiveName, rows, files, auditEntries } = r.value;
    const bytes = archive.db.prepare('SELECT coalesce(sum(bytes), 0) FROM files').pluck().get() as number;
    return {
      summary:
        `Imported the JSON archive ${archiveName}: ${rows.toLocaleString('en')} rows with their ids, versions and dates, and ${files.toLocaleString('en')} stored ${files === 1 ? 'file' : 'files'} (${humanSize(bytes)}), each checked against its SHA-256. ` +
        `The search index was rebuilt; the audit log (${auditEntries.toLocaleString('en')} entries) is the source’s, unbroken, with this import recorded last.`,
    };
  } finally {
    archive.close();
  }
};
