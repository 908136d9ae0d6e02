import { z } from 'zod';
import { ACCESS_LEVELS } from '../model/enums';
import { id } from '../model/fields';
import { testimony } from '../model/testimony';
import { ARCHIVISTS, method } from './define';

/**
 * Embargo review (issue 8): "a scheduled check lists records whose embargo ended for review". A
 * testimony is due when its embargo date has come (the date is the first day it may be released,
 * as the publish policy reads it) and no archivist has reviewed it on or after that date. The
 * review records the day and keeps the access level or changes it; the app runs the check when an
 * archive opens and daily while it stays open, and the overview says how many are due.
 */

export const embargoDue = z.object({
  id,
  ref: z.string(),
  title: z.string(),
  accessLevel: z.enum(ACCESS_LEVELS),
  embargoUntil: z.string(),
  /** The last review, when it came before the present embargo date (the embargo was moved since). */
  reviewedOn: z.string().nullable(),
});
export type EmbargoDue = z.output<typeof embargoDue>;

export const embargoApi = {
  'testimonies.embargoReview': method({
    summary: 'Testimonies whose embargo has ended and that no archivist has reviewed since, oldest embargo first',
    input: z.object({}).default({}),
    output: z.object({ day: z.string(), items: z.array(embargoDue) }),
    roles: ARCHIVISTS,
    kind: 'read',
    scope: 'archive',
  }),
  'testimonies.embargoReviewed': method({
    summary: 'Record that a testimony’s ended embargo was reviewed, keeping its access level or changing it',
    input: z.object({
      id,
      /** The access level after the review: the same level keeps it. */
      accessLevel: z.enum(ACCESS_LEVELS, { message: 'Choose Public, Restricted, Confidential or Sealed' }),
    }),
    output: testimony,
    roles: ARCHIVISTS,
    kind: 'write',
    scope: 'archive',
  }),
} as const;
