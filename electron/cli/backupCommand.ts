import path from 'node:path';
import type { Command } from 'commander';
import { createCtx } from '../archive/context';
import { ArchiveError } from '../archive/db/errors';
import { openArchive } from '../archive/db/open';
import { damageOf } from '../archive/backup/handlers';
import { restoreArchive, type Restored } from '../archive/backup/restore';
import { backupArchive } from '../archive/backup/write';
import { cliUserName } from './credentials';
import { CliError, exitCodeFor, print } from './run';

/**
 * `tessera backup` and `tessera restore` work on the archive's files, like `tessera verify`, not
 * through a signed-in session: a backup reads the database through its own read-only connection
 * (so it works while the app has the archive open), and a restore must work on an archive too
 * damaged to sign in to. Whoever may run them may copy the folder anyway. A restore takes the
 * archive's lock (it refuses while the app has the archive open) and is recorded in the restored
 * archive's audit log under the command-line user's name.
 */

function asCliError(e: unknown): unknown {
  return e instanceof ArchiveError ? new CliError(e.message, exitCodeFor(e.toApiError())) : e;
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function addBackupCommand(program: Command): void {
  program
    .command('backup <dir>')
    .description('make a verified backup of the archive (database and stored files) in its backups folder, or in --out')
    .option('--out <folder>', 'where to write the backup folder (it must not exist yet)')
    .option('--json', 'print JSON: { name, path, createdAt, kind, schemaVersion, files, bytes, verifiedAt }')
    .action(async (dir: string, o: { out?: string; json?: boolean }) => {
      const damage = damageOf(path.resolve(dir));
      if (damage) throw new CliError(`The archive database in ${path.resolve(dir)} is damaged (${damage}), so it cannot be backed up. Restore a backup instead: tessera restore <dir> <backup>.`, 1);
      let info;
      try {
        info = await backupArchive(dir, { out: o.out });
      } catch (e) {
        throw asCliError(e);
      }
      print(info, !!o.json, () => `Backed up ${dir} to ${info.path}: the database and ${info.files} stored file${info.files === 1 ? '' : 's'} (${megabytes(info.bytes)}), verified with integrity_check.`);
    });

  program
    .command('restore <dir> <backup>')
    .description('put a verified backup (its name in the backups folder, or its path) in place of the archive’s database; the current one is kept aside, never deleted')
    .option('--json', 'print JSON: { restored, keptAs }')
    .action((dir: string, backup: string, o: { json?: boolean }) => {
      const abs = path.resolve(dir);
      const damage = damageOf(abs);
      let result: Restored | undefined;
      try {
        result = restoreArchive(abs, backup, { damaged: damage !== null });
        const archive = openArchive(abs);
        try {
          const ctx = createCtx({ ...archive, isDefault: false }, { user: { name: `${cliUserName()} (command line)`, role: 'administrator' } }, 'restore');
          archive.db
            .transaction(() =>
              ctx.audit({
                action: 'restore',
                entityType: 'archive',
                entityId: result?.restored.name ?? '',
                changes: [
                  { field: 'backup', old: null, new: result?.restored.path ?? '' },
                  { field: 'keptAs', old: null, new: result?.keptAs ?? null },
                  { field: 'damaged', old: null, new: damage },
                ],
              }),
            )
            .immediate();
        } finally {
          archive.close();
        }
      } catch (e) {
        throw asCliError(e);
      }
      const r = result;
      print(r, !!o.json, () =>
        [`Restored ${abs} from ${r.restored.name} (made ${r.restored.createdAt}).`, r.keptAs ? `The database that was there is kept as ${path.join(abs, r.keptAs)}.` : 'There was no database there before.'].join('\n'),
      );
    });
}
