import type { OpenArchive } from './db/open';
import { ArchiveError } from './db/errors';
import type { Workspace } from './workspace';

/**
 * A workspace of one archive that is already open, for a router of its own: a job's worker thread
 * writes through the router like everyone else (validated, authorised, in transactions, audited)
 * on its own connection. It cannot switch archives.
 */
export function workspaceOf(archive: OpenArchive): Workspace {
  const fixed = () => {
    throw new ArchiveError('invalid_input', 'This connection serves one archive only.');
  };
  const current = Object.assign(archive, { isDefault: false });
  return {
    dataDir: archive.dir,
    current: () => current,
    open: fixed,
    create: fixed,
    openDefault: fixed,
    recent: () => [],
    close: () => archive.close(),
  };
}
