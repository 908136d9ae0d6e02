import type { z } from 'zod';
import { contract, isMethodName, type ApiError, type MethodName, type Output, type Result } from '../../shared/api';
import { createCtx, type Ctx, type Session } from './context';
import { ArchiveError } from './db/errors';
import { handlers, workspaceHandlers } from './handlers';
import { sessionHandlers, type SessionCall, type SessionMethod } from './accounts/handlers';
import type { Workspace } from './workspace';

/**
 * `session` is who is calling, trusted as given: hosts pass what their door (accounts/door.ts)
 * holds, the CLI what sign-in returned, tests whom they like. `null` means nobody is signed in:
 * only methods of scope 'workspace' and 'session' answer then.
 */
export interface Router {
  call<M extends MethodName>(session: Session | null, method: M, input: unknown): Result<Output<M>>;
  call(session: Session | null, method: unknown, input: unknown): Result<unknown>;
}

export const SIGN_IN_FIRST: ApiError = { code: 'unauthenticated', message: 'Sign in to use this archive.' };

export type Logger = (message: string, error: unknown) => void;

function invalid(error: z.ZodError): ApiError {
  // Paths are given relative to the record a person edits: "data.title" becomes "title".
  const fields = error.issues.map((i) => ({ field: i.path.map(String).join('.').replace(/^data\./, ''), message: i.message }));
  const first = fields[0] ?? { field: '', message: 'The request is not valid' };
  return {
    code: 'invalid_input',
    message: first.field ? `${first.field}: ${first.message}` : first.message,
    ...(first.field ? { field: first.field } : {}),
    fields,
  };
}

function sqliteError(e: unknown): ApiError | null {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_CONSTRAINT')) return { code: 'conflict', message: 'That change would break the archive’s rules (a duplicate or a missing link). Nothing was saved.' };
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return { code: 'archive_unavailable', message: 'The archive is busy. Try again in a moment; nothing was saved.' };
  if (code === 'SQLITE_FULL') return { code: 'archive_unavailable', message: 'The disk is full. Free some space and try again; nothing was saved.' };
  if (code === 'SQLITE_READONLY') return { code: 'archive_unavailable', message: 'The archive folder is read-only. Nothing was saved.' };
  return { code: 'archive_unavailable', message: `The archive database reported a problem (${code}). Nothing was saved.` };
}

/**
 * The only door into the engine: validate, authorise, run (writes in one transaction with at
 * least one audit record), check the answer against the contract, and return errors as data.
 */
export function createRouter(workspace: Workspace, log: Logger = (m, e) => console.error(m, e)): Router {
  const noArchive = () => new ArchiveError('no_archive', 'No archive is open. Open or create one first (File → Open Archive).');

  /** Writes in one IMMEDIATE transaction that must have appended at least one audit record. */
  function inTransaction<T>(db: Ctx['db'], name: MethodName, audited: () => number, fn: () => T): T {
    return db
      .transaction(() => {
        const value = fn();
        if (audited() === 0) throw new Error(`${name} wrote without an audit record`);
        return value;
      })
      .immediate();
  }

  /** Signing in and out: the caller may be nobody yet; writes are audited as whom the handler names. */
  function runSession(session: Session | null, name: SessionMethod, input: unknown): unknown {
    const archive = workspace.current();
    const made: ReturnType<typeof createCtx>[] = [];
    const call: SessionCall = {
      archive,
      session,
      actingAs(as) {
        if (!archive) throw noArchive();
        const ctx = createCtx(archive, as, name);
        made.push(ctx);
        return ctx;
      },
    };
    const handler = sessionHandlers[name] as (c: SessionCall, i: unknown) => unknown;
    if (contract[name].kind === 'read') return handler(call, input);
    if (!archive) throw noArchive();
    return inTransaction(archive.db, name, () => made.reduce((n, c) => n + c.audited(), 0), () => handler(call, input));
  }

  function run(session: Session | null, name: MethodName, input: unknown): unknown {
    const def = contract[name];
    if (def.scope === 'workspace') return workspaceHandlers[name as keyof typeof workspaceHandlers](workspace, session, input as never);
    if (def.scope === 'session') return runSession(session, name as SessionMethod, input);
    if (!session) throw new ArchiveError(SIGN_IN_FIRST.code, SIGN_IN_FIRST.message);
    const archive = workspace.current();
    if (!archive) throw noArchive();
    const ctx = createCtx(archive, session, name);
    const handler = handlers[name as keyof typeof handlers] as (c: Ctx, i: unknown) => unknown;
    if (def.kind === 'read') return handler(ctx, input);
    return inTransaction(archive.db, name, () => ctx.audited(), () => handler(ctx, input));
  }

  return {
    call(session: Session | null, method: unknown, rawInput: unknown): Result<never> {
      if (!isMethodName(method)) return { ok: false, error: { code: 'unknown_method', message: `Tessera has no method called ${JSON.stringify(String(method)).slice(0, 80)}.` } };
      const def = contract[method];
      if (session === null) {
        // Before sign-in only choosing an archive and signing in answer; no role to check yet.
        if (def.scope === 'archive') return { ok: false, error: SIGN_IN_FIRST };
      } else if (!def.roles.includes(session.user.role)) return { ok: false, error: { code: 'forbidden', message: `Your role (${session.user.role}) may not do this.` } };
      const parsed = def.input.safeParse(rawInput ?? {});
      if (!parsed.success) return { ok: false, error: invalid(parsed.error) };
      try {
        const value = run(session, method, parsed.data);
        const checked = def.output.safeParse(value);
        if (!checked.success) {
          log(`Answer of ${method} does not match the contract`, checked.error);
          return { ok: false, error: { code: 'internal', message: 'Tessera produced an answer it could not check. Nothing is lost; please report this.' } };
        }
        return { ok: true, value: checked.data as never };
      } catch (e) {
        if (e instanceof ArchiveError) return { ok: false, error: e.toApiError() };
        const known = sqliteError(e);
        if (known) return { ok: false, error: known };
        log(`Method ${method} failed`, e);
        return { ok: false, error: { code: 'internal', message: `Something went wrong: ${(e as Error).message ?? String(e)}. Nothing was saved.` } };
      }
    },
  };
}
