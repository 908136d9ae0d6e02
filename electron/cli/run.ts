import type { ApiError, Input, MethodName, Output } from '../../shared/api';
import type { Session } from '../archive/context';
import { createRouter, type Router } from '../archive/router';
import { createWorkspace, type Workspace } from '../archive/workspace';
import { defaultDataDir } from '../archive/dataDir';
import { cliPassword, cliUserName, generatePassword } from './credentials';
import { CliError } from './errors';

export { CliError };

const BAD_INPUT: ApiError['code'][] = ['invalid_input', 'not_found', 'conflict', 'unknown_method'];

export function exitCodeFor(error: ApiError): 1 | 2 {
  return BAD_INPUT.includes(error.code) ? 2 : 1;
}

/** One archive opened for one command, every call through the router as the signed-in user. */
export interface CliArchive {
  call<M extends MethodName>(method: M, input: Input<M>): Output<M>;
  close(): void;
  /** Who the calls run as; null only for an archive without accounts opened with `allowSetup`. */
  session: Session | null;
  /** Set when this command created the archive's first administrator: their name, and the password when Tessera made it up. */
  created?: { name: string; generatedPassword: string | null };
}

function fail(r: { error: ApiError }): never {
  throw new CliError(r.error.message.replace(/^items\.(\d+)\./, (_, i: string) => `testimony ${Number(i) + 1}: `), exitCodeFor(r.error));
}

function caller(router: Router, session: Session | null) {
  return <M extends MethodName>(method: M, input: Input<M>): Output<M> => {
    const r = router.call(session, method, input);
    if (!r.ok) fail(r);
    return r.value;
  };
}

/** The command that makes the first administrator of an archive that has no accounts. */
export const setupCommandFor = (dir: string) => `tessera users ${JSON.stringify(dir).replace(/^"(\S+)"$/, '$1')} add <name> --role administrator`;

/**
 * Opens (or creates) an archive for one command and signs in.
 *
 * - 'create': a new archive whose first administrator is the CLI user, with TESSERA_PASSWORD or
 *   a generated password (reported in `created`, for the command to print once).
 * - 'open': signs in as the CLI user (credentials.ts). An archive without accounts is refused
 *   with the command that creates its first administrator, unless `allowSetup` is set: then the
 *   archive is returned with nobody signed in (`session` null), where only `auth.setup` answers
 *   (what `tessera users <dir> add … --role administrator` does on such an archive).
 */
export function withArchive(dir: string, how: 'open' | 'create', name?: string, opts: { allowSetup?: boolean } = {}): CliArchive {
  const workspace: Workspace = createWorkspace({ dataDir: defaultDataDir() });
  const router = createRouter(workspace, () => undefined);
  const close = () => workspace.close();
  const anonymous = caller(router, null);
  try {
    const user = cliUserName();
    if (how === 'create') {
      anonymous('workspace.create', { path: dir, name: name ?? 'Tessera archive' });
      const given = process.env.TESSERA_PASSWORD;
      const password = given || generatePassword();
      const admin = anonymous('auth.setup', { name: user, password });
      const session = { user: admin };
      return { call: caller(router, session), close, session, created: { name: admin.name, generatedPassword: given ? null : password } };
    }
    anonymous('workspace.open', { path: dir });
    if (anonymous('auth.status', {}).needsSetup) {
      if (opts.allowSetup) return { call: anonymous, close, session: null };
      throw new CliError(`${dir} has no accounts yet (it was made before Tessera had accounts). Create its first administrator with: ${setupCommandFor(dir)}`, 1);
    }
    const session = { user: anonymous('auth.signIn', { name: user, password: cliPassword(user) }) };
    return { call: caller(router, session), close, session };
  } catch (e) {
    close();
    throw e;
  }
}

/** Prints JSON for --json, else the human form. */
export function print(value: unknown, json: boolean, human: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}

/** Runs `fn` on an opened archive and always closes it. */
export function using<T>(archive: CliArchive, fn: (a: CliArchive) => T): T {
  try {
    return fn(archive);
  } finally {
    archive.close();
  }
}
