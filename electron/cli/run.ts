import { userInfo } from 'node:os';
import type { ApiError, Input, MethodName, Output } from '../../shared/api';
import type { Session } from '../archive/context';
import { createRouter, type Router } from '../archive/router';
import { createWorkspace, type Workspace } from '../archive/workspace';
import { defaultDataDir } from '../archive/dataDir';

/** A failure the CLI reports in one line; `exitCode` 2 is bad usage or bad input, 1 anything else. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

const BAD_INPUT: ApiError['code'][] = ['invalid_input', 'not_found', 'conflict', 'unknown_method'];

export function exitCodeFor(error: ApiError): 1 | 2 {
  return BAD_INPUT.includes(error.code) ? 2 : 1;
}

/** One archive opened for one command, every call through the router. */
export interface CliArchive {
  call<M extends MethodName>(method: M, input: Input<M>): Output<M>;
  close(): void;
}

export function cliSession(env = process.env): Session {
  return { user: { name: env.TESSERA_USER ?? userInfo().username, role: 'administrator' } };
}

function caller(router: Router, session: Session) {
  return <M extends MethodName>(method: M, input: Input<M>): Output<M> => {
    const r = router.call(session, method, input);
    if (!r.ok) throw new CliError(r.error.message.replace(/^items\.(\d+)\./, (_, i: string) => `testimony ${Number(i) + 1}: `), exitCodeFor(r.error));
    return r.value;
  };
}

export function withArchive(dir: string, how: 'open' | 'create', name?: string): CliArchive {
  const workspace: Workspace = createWorkspace({ dataDir: defaultDataDir() });
  const router = createRouter(workspace, () => undefined);
  const call = caller(router, cliSession());
  try {
    if (how === 'create') call('workspace.create', { path: dir, name: name ?? 'Tessera archive' });
    else call('workspace.open', { path: dir });
  } catch (e) {
    workspace.close();
    throw e;
  }
  return { call, close: () => workspace.close() };
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
