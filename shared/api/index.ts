import type { z } from 'zod';
import { archiveApi } from './archive';
import { hearingsApi, peopleApi, placesApi } from './people';
import { testimoniesApi } from './testimonies';
import { searchApi } from './search';
import { jobsApi } from './jobs';
import { exportsApi } from './exports';
import { codingApi, themesApi } from './themes';
import { markersApi } from './markers';
import { findingsApi, recommendationsApi, reportsApi } from './reports';
import { authApi, usersApi } from './accounts';
import { embargoApi } from './embargo';
import { redactionsApi } from './redactions';
import { preservationApi } from './preservation';
import { backupsApi } from './backups';
import { attachmentsApi, importsApi } from './imports';

export * from './define';
export * from './archive';

/** The whole contract: every method the engine answers, by name. */
export const contract = {
  ...archiveApi,
  ...testimoniesApi,
  ...embargoApi,
  ...peopleApi,
  ...placesApi,
  ...hearingsApi,
  ...searchApi,
  ...jobsApi,
  ...exportsApi,
  ...importsApi,
  ...attachmentsApi,
  ...themesApi,
  ...codingApi,
  ...markersApi,
  ...findingsApi,
  ...recommendationsApi,
  ...reportsApi,
  ...authApi,
  ...usersApi,
  ...redactionsApi,
  ...preservationApi,
  ...backupsApi,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** IPC channel and HTTP route for a method, derived in one place. */
export const channelFor = (m: MethodName): string => `archive:${m}`;
export const routeFor = (m: MethodName): string => `/api/${m}`;
