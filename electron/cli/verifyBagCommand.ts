import type { Command } from 'commander';
import { verifyBag } from '../archive/exports/bagit/verify';
import { CliError, print } from './run';

/**
 * `tessera verify-bag <path> [--json]`: checks a BagIt package as RFC 8493 says (complete and
 * valid: every manifest entry present with the right digest, every payload file listed,
 * Payload-Oxum, the tag manifests). It opens no archive and needs no sign-in: a bag is checked
 * where it arrives, by whoever received it. Exit 0 when the bag is valid, 1 when it is not.
 */
const MB = 1024 * 1024;
/** "0.32", "12.5", "2,048": two decimals for small bags, so a bag of a few KB does not read "0.0 MB". */
const megabytes = (bytes: number) => (bytes < 10 * MB ? (bytes / MB).toFixed(2) : (bytes / MB).toLocaleString('en', { maximumFractionDigits: 1 }));

export function addVerifyBagCommand(program: Command): void {
  program
    .command('verify-bag <path>')
    .description('check a BagIt package (RFC 8493): complete and valid, every file against its SHA-256 and SHA-512 (exit 1 if not)')
    .option('--json', 'print JSON: { valid, complete, problems, files, bytes }')
    .action((bag: string, o: { json?: boolean }) => {
      const report = verifyBag(bag);
      print(report, !!o.json, () =>
        report.valid
          ? `Valid bag: ${report.files.toLocaleString('en')} ${report.files === 1 ? 'file' : 'files'}, ${megabytes(report.bytes)} MB`
          : [`Not a valid bag (${report.complete ? 'complete, but a digest does not match' : 'incomplete'}):`, ...report.problems.map((p) => `  ${p}`)].join('\n'),
      );
      if (!report.valid) throw new CliError(report.problems[0] ?? 'The bag is not valid.', 1);
    });
}
