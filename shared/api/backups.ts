import { z } from 'zod';
import { job } from './jobs';
import { ARCHIVISTS, method, READERS } from './define';

/**
 * Backups (issue 8): verified online copies of an archive in its backups/ folder, made on demand
 * and once a day while the archive is open, and restoring one in a single action.
 *
 * Restoring is a workspace method: the archive is closed, the backup put in place (the current
 * database is kept aside under a name that says so, never deleted) and the archive opened again.
 * It is also how a damaged archive, which nobody can sign in to, is brought back: without a
 * session it is allowed only for an archive that is damaged (workspace.backupStatus says so).
 */

export const BACKUP_KINDS = ['manual', 'scheduled'] as const;

export const backupInfo = z.object({
  /** The backup's folder name, e.g. "My-archive-2026-05-01T14-32-07Z.backup". */
  name: z.string(),
  path: z.string(),
  createdAt: z.string(),
  kind: z.enum(BACKUP_KINDS),
  schemaVersion: z.number().int(),
  /** Stored files (photos, documents) the backup holds copies or links of. */
  files: z.number().int(),
  bytes: z.number().int(),
  /** When integrity_check and the file check last passed on it. */
  verifiedAt: z.string(),
});
export type BackupInfo = z.output<typeof backupInfo>;

const folderPath = z.string().trim().min(1, { message: 'Give the archive folder' }).max(4096);
const backupName = z
  .string()
  .trim()
  .min(1, { message: 'Choose a backup' })
  .max(300)
  .refine((n) => !/[\\/\0]/.test(n) && n !== '.' && n !== '..', { message: 'Give the name of a backup in the archive’s backups folder' });

export const backupsApi = {
  'backups.list': method({ summary: 'The verified backups of the open archive, newest first', input: z.object({}), output: z.array(backupInfo), roles: ARCHIVISTS, kind: 'read', scope: 'archive' }),
  'backups.create': method({
    summary: 'Make a verified backup of the open archive now (a job)',
    input: z.object({}).default({}),
    output: job,
    roles: ARCHIVISTS,
    kind: 'write',
    scope: 'archive',
  }),
  'workspace.backupStatus': method({
    summary: 'Whether the archive in a folder is damaged, and its latest verified backup',
    input: z.object({ path: folderPath }),
    output: z.object({ damaged: z.boolean(), problem: z.string().nullable(), latest: backupInfo.nullable() }),
    roles: READERS,
    kind: 'read',
    scope: 'workspace',
  }),
  'workspace.restoreBackup': method({
    summary: 'Put a verified backup in place of an archive’s database (the current one is kept aside) and open it',
    input: z.object({ path: folderPath, backup: backupName }),
    /** The archive is open again afterwards; nobody is signed in to it yet when it was damaged. */
    output: z.object({ restored: backupInfo, keptAs: z.string().nullable(), path: z.string() }),
    roles: ARCHIVISTS,
    kind: 'read',
    scope: 'workspace',
  }),
} as const;
