import { z } from 'zod';
import { ACCESS_LEVELS, TESTIMONY_STATUSES, TESTIMONY_TYPES } from '../model/enums';
import { id, paging, refCode, shortText } from '../model/fields';
import { testimony, testimonyInput, testimonyRow, TESTIMONY_SORTS } from '../model/testimony';
import { CATALOGUERS, method, READERS } from './define';

export const testimoniesApi = {
  'testimonies.list': method({
    summary: 'A page of testimonies, filtered and sorted',
    input: z.object({
      text: shortText(200).default(''),
      status: z.array(z.enum(TESTIMONY_STATUSES)).default([]),
      type: z.array(z.enum(TESTIMONY_TYPES)).default([]),
      accessLevel: z.array(z.enum(ACCESS_LEVELS)).default([]),
      includeWithdrawn: z.boolean().default(false),
      sort: z.enum(TESTIMONY_SORTS).default('ref'),
      direction: z.enum(['asc', 'desc']).default('asc'),
      ...paging,
    }),
    output: z.object({ total: z.number().int(), items: z.array(testimonyRow) }),
    roles: READERS,
    kind: 'read',
    scope: 'archive',
  }),
  'testimonies.get': method({
    summary: 'One testimony by id or reference code',
    input: z.union([z.object({ id }), z.object({ ref: refCode })]),
    output: testimony,
    roles: READERS,
    kind: 'read',
    scope: 'archive',
  }),
  'testimonies.create': method({
    summary: 'Catalogue a new testimony; the reference code is generated when left empty',
    input: z.object({ data: testimonyInput }),
    output: testimony,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'testimonies.createMany': method({
    summary: 'Catalogue several testimonies at once: all are saved, or none',
    input: z.object({ items: z.array(testimonyInput).min(1, { message: 'Give at least one testimony' }).max(10_000) }),
    output: z.array(testimony),
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'testimonies.update': method({
    summary: 'Save an edited testimony; refused if someone saved it since it was opened',
    input: z.object({ id, expectedVersion: z.number().int().min(1), data: testimonyInput }),
    output: testimony,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'testimonies.withdraw': method({
    summary: 'Withdraw a testimony: kept and audited, hidden from lists by default',
    input: z.object({ id, reason: shortText(1000).min(1, { message: 'Say why the testimony is withdrawn' }) }),
    output: testimony,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'testimonies.restore': method({
    summary: 'Return a withdrawn testimony to the lists',
    input: z.object({ id }),
    output: testimony,
    roles: CATALOGUERS,
    kind: 'write',
    scope: 'archive',
  }),
  'testimonies.nextRef': method({
    summary: 'The reference code the next new testimony would receive',
    input: z.object({}),
    output: z.object({ ref: z.string() }),
    roles: READERS,
    kind: 'read',
    scope: 'archive',
  }),
} as const;
