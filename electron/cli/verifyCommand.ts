import type { Command } from 'commander';
import { runChecks, type Check } from '../archive/audit/checks';
import { ArchiveError } from '../archive/db/errors';
import { openArchive } from '../archive/db/open';
import { CliError, exitCodeFor, print } from './run';

export function addVerifyCommand(program: Command): void {
  program
    .command('verify <dir>')
    .description('check the archive: database integrity, links between records, the search index, the audit chain and every stored file’s SHA-256 (exit 1 if any fails)')
    .option('--json', 'print JSON: { ok, checks: [{ name, ok, detail }] }')
    .action((dir: string, o: { json?: boolean }) => {
      let archive;
      try {
        archive = openArchive(dir);
      } catch (e) {
        if (e instanceof ArchiveError) throw new CliError(e.message, exitCodeFor(e.toApiError()));
        throw e;
      }
      let checks: Check[];
      try {
        checks = runChecks(archive.db, archive.dir);
      } finally {
        archive.close();
      }
      const ok = checks.every((c) => c.ok);
      print({ ok, checks }, !!o.json, () =>
        [...checks.map((c) => `${c.ok ? 'ok    ' : 'FAILED'}  ${c.name}: ${c.detail}`), ok ? `${dir} holds: every check passed.` : `${dir} failed verification.`].join('\n'),
      );
      const failed = checks.find((c) => !c.ok);
      if (failed) throw new CliError(`verification failed — ${failed.name}: ${failed.detail}`, 1);
    });
}
