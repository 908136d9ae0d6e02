import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ParsedInput, Output } from '../../../shared/api';
import { ARCHIVISTS } from '../../../shared/api/define';
import { createCtx, type Session } from '../context';
import { ArchiveError } from '../db/errors';
import { DB_FILE } from '../db/open';
import { nativeBindingPath } from '../db/native';
import type { HandlersOf } from '../handlers';
import type { Workspace } from '../workspace';
import { latestBackup, listBackups } from './layout';
import { backupPath, restoreArchive } from './restore';
import { startBackup } from './start';
import { verifyBackup } from './verify';

/** backups.list and backups.create, on the open archive. */
export const backupHandlers: HandlersOf<'backups.list' | 'backups.create'> = {
  'backups.list': (ctx) => listBackups(ctx.dir),
  'backups.create': (ctx) => startBackup(ctx, 'manual'),
};

/**
 * Why the database in an archive folder that is not open cannot be used, or null: the same test
 * openArchive makes (an empty file, a file SQLite does not recognise, quick_check), read-only and
 * without the folder's lock, so asking never changes anything.
 */
export function damageOf(dir: string): string | null {
  const file = path.join(dir, DB_FILE);
  if (!existsSync(file)) return null;
  if (statSync(file).size === 0) return `${DB_FILE} is empty`;
  let db: Database.Database | undefined;
  try {
    const nativeBinding = nativeBindingPath();
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const check = String(db.pragma('quick_check', { simple: true }));
    return check === 'ok' ? null : check.split('\n').find((l) => l.trim() && !l.startsWith('***')) ?? check;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' ? 'SQLite does not recognise the file: truncated or overwritten' : null;
  } finally {
    db?.close();
  }
}

type BackupStatus = Output<'workspace.backupStatus'>;
type RestoreAnswer = Output<'workspace.restoreBackup'>;

function backupStatus(ws: Workspace, input: ParsedInput<'workspace.backupStatus'>): BackupStatus {
  const dir = path.resolve(input.path);
  const problem = ws.current()?.dir === dir ? null : damageOf(dir);
  return { damaged: problem !== null, problem, latest: latestBackup(dir) };
}

/**
 * Restores a backup in one action and opens the archive again. A healthy archive may be restored
 * only by an administrator or archivist signed in to it (it is open); a damaged one, which nobody
 * can sign in to, by whoever is at the computer, since the damaged file is kept aside and the
 * backup is one the archive made itself. The restore is recorded in the restored archive's log.
 */
function restoreBackup(ws: Workspace, session: Session | null, input: ParsedInput<'workspace.restoreBackup'>): RestoreAnswer {
  const dir = path.resolve(input.path);
  const open = ws.current();
  const isOpen = open?.dir === dir;
  const problem = isOpen ? null : damageOf(dir);
  if (problem === null) {
    if (!session || !ARCHIVISTS.includes(session.user.role)) throw new ArchiveError('forbidden', 'Only an administrator or archivist signed in to this archive may restore one of its backups.');
    if (!isOpen) throw new ArchiveError('conflict', `${dir} is not damaged. Open it and sign in as an administrator or archivist to restore one of its backups.`, 'path');
  }
  // A backup that is not there, or not whole, is refused before the archive is closed.
  verifyBackup(backupPath(dir, input.backup));
  if (isOpen) ws.close();
  let restored;
  try {
    restored = restoreArchive(dir, input.backup, { damaged: problem !== null });
  } catch (e) {
    if (isOpen) ws.open(dir);
    throw e;
  }
  const archive = ws.open(dir);
  const who: Session = session ?? { user: { name: 'Tessera (restore of a damaged archive)', role: 'administrator' } };
  const ctx = createCtx({ ...archive, isDefault: false }, who, 'workspace.restoreBackup');
  archive.db
    .transaction(() =>
      ctx.audit({
        action: 'restore',
        entityType: 'archive',
        entityId: restored.restored.name,
        changes: [
          { field: 'backup', old: null, new: restored.restored.path },
          { field: 'keptAs', old: null, new: restored.keptAs },
          { field: 'damaged', old: null, new: problem },
        ],
      }),
    )
    .immediate();
  return { ...restored, path: dir };
}

export const backupWorkspaceHandlers = {
  'workspace.backupStatus': (ws: Workspace, _session: Session | null, input: ParsedInput<'workspace.backupStatus'>) => backupStatus(ws, input),
  'workspace.restoreBackup': restoreBackup,
};
