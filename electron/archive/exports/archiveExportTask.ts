import { openReadOnly } from '../db/readOnly';
import type { Task } from '../jobs/protocol';
import { EXPORT_WRITERS } from './formats';

/**
 * The 'archive-export' job, in the worker thread: the database opened read-only, one read
 * transaction around the whole export (so every file of it shows the same moment of the archive,
 * even while the app goes on writing, and even when a writer awaits, as the bag's hashing does),
 * and the format's writer filling the hidden work path that the runner renames into place when
 * this returns.
 */
export const runArchiveExport: Task<'archive-export'> = async (p, io) => {
  const db = openReadOnly(p.dbFile);
  try {
    db.exec('BEGIN');
    const summary = await EXPORT_WRITERS[p.format].write({
      db,
      archiveDir: p.archiveDir,
      out: p.workPath,
      scope: p.scope,
      testimonyIds: p.testimonyIds,
      generatedAt: p.generatedAt,
      io,
    });
    db.exec('COMMIT');
    return { summary };
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
  }
};
