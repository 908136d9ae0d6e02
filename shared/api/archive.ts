import { z } from 'zod';
import { ROLES } from '../model/enums';
import { shortText } from '../model/fields';
import { ADMINS, CATALOGUERS, method, READERS } from './define';

export const auditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  user: z.string(),
  method: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
});
export type AuditEntry = z.output<typeof auditEntry>;

export const settings = z.object({ archiveName: z.string(), refPattern: z.string() });

export const archiveInfo = z.object({
  path: z.string(),
  name: z.string(),
  isDefault: z.boolean(),
  schemaVersion: z.number().int(),
  user: z.object({ name: z.string(), role: z.enum(ROLES) }),
  counts: z.object({ testimonies: z.number().int(), withdrawn: z.number().int(), people: z.number().int(), places: z.number().int(), hearings: z.number().int() }),
  byAccessLevel: z.record(z.string(), z.number().int()),
});
export type ArchiveInfo = z.output<typeof archiveInfo>;

export const recentArchive = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentArchive = z.output<typeof recentArchive>;

const folderPath = z
  .string({ message: 'Give a folder path' })
  .trim()
  .min(1, { message: 'Give a folder path' })
  .max(4096, { message: 'That path is too long' })
  .refine((p) => !p.includes('\0'), { message: 'That path contains a NUL character' });

/** Kinds of record the audit log speaks about. */
export const ENTITY_TYPES = ['testimony', 'person', 'place', 'hearing', 'settings', 'saved_search', 'export', 'theme', 'passage', 'marker', 'finding', 'recommendation', 'report', 'user', 'archive'] as const;

export const archiveApi = {
  'archive.info': method({ summary: 'The open archive: name, place, counts, who is signed in', input: z.object({}), output: archiveInfo, roles: READERS, kind: 'read', scope: 'archive' }),
  'archive.history': method({ summary: 'The audit trail of one record, newest first', input: z.object({ entityType: z.enum(ENTITY_TYPES), entityId: z.string().max(100) }), output: z.array(auditEntry), roles: READERS, kind: 'read', scope: 'archive' }),
  'archive.loadSample': method({ summary: 'Fill an empty archive with the fictional sample shipped with Tessera', input: z.object({}), output: z.object({ testimonies: z.number().int(), people: z.number().int(), places: z.number().int(), hearings: z.number().int(), markers: z.number().int(), findings: z.number().int(), recommendations: z.number().int(), reports: z.number().int() }), roles: CATALOGUERS, kind: 'write', scope: 'archive' }),
  'settings.get': method({ summary: 'Archive settings', input: z.object({}), output: settings, roles: READERS, kind: 'read', scope: 'archive' }),
  'settings.update': method({ summary: 'Change archive settings', input: z.object({ archiveName: shortText(200).min(1, { message: 'The archive needs a name' }), refPattern: shortText(40) }), output: settings, roles: ADMINS, kind: 'write', scope: 'archive' }),
  'workspace.recent': method({ summary: 'Archives opened recently on this computer', input: z.object({}), output: z.array(recentArchive), roles: READERS, kind: 'read', scope: 'workspace' }),
  'workspace.open': method({ summary: 'Open an existing archive folder', input: z.object({ path: folderPath }), output: archiveInfo, roles: READERS, kind: 'read', scope: 'workspace' }),
  'workspace.create': method({ summary: 'Create a new archive folder and open it', input: z.object({ path: folderPath, name: shortText(200).min(1, { message: 'Give the archive a name' }) }), output: archiveInfo, roles: ADMINS, kind: 'read', scope: 'workspace' }),
  'workspace.openDefault': method({ summary: 'Open the default archive in the user data folder', input: z.object({}), output: archiveInfo, roles: READERS, kind: 'read', scope: 'workspace' }),
} as const;

export type EntityType = (typeof ENTITY_TYPES)[number];
