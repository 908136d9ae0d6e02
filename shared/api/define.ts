import type { z } from 'zod';
import type { Role } from '../model/enums';

/**
 * One method of the contract. `kind` says whether it writes (the router then runs it in a
 * transaction and requires an audit record); `scope` says whether it needs an open archive.
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  roles: readonly Role[];
  kind: 'read' | 'write';
  /**
   * 'archive': needs an open archive and a signed-in user. 'workspace': chooses which archive is
   * open; callable before anyone signs in (each archive has its own accounts). 'session': signing
   * in and out of the open archive; callable before anyone signs in.
   */
  scope: 'archive' | 'workspace' | 'session';
  summary: string;
}

export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}

export const READERS: readonly Role[] = ['administrator', 'archivist', 'cataloguer', 'commissioner', 'researcher'];
export const ARCHIVISTS: readonly Role[] = ['administrator', 'archivist'];
export const CATALOGUERS: readonly Role[] = ['administrator', 'archivist', 'cataloguer'];
export const ADMINS: readonly Role[] = ['administrator'];

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'forbidden',
  /** Nobody is signed in (or the session locked after inactivity): sign in and try again. */
  'unauthenticated',
  'unknown_method',
  'no_archive',
  'archive_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the field the message is about, e.g. "title" or "consent.takenOn". */
  field?: string;
  /** Every field problem, when there is more than one. */
  fields?: { field: string; message: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
