import { z } from 'zod';
import { id } from '../model/fields';
import { ADMINS, CATALOGUERS, method } from './define';
import { job } from './jobs';

/**
 * csv: a folder of testimonies.csv, people.csv and themes.csv. dc: one XML file of oai_dc records.
 * json: the complete archive (full scope only) as archive.json with its files, loadable by
 * imports.archive. bagit: an RFC 8493 bag whose data/ holds the other exports and (full scope) the files.
 */
export const ARCHIVE_EXPORT_FORMATS = ['csv', 'dc', 'json', 'bagit'] as const;
export type ArchiveExportFormat = (typeof ARCHIVE_EXPORT_FORMATS)[number];
export const EXPORT_SCOPES = ['public', 'full'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

export const exportsApi = {
  'exports.readingRoom': method({
    summary: 'Build the reading room: a static, searchable folder of the public records for historians',
    input: z.object({
      /** The folder to create; it must not exist yet. Empty: a new folder under the archive's exports/. */
      out: z.string().max(4096).default(''),
    }),
    output: job,
    roles: [...ADMINS, 'archivist'],
    kind: 'write',
    scope: 'archive',
  }),
  'exports.start': method({
    summary: 'Export testimonies, people and themes as CSV, Dublin Core XML, a JSON archive or a BagIt package',
    input: z.object({
      format: z.enum(ARCHIVE_EXPORT_FORMATS, { message: 'Choose CSV, Dublin Core XML, JSON or BagIt' }),
      /** public: only what may be published, redacted and pseudonymised; full: everything (archivists and administrators). */
      scope: z.enum(EXPORT_SCOPES).default('public'),
      /** The file or folder to create; it must not exist yet. Empty: a new name under the archive's exports/. */
      out: z.string().max(4096).default(''),
      /** A selection of testimonies; absent: all of them. */
      testimonyIds: z.array(id).max(100_000).optional(),
    }),
    output: job,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
} as const;
