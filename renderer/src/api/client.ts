import type { ApiError, Input, MethodName, Output, Result } from '../../../shared/api';
import { routeFor } from '../../../shared/api';
import { readToken } from './token';

const UNREACHABLE: ApiError = {
  code: 'internal',
  message: 'Tessera’s engine is not reachable. Check that Tessera is still running, then try again.',
};

async function overHttp<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  let response: Response;
  try {
    response = await fetch(routeFor(method), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tessera-token': readToken() },
      body: JSON.stringify(input),
    });
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
  try {
    const body = (await response.json()) as Result<Output<M>>;
    if (body && typeof body === 'object' && 'ok' in body) return body;
  } catch {
    // fall through: not a Result
  }
  return {
    ok: false,
    error: { code: 'internal', message: `Tessera’s engine answered in a way this page does not understand (HTTP ${response.status}).` },
  };
}

async function send<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  const bridge = window.archive;
  if (bridge) {
    try {
      const fn = bridge[method] as (input: Input<M>) => Promise<Result<Output<M>>>;
      return await fn(input);
    } catch {
      return { ok: false, error: UNREACHABLE };
    }
  }
  return overHttp(method, input);
}

const unauthenticatedListeners = new Set<() => void>();

/**
 * Subscribes to "the host no longer has anyone signed in" (it locked after inactivity, or another
 * window signed out): any method outside auth.* answered 'unauthenticated'. The session locks.
 */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Calls one contract method, over the Electron bridge when present, else over HTTP. Never throws. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  const r = await send(method, input);
  // auth.* answers about signing in itself (a wrong password is not a lock).
  if (!r.ok && r.error.code === 'unauthenticated' && !method.startsWith('auth.')) for (const l of unauthenticatedListeners) l();
  return r;
}

/** Subscribes to "another archive was opened" where the host can say so. */
export function onWorkspaceChanged(callback: () => void): () => void {
  const off = window.archive?.onWorkspaceChanged?.(callback);
  return typeof off === 'function' ? off : () => {};
}

/** Read the token early so it leaves the address bar before anything renders. */
export function initTransport(): void {
  if (!window.archive) readToken();
}
