import { z } from 'zod';
import { ADMINS, method } from './define';
import { job } from './jobs';

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
} as const;
